# Очередь и передача дел

nav-queue = Очередь
queue-title = Очередь
queue-intro = Открытые дела, которые ещё никому не назначены, – сначала самые старые, с темами и языками клиента.
queue-empty = Очередь пуста.
queue-waiting-since = Ожидает с
queue-take = Взять себе
case-assignee = Ответственный
case-queue-nobody = никто (очередь)
case-queue-back = Вернуть в очередь
case-hand-over = Передать
case-hand-over-to = Кому
case-hand-over-note = Примечание к передаче

# Routing suggestions and what counselors handle
routing-postcode = Почтовый индекс клиента (необязательно)
routing-postcode-hint = Сохраняются только первые три цифры, чтобы направить дело в нужный регион.
routing-reason-region = регион
routing-bad-topic = Неизвестная тема.
routing-bad-languages = Укажите языки двухбуквенными кодами, например ar, de, uk.
routing-bad-regions = Укажите регионы как начало почтового индекса из одной–пяти цифр, например 06, 391.
routing-bad-team = Название команды — не более 80 символов и без запятой.
routing-profile-title = За что я отвечаю
routing-profile-intro = По этим данным очередь предлагает подходящие дела: по теме, языку и региону.
routing-team = Команда
routing-languages = Мои языки консультирования
routing-languages-hint = Коды через запятую, например de, ar, fa.
routing-regions = Мои регионы
routing-regions-hint = Начала почтовых индексов через запятую, например 06, 391.
routing-profile-save = Сохранить
routing-team-filter = Фильтр по команде
routing-all-teams = Все
routing-my-team = моя команда
routing-suggested = Предложение
routing-no-suggestion = Нет подходящего предложения
routing-assign = Назначить
routing-to-team = Команде
