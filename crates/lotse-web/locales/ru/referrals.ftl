# Перенаправление в учреждения из справочника (работа с делами)

case-referral = Перенаправление
case-refer = Перенаправить в учреждение
case-refer-service = Учреждение из справочника
case-refer-note = Заметка о перенаправлении (о чём договорились)
case-refer-button = Сохранить перенаправление
case-refer-none = В справочнике пока нет учреждений.
case-referral-status = Статус
case-referral-feedback = Обратная связь от учреждения
case-referral-update = Сохранить статус перенаправления
referral-made = перенаправлено
referral-accepted = принято
referral-completed = завершено
referral-declined = отклонено
referral-no_show = клиент не явился
case-documents = Документы
case-documents-none = Документов пока нет.
case-document-file = Файл (PDF, изображение, текст, Word или OpenDocument; не более 10 МБ)
case-document-upload = Загрузить документ
