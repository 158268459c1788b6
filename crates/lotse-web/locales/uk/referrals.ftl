# Перенаправлення до установ із довідника (робота зі справами)

case-referral = Перенаправлення
case-refer = Перенаправити до установи
case-refer-service = Установа з довідника
case-refer-note = Нотатка щодо перенаправлення (про що домовилися)
case-refer-button = Зберегти перенаправлення
case-refer-none = У довіднику ще немає установ.
case-referral-status = Статус
case-referral-feedback = Зворотний зв’язок від установи
case-referral-update = Зберегти статус перенаправлення
referral-made = перенаправлено
referral-accepted = прийнято
referral-completed = завершено
referral-declined = відхилено
referral-no_show = клієнт не з’явився
case-documents = Документи
case-documents-none = Документів ще немає.
case-document-file = Файл (PDF, зображення, текст, Word або OpenDocument; не більше 10 МБ)
case-document-upload = Завантажити документ
