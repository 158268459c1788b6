# Черга та передача справ

nav-queue = Черга
queue-title = Черга
queue-intro = Відкриті справи, які ще нікому не призначено, – спочатку найстаріші, з темами та мовами клієнта.
queue-empty = Черга порожня.
queue-waiting-since = Чекає з
queue-take = Взяти собі
case-assignee = Відповідальна особа
case-queue-nobody = нікого (черга)
case-queue-back = Повернути в чергу
case-hand-over = Передати
case-hand-over-to = Кому
case-hand-over-note = Примітка до передачі
