# Зустрічі на сторінці справи

case-appointments = Зустрічі
case-appointments-none = Зустрічей ще немає.
case-book = Призначити зустріч
case-appointment-start = Початок (місцевий час у Німеччині)
case-appointment-duration = Тривалість у хвилинах
case-appointment-mode = Вид зустрічі
case-appointment-location = Місце (для особистих зустрічей)
case-appointment-book = Зберегти зустріч
case-appointment-ics = Файл календаря (.ics)
case-appointment-video-link = Відкрити відеокімнату
case-appointment-invalid = Будь ласка, перевірте дату, час і тривалість. У ніч переведення годинника деякого часу не існує, а деякий час повторюється двічі.
