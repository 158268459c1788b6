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

# Routing suggestions and what counselors handle
routing-postcode = Поштовий індекс клієнта (необов'язково)
routing-postcode-hint = Зберігаються лише перші три цифри, щоб спрямувати справу до потрібного регіону.
routing-reason-region = регіон
routing-bad-topic = Невідома тема.
routing-bad-languages = Вкажіть мови двобуквеними кодами, наприклад ar, de, uk.
routing-bad-regions = Вкажіть регіони як початок поштового індексу з однієї–п'яти цифр, наприклад 06, 391.
routing-bad-team = Назва команди — не більше 80 символів і без коми.
routing-profile-title = За що я відповідаю
routing-profile-intro = За цими даними черга пропонує відповідні справи: за темою, мовою та регіоном.
routing-team = Команда
routing-languages = Мої мови консультування
routing-languages-hint = Коди через кому, наприклад de, ar, fa.
routing-regions = Мої регіони
routing-regions-hint = Початки поштових індексів через кому, наприклад 06, 391.
routing-profile-save = Зберегти
routing-team-filter = Фільтр за командою
routing-all-teams = Усі
routing-my-team = моя команда
routing-suggested = Пропозиція
routing-no-suggestion = Немає відповідної пропозиції
routing-assign = Призначити
routing-to-team = Команді
