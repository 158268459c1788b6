# Знания, консультационные центры, проверка фактов (публичный портал) и редакция (сотрудники)

nav-knowledge = Знания
nav-services = Консультационные центры
nav-factcheck = Проверка фактов
nav-editorial = Редакция
nav-reviews = Проверки

portal-title = Ориентация в Саксонии-Анхальт
portal-intro = Достоверная информация о пребывании, работе, языке, семье и повседневной жизни – проверена юристами, с указанием источников.
portal-search-title = Поиск
portal-search-label = Что Вы ищете?
portal-search-button = Найти
portal-results = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
    }
portal-no-results = Ничего не найдено. Попробуйте другие слова или выберите тему.
portal-topics = Темы
portal-filter-topic = Тема
portal-filter-jurisdiction = Сфера действия
portal-filter-all = Все
portal-articles-in-topic = Статьи по теме
portal-no-articles = По этой теме пока нет проверенных статей.
portal-disclaimer = Эта информация не заменяет консультацию по Вашей конкретной ситуации. С личным вопросом, пожалуйста, обратитесь в консультационный центр.

jurisdiction-federal = Вся Германия
jurisdiction-state = Федеральная земля
jurisdiction-municipality = Муниципалитет

article-checked = Юридически проверено { $date }
article-review-expired = Срок регулярной проверки этой статьи истёк. Некоторые сведения могут быть устаревшими.
article-fallback-notice = Этой статьи пока нет на Вашем языке. Вы читаете немецкую версию.
article-outdated-notice = Этот перевод основан на более старой версии. Немецкая версия актуальнее.
article-read-in = Также доступно на языках:
article-legal-references = Правовые основания
article-sources = Источники
article-source-checked = проверено { $date }
article-version = Версия { $version }
article-related-services = Найти подходящий консультационный центр
article-plain-language = Простой немецкий
article-german = Немецкий

services-title = Консультационные центры и ведомства
services-intro = Найдите учреждения рядом с Вами по теме и языку.
services-postcode = Почтовый индекс (Postleitzahl)
services-radius = Радиус в км
services-town = Населённый пункт
services-language = Язык, на котором там говорят
services-kind = Тип учреждения
services-distance = на расстоянии { $km } км
services-hours = Часы работы
services-contact = Контакты
services-accessibility = Безбарьерный доступ
services-languages = Языки
services-topics = Темы
services-none = Подходящее учреждение не найдено. Увеличьте радиус или уберите один из фильтров.
services-unknown-postcode = Этот почтовый индекс нам неизвестен. Поиск по расстоянию работает для почтовых индексов в Саксонии-Анхальт.
services-found = { $count ->
    [one] { $count } учреждение
    [few] { $count } учреждения
    [many] { $count } учреждений
   *[other] { $count } учреждения
    }

kind-authority = Ведомство (Behörde)
kind-counseling_centre = Консультационный центр (Beratungsstelle)
kind-language_school = Языковая школа
kind-job_centre = Jobcenter
kind-employment_agency = Агентство по труду (Agentur für Arbeit)
kind-health = Здоровье
kind-legal_aid = Юридическая консультация
kind-recognition = Признание квалификаций (Anerkennung)
kind-housing = Жильё
kind-school_childcare = Школа и детский сад (Kita)
kind-community = Сообщество и волонтёрство
kind-other = Другое

factcheck-title = Проверка фактов
factcheck-intro = Слухи из социальных сетей и групп в мессенджерах – и что на самом деле правда.
factcheck-claim = Утверждение
factcheck-seen = замечено: { $platform }, с { $date }
factcheck-correction = Как на самом деле
factcheck-related = Подробнее
factcheck-empty = Записей пока нет.
verdict-false = Неверно
verdict-misleading = Вводит в заблуждение
verdict-partly_true = Отчасти верно
verdict-true = Верно
verdict-unproven = Не доказано
platform-other = другие каналы

editorial-title = Информационные статьи
editorial-intro = Пишите черновики, отправляйте их на юридическую проверку, переводите. Публикуют только юристы.
editorial-new = Создать новую статью
editorial-slug = Краткое имя для адреса (строчные латинские буквы, через дефис)
editorial-topic = Тема
editorial-jurisdiction = Сфера действия
editorial-area = Территория (федеральная земля или муниципалитет; оставьте пустым, если действует по всей Германии)
editorial-field-title = Заголовок
editorial-summary = Краткое содержание
editorial-body = Текст (Markdown)
editorial-references = Правовые основания, по одному в строке: закон | параграф | ссылка
editorial-sources = Источники, по одному в строке: название | ссылка | дата проверки (ГГГГ-ММ-ДД)
editorial-create = Создать черновик
editorial-save = Сохранить как новую версию
editorial-submit = Отправить на юридическую проверку
editorial-status = Статус
editorial-latest = Последняя версия
editorial-published = Опубликованная версия
editorial-none = нет
editorial-history = Все версии
editorial-diff = Отличия от предыдущей версии
editorial-diff-title = Отличия между версией { $from } и версией { $to }
editorial-diff-removed = удалено
editorial-diff-added = добавлено
editorial-translations = Переводы
editorial-translation-current = актуален
editorial-translation-outdated = устарел (сделан по версии { $version })
editorial-translation-missing = отсутствует
editorial-add-translation = Сохранить перевод
editorial-language = Язык
editorial-review = Юридическая проверка
editorial-review-due = Проверка действительна до
editorial-publish = Утвердить и опубликовать эту версию
editorial-return = Вернуть в редакцию
editorial-comment = Комментарий
editorial-archive = Архивировать
editorial-signoffs = Отметки о проверке
editorial-decision-published = Утверждено
editorial-decision-returned = Возвращено
editorial-by = от { $name }
editorial-open-portal = Посмотреть на портале
editorial-stale = Тем временем кто-то сохранил более новую версию. Ваше изменение не сохранено; обновите страницу.
editorial-wrong-status = В текущем статусе это невозможно.
editorial-invalid = Пожалуйста, проверьте: { $field }
editorial-taken = Это краткое имя уже занято.
editorial-line-format = Строка { $line } не соответствует ожидаемому формату.
editorial-saved = Сохранено.
editorial-author = Автор: { $name }

status-draft = Черновик
status-in_review = На проверке
status-published = Опубликовано
status-archived = В архиве
status-review_due = Требуется проверка

reviews-title = Проверки
reviews-intro = Статьи, ожидающие Вашей проверки, и опубликованные статьи, срок проверки которых истёк.
reviews-empty = Сейчас проверять нечего.
