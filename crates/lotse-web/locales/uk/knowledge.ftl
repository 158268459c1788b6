# Знання, консультаційні центри, перевірка фактів (публічний портал) і редакція (працівники)

nav-knowledge = Знання
nav-services = Консультаційні центри
nav-factcheck = Перевірка фактів
nav-editorial = Редакція
nav-reviews = Перевірки

portal-title = Орієнтація в Саксонії-Ангальт
portal-intro = Достовірна інформація про перебування, роботу, мову, сім’ю та повсякденне життя – перевірена юристами, з джерелами.
portal-search-title = Пошук
portal-search-label = Що Ви шукаєте?
portal-search-button = Шукати
portal-results = { $count ->
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
    }
portal-no-results = Нічого не знайдено. Спробуйте інші слова або виберіть тему.
portal-topics = Теми
portal-filter-topic = Тема
portal-filter-jurisdiction = Сфера дії
portal-filter-all = Усі
portal-articles-in-topic = Статті на цю тему
portal-no-articles = На цю тему ще немає перевірених статей.
portal-disclaimer = Ця інформація не замінює консультації щодо Вашої конкретної ситуації. Зі своїм особистим питанням зверніться, будь ласка, до консультаційного центру.

jurisdiction-federal = Уся Німеччина
jurisdiction-state = Федеральна земля
jurisdiction-municipality = Муніципалітет

article-checked = Юридично перевірено { $date }
article-review-expired = Термін регулярної перевірки цієї статті минув. Деякі відомості можуть бути застарілими.
article-fallback-notice = Цієї статті ще немає Вашою мовою. Ви читаєте німецьку версію.
article-outdated-notice = Цей переклад зроблено на основі старішої версії. Німецька версія новіша.
article-read-in = Також доступно мовами:
article-legal-references = Правові підстави
article-sources = Джерела
article-source-checked = перевірено { $date }
article-version = Версія { $version }
article-related-services = Знайти відповідний консультаційний центр
article-plain-language = Проста німецька
article-german = Німецька

services-title = Консультаційні центри та державні установи
services-intro = Знайдіть установи поблизу за темою та мовою.
services-postcode = Поштовий індекс (Postleitzahl)
services-radius = Радіус у км
services-town = Населений пункт
services-language = Мова, якою там розмовляють
services-kind = Тип установи
services-distance = на відстані { $km } км
services-hours = Години роботи
services-contact = Контакти
services-accessibility = Безбар’єрний доступ
services-languages = Мови
services-topics = Теми
services-none = Відповідної установи не знайдено. Збільште радіус або приберіть один із фільтрів.
services-unknown-postcode = Цей поштовий індекс нам невідомий. Пошук за відстанню працює для поштових індексів у Саксонії-Ангальт.
services-found = { $count ->
    [one] { $count } установа
    [few] { $count } установи
    [many] { $count } установ
   *[other] { $count } установи
    }

kind-authority = Державна установа (Behörde)
kind-counseling_centre = Консультаційний центр (Beratungsstelle)
kind-language_school = Мовна школа
kind-job_centre = Jobcenter
kind-employment_agency = Агентство з питань праці (Agentur für Arbeit)
kind-health = Здоров’я
kind-legal_aid = Юридична консультація
kind-recognition = Визнання кваліфікацій (Anerkennung)
kind-housing = Житло
kind-school_childcare = Школа і дитячий садок (Kita)
kind-community = Громада та волонтерство
kind-other = Інше

factcheck-title = Перевірка фактів
factcheck-intro = Чутки із соціальних мереж і груп у месенджерах – і що насправді правда.
factcheck-claim = Твердження
factcheck-seen = помічено: { $platform }, з { $date }
factcheck-correction = Як насправді
factcheck-related = Докладніше
factcheck-empty = Записів ще немає.
verdict-false = Неправда
verdict-misleading = Вводить в оману
verdict-partly_true = Частково правда
verdict-true = Правда
verdict-unproven = Не підтверджено
platform-other = інші канали

editorial-title = Інформаційні статті
editorial-intro = Пишіть чернетки, передавайте їх на юридичну перевірку, перекладайте. Публікують лише юристи.
editorial-new = Створити нову статтю
editorial-slug = Коротка назва для адреси (малими латинськими літерами, через дефіс)
editorial-topic = Тема
editorial-jurisdiction = Сфера дії
editorial-area = Територія (федеральна земля або муніципалітет; залиште порожнім, якщо діє по всій Німеччині)
editorial-field-title = Заголовок
editorial-summary = Короткий зміст
editorial-body = Текст (Markdown)
editorial-references = Правові підстави, по одній у рядку: закон | параграф | посилання
editorial-sources = Джерела, по одному в рядку: назва | посилання | дата перевірки (РРРР-ММ-ДД)
editorial-create = Створити чернетку
editorial-save = Зберегти як нову версію
editorial-submit = Передати на юридичну перевірку
editorial-status = Статус
editorial-latest = Найновіша версія
editorial-published = Опублікована версія
editorial-none = немає
editorial-history = Усі версії
editorial-diff = Відмінності від попередньої версії
editorial-diff-title = Відмінності між версією { $from } і версією { $to }
editorial-diff-removed = видалено
editorial-diff-added = додано
editorial-translations = Переклади
editorial-translation-current = актуальний
editorial-translation-outdated = застарілий (зроблено з версії { $version })
editorial-translation-missing = відсутній
editorial-add-translation = Зберегти переклад
editorial-language = Мова
editorial-review = Юридична перевірка
editorial-review-due = Перевірка дійсна до
editorial-publish = Затвердити й опублікувати цю версію
editorial-return = Повернути до редакції
editorial-comment = Коментар
editorial-archive = Архівувати
editorial-signoffs = Записи про перевірку
editorial-decision-published = Затверджено
editorial-decision-returned = Повернуто
editorial-by = від { $name }
editorial-open-portal = Переглянути на порталі
editorial-stale = Тим часом хтось зберіг новішу версію. Вашу зміну не збережено; оновіть сторінку.
editorial-wrong-status = У поточному статусі це неможливо.
editorial-invalid = Будь ласка, перевірте: { $field }
editorial-taken = Ця коротка назва вже зайнята.
editorial-line-format = Рядок { $line } має неочікуваний формат.
editorial-saved = Збережено.
editorial-author = Автор: { $name }

status-draft = Чернетка
status-in_review = На перевірці
status-published = Опубліковано
status-archived = В архіві
status-review_due = Потрібна перевірка

reviews-title = Перевірки
reviews-intro = Статті, які чекають на Вашу перевірку, та опубліковані статті, термін перевірки яких минув.
reviews-empty = Зараз немає нічого для перевірки.
