# Lotse – интерфейс, русский (перевод с немецкого, исходного языка всех переводов).
# Правила ключей: в каждом языке точно те же ключи; переменные ($name) только так, как в немецком файле.

## Рамка каждой страницы
site-name = Lotse
site-tagline = Консультации по вопросам миграции – надёжно и понятно
skip-to-content = Перейти к содержанию
nav-main-label = Главная навигация
nav-home = Главная
language-switch-label = Выбрать язык
language-current = Текущий язык: { $language }
footer-label = Нижний колонтитул
footer-about = Lotse – это свободное программное обеспечение для миграционных консультаций. Ваши данные остаются в консультационном центре.
footer-version = Версия { $version }

## Главная страница
home-title = Добро пожаловать в Lotse
home-intro = Здесь Вы найдёте информацию о пребывании, работе, языке и повседневной жизни в Германии – и людей, которые Вас проконсультируют.
home-features-heading = Что Lotse делает для Вас
home-feature-verified-title = Проверенная информация
home-feature-verified-text = Наши ответы проверяют юристы. В каждом ответе указаны источник и дата проверки.
home-feature-noapp-title = Консультация без приложения
home-feature-noapp-text = Вам не нужны приложение, номер телефона или адрес электронной почты. Достаточно кода доступа.
home-feature-privacy-title = Ваши данные защищены
home-feature-privacy-text = Персональные данные хранятся в зашифрованном виде и не передаются третьим лицам.
home-languages-heading = На Вашем языке
home-languages-text = Lotse говорит на немецком, английском, арабском, украинском, русском, персидском и турецком языках.

## Выбор языка без JavaScript
language-page-title = Выбрать язык
language-page-intro = Выберите язык, на котором будет отображаться Lotse. Ваш выбор будет сохранён в файле cookie.

## Ошибки (страницы и API)
error-page-title = Ошибка { $status }
error-back-home = На главную страницу
error-request-id = Номер обращения: { $id }
error-bad_request = Запрос недействителен.
error-malformed_json = Отправленные данные не являются корректным JSON.
error-unsupported_media_type = Этот формат данных не поддерживается. Пожалуйста, отправьте JSON.
error-unauthorized = Пожалуйста, войдите, чтобы продолжить.
error-invalid_token = Ключ доступа недействителен или был отозван.
error-forbidden = У Вас нет разрешения на это действие.
error-not_found = Такой страницы не существует.
error-method_not_allowed = Это действие здесь невозможно.
error-payload_too_large = Отправленные данные слишком велики.
error-invalid_input = Некоторые данные недействительны. Пожалуйста, проверьте введённую информацию.
error-too_many_requests = Слишком много запросов. Пожалуйста, подождите немного и попробуйте снова.
error-internal = Произошла внутренняя ошибка. Пожалуйста, попробуйте позже.
error-unavailable = Сервис сейчас недоступен. Пожалуйста, попробуйте позже.
error-conflict = Эти данные уже существуют, например адрес электронной почты, который уже используется.
error-gone = Срок действия этой ссылки истёк.

## Вход для сотрудников
nav-login = Войти
nav-staff = Обзор
nav-audit = Журнал
nav-logout = Выйти
login-title = Вход для сотрудников
login-email = Адрес электронной почты
login-password = Пароль
login-submit = Войти
login-help = Забыли пароль? Пожалуйста, обратитесь к администрации Вашей организации.
login-failed = Неверный адрес электронной почты или пароль.
login-throttled = Слишком много неудачных попыток входа. Пожалуйста, подождите { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } и попробуйте снова.
login-2fa-title = Второй фактор
login-2fa-code = Шестизначный код из Вашего приложения-аутентификатора
login-2fa-submit = Подтвердить
login-2fa-failed = Код неверный или уже был использован.
login-2fa-too-many = Слишком много неверных кодов. Пожалуйста, войдите заново.
login-2fa-recovery-hint = Нет доступа к приложению? Введите один из Ваших кодов восстановления.

## Настройка двухфакторной аутентификации
twofa-title = Двухфакторная аутентификация
twofa-intro = Ваша организация защищает персональные данные с помощью второго фактора. Отсканируйте QR-код приложением-аутентификатором и введите показанный код.
twofa-qr-label = QR-код для приложения-аутентификатора
twofa-manual = Или введите этот ключ вручную:
twofa-confirm = Настроить
twofa-enabled = Двухфакторная аутентификация настроена.
twofa-already = Двухфакторная аутентификация уже настроена. Чтобы сбросить её, обратитесь к администрации.
twofa-recovery-heading = Коды восстановления
twofa-recovery-text = Каждый код можно использовать один раз, если у Вас нет доступа к приложению. Храните коды в надёжном месте; они показываются только сейчас.
twofa-continue = Перейти к обзору

## Обзор для сотрудников
staff-title = Обзор
staff-welcome = Добро пожаловать, { $name }
staff-organisation = Организация
staff-role = Роль
staff-2fa = Двухфакторная аутентификация
staff-2fa-on = настроена
staff-2fa-off = не настроена
staff-2fa-setup = Настроить сейчас
staff-sessions = Сеансы
staff-logout-everywhere = Выйти на всех устройствах
role-admin = Администрирование
role-coordinator = Координация
role-counselor = Консультирование
role-legal_reviewer = Юридическая проверка
role-streetworker = Цифровая уличная работа

## Журнал
audit-title = Журнал доступа
audit-time = Время (UTC)
audit-action = Действие
audit-actor = Пользователь (ID)
audit-entity = Объект
audit-purpose = Цель
audit-detail = Подробности
audit-from = С
audit-to = По
audit-filter = Фильтровать
audit-count = { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }
pagination-label = Страницы
pagination-previous = Назад
pagination-next = Далее
pagination-page = Страница { $page }

## Администрирование
nav-users = Сотрудники
nav-settings = Настройки
admin-users-title = Сотрудники
admin-users-count = { $count ->
        [one] { $count } учётная запись
        [few] { $count } учётные записи
        [many] { $count } учётных записей
       *[other] { $count } учётной записи
    }
admin-name = Имя
admin-status = Статус
admin-active = активна
admin-inactive = деактивирована
admin-invite-title = Пригласить пользователя
admin-invite-submit = Создать приглашение
admin-invite-created = Приглашение создано. Передайте эту ссылку человеку надёжным способом; она действует семь дней и показывается только сейчас:
admin-invalid-email = Пожалуйста, укажите действительный адрес электронной почты.
admin-invalid-name = Пожалуйста, укажите имя длиной не более 120 символов.
admin-invalid-role = Пожалуйста, выберите роль.
admin-email-taken = Для этого адреса электронной почты уже существует учётная запись.
admin-save = Сохранить
admin-saved = Сохранено.
admin-2fa-reset = Сбросить двухфакторную аутентификацию
admin-2fa-reset-done = Двухфакторная аутентификация сброшена. Пользователь настроит её заново при следующем входе.
admin-back = Назад к списку
admin-settings-title = Настройки организации
admin-tenant-name = Название организации
admin-require-2fa = Требовать двухфакторную аутентификацию для всех ролей, которые видят персональные данные
invite-title = Установить пароль
invite-password = Новый пароль (не менее 12 символов)
invite-password-again = Повторите пароль
invite-submit = Сохранить пароль
invite-mismatch = Пароли не совпадают.
invite-too-short = Пароль должен содержать не менее 12 и не более 256 символов.
password-title = Изменить пароль
password-current = Текущий пароль
password-wrong-current = Текущий пароль неверный.
password-changed = Ваш пароль изменён. На других устройствах Вы теперь вышли из системы.

## Termine (Kalenderdateien)
appointment-in_person = Очная консультация
appointment-phone = Консультация по телефону
appointment-video = Видеоконсультация
admin-retention-days = Хранение закрытых дел (дней)
admin-retention-hint = После этого Lotse удаляет содержимое дела и заметки; анонимные числа для статистики остаются. Три года — это 1095 дней.

## Работа с делами (страницы для консультантов)
nav-clients = Клиенты
clients-title = Клиенты
clients-count = Клиентов: { $count }
clients-empty = Клиенты ещё не добавлены.
clients-new-title = Добавить клиента
clients-alias = Псевдоним
clients-alias-hint = Имя, по которому Вы сможете найти этого человека. Это не обязательно должно быть настоящее имя.
clients-real-name = Имя (по желанию)
clients-languages = Языки (коды через запятую, например ar, de)
clients-consent-counseling = Клиент согласен на консультирование и хранение своих данных.
clients-create = Добавить
clients-created = Клиент добавлен.
clients-invalid = Пожалуйста, проверьте данные: { $field }
client-title = Клиент
client-profile = Данные
client-date-of-birth = Дата рождения
client-email = Электронная почта
client-phone = Телефон
client-notes = Заметки
client-not-given = не указано
client-consents = Согласия
client-consent-given = дано { $date }
client-consent-withdrawn = отозвано { $date }
client-no-consents = Согласий пока нет.
client-consent-withdraw = Отозвать
client-consent-record = Записать согласие
client-consent-purpose = Для чего
client-consent-language = Язык показанного бланка
client-consent-record-hint = Записывается текущая версия бланка. Бланк для печати:
client-consent-save = Сохранить согласие
client-cases = Дела
client-no-cases = Дел пока нет.
client-open-case = Открыть дело
client-case-title = Краткое название
client-topics = Темы
client-export = Все данные этого клиента (предоставление информации по ст. 15 GDPR)
case-title = Дело
case-status-open = открыто
case-status-closed = закрыто
case-timeline = Ход дела
case-timeline-empty = Записей пока нет.
case-note = Заметка
case-contact = Контакт
case-add-note = Добавить заметку
case-log-contact = Записать контакт
case-mode = Вид контакта
case-duration = Продолжительность в минутах
case-save = Сохранить
case-close = Закрыть дело
case-outcome = Результат
case-closed-notice = Дело закрыто.
mode-in_person = лично
mode-phone = телефон
mode-video = видео
mode-chat = чат
mode-email = электронная почта
mode-messenger = мессенджер
outcome-resolved = решено
outcome-referred = перенаправлено
outcome-client_withdrew = прекращено клиентом
outcome-no_contact = связь прервалась
outcome-other = другое
topic-residence = Пребывание
topic-work_permit = Разрешение на работу
topic-recognition = Признание дипломов
topic-language_course = Языковые курсы
topic-job_search = Поиск работы
topic-application_documents = Документы для трудоустройства
topic-benefits = Социальные пособия
topic-family = Семья
topic-housing = Жильё
topic-health_insurance = Медицинское страхование
topic-school_childcare = Школа и присмотр за детьми
topic-everyday_authorities = Ведомства в повседневной жизни
export-title = Сведения о сохранённых данных
export-intro = Эта страница показывает всё, что Lotse хранит об этом человеке (ст. 15 GDPR), для печати или передачи.
export-origin = Страна происхождения
export-residence = Статус пребывания
export-special = особая категория персональных данных
export-created = создано
export-access-log = Доступы к этим данным
