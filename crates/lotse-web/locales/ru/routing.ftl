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
