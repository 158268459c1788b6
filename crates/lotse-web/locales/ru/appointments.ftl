# Встречи на странице дела

case-appointments = Встречи
case-appointments-none = Встреч пока нет.
case-book = Назначить встречу
case-appointment-start = Начало (местное время в Германии)
case-appointment-duration = Продолжительность в минутах
case-appointment-mode = Вид встречи
case-appointment-location = Место (для очных встреч)
case-appointment-book = Сохранить встречу
case-appointment-ics = Файл календаря (.ics)
case-appointment-video-link = Открыть видеокомнату
case-appointment-invalid = Пожалуйста, проверьте дату, время и продолжительность. В ночь перевода часов некоторых значений времени не существует, а некоторые встречаются дважды.
