# План справи (цілі, кроки, завдання) та огляд для консультантів

case-plan = Цілі, кроки та завдання
case-plan-none = Ще нічого не заплановано.
case-plan-add = Додати запис
case-plan-kind = Вид
case-plan-title = Опис
case-plan-due = Термін виконання
case-plan-save = Зберегти запис
case-plan-done = Виконано
case-plan-mark-done = Позначити як виконане
case-plan-overdue = прострочено
task-goal = Ціль
task-step = Крок
task-task = Завдання
work-title = Моя робота
work-my-cases = Мої відкриті справи
work-no-cases = Вам не призначено відкритих справ.
work-search = Шукати в моїх справах
work-search-button = Шукати
work-today = Зустрічі сьогодні
work-no-appointments = Сьогодні зустрічей немає.
work-tasks-due = Завдання до виконання (наступні 7 днів і прострочені)
work-no-tasks = Немає завдань до виконання.
work-client = Клієнт
