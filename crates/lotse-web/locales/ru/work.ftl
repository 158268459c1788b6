# План дела (цели, шаги, задачи) и обзор для консультантов

case-plan = Цели, шаги и задачи
case-plan-none = Пока ничего не запланировано.
case-plan-add = Добавить запись
case-plan-kind = Вид
case-plan-title = Описание
case-plan-due = Срок выполнения
case-plan-save = Сохранить запись
case-plan-done = Выполнено
case-plan-mark-done = Отметить как выполненное
case-plan-overdue = просрочено
task-goal = Цель
task-step = Шаг
task-task = Задача
work-title = Моя работа
work-my-cases = Мои открытые дела
work-no-cases = Вам не назначено открытых дел.
work-search = Искать в моих делах
work-search-button = Найти
work-today = Встречи сегодня
work-no-appointments = Сегодня встреч нет.
work-tasks-due = Задачи к выполнению (ближайшие 7 дней и просроченные)
work-no-tasks = Нет задач к выполнению.
work-client = Клиент
