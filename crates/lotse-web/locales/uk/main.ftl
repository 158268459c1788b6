# Lotse – інтерфейс, українська (переклад з німецької, мови-джерела для всіх перекладів).
# Правила ключів: кожна мова має точно ті самі ключі; змінні ($name) лише так, як у німецькому файлі.

## Рамка кожної сторінки
site-name = Lotse
site-tagline = Консультації з питань міграції – безпечно та зрозуміло
skip-to-content = Перейти до змісту
nav-main-label = Головна навігація
nav-home = Головна
language-switch-label = Вибрати мову
language-current = Поточна мова: { $language }
footer-label = Нижній колонтитул
footer-about = Lotse – це вільне програмне забезпечення для міграційних консультацій. Ваші дані залишаються в консультаційному центрі.
footer-version = Версія { $version }

## Головна сторінка
home-title = Ласкаво просимо до Lotse
home-intro = Тут Ви знайдете інформацію про перебування, роботу, мову та повсякденне життя в Німеччині – і людей, які Вас проконсультують.
home-features-heading = Що Lotse робить для Вас
home-feature-verified-title = Перевірена інформація
home-feature-verified-text = Наші відповіді перевіряють юристи. Кожна відповідь містить джерело та дату перевірки.
home-feature-noapp-title = Консультація без застосунку
home-feature-noapp-text = Вам не потрібні застосунок, номер телефону чи адреса електронної пошти. Достатньо коду доступу.
home-feature-privacy-title = Ваші дані захищені
home-feature-privacy-text = Персональні дані зберігаються в зашифрованому вигляді й не передаються третім особам.
home-languages-heading = Вашою мовою
home-languages-text = Lotse розмовляє німецькою, англійською, арабською, українською, російською, перською та турецькою мовами.

## Вибір мови без JavaScript
language-page-title = Вибрати мову
language-page-intro = Виберіть мову, якою має відображатися Lotse. Ваш вибір буде збережено в cookie-файлі.

## Помилки (сторінки та API)
error-page-title = Помилка { $status }
error-back-home = На головну сторінку
error-request-id = Номер звернення: { $id }
error-bad_request = Запит недійсний.
error-malformed_json = Надіслані дані не є дійсним JSON.
error-unsupported_media_type = Цей формат даних не підтримується. Будь ласка, надішліть JSON.
error-unauthorized = Будь ласка, увійдіть, щоб продовжити.
error-invalid_token = Ключ доступу недійсний або його відкликано.
error-forbidden = У Вас немає дозволу на цю дію.
error-not_found = Такої сторінки не існує.
error-method_not_allowed = Ця дія тут неможлива.
error-payload_too_large = Надіслані дані завеликі.
error-invalid_input = Деякі дані недійсні. Будь ласка, перевірте введену інформацію.
error-too_many_requests = Забагато запитів. Будь ласка, зачекайте трохи та спробуйте ще раз.
error-internal = Сталася внутрішня помилка. Будь ласка, спробуйте пізніше.
error-unavailable = Сервіс зараз недоступний. Будь ласка, спробуйте пізніше.
error-conflict = Ці дані вже існують, наприклад адреса електронної пошти, яка вже використовується.
error-gone = Термін дії цього посилання минув.

## Вхід для працівників
nav-login = Увійти
nav-staff = Огляд
nav-audit = Журнал
nav-logout = Вийти
login-title = Вхід для працівників
login-email = Адреса електронної пошти
login-password = Пароль
login-submit = Увійти
login-help = Забули пароль? Будь ласка, зверніться до адміністрації Вашої організації.
login-failed = Неправильна адреса електронної пошти або пароль.
login-throttled = Забагато невдалих спроб входу. Будь ласка, зачекайте { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } і спробуйте ще раз.
login-2fa-title = Другий фактор
login-2fa-code = Шестизначний код із Вашого застосунку автентифікації
login-2fa-submit = Підтвердити
login-2fa-failed = Код неправильний або вже був використаний.
login-2fa-too-many = Забагато неправильних кодів. Будь ласка, увійдіть знову.
login-2fa-recovery-hint = Немає доступу до застосунку? Введіть один зі своїх кодів відновлення.

## Налаштування двофакторної автентифікації
twofa-title = Двофакторна автентифікація
twofa-intro = Ваша організація захищає персональні дані за допомогою другого фактора. Відскануйте QR-код застосунком автентифікації та введіть код, який він покаже.
twofa-qr-label = QR-код для застосунку автентифікації
twofa-manual = Або введіть цей ключ вручну:
twofa-confirm = Налаштувати
twofa-enabled = Двофакторну автентифікацію налаштовано.
twofa-already = Двофакторну автентифікацію вже налаштовано. Щоб скинути її, зверніться до адміністрації.
twofa-recovery-heading = Коди відновлення
twofa-recovery-text = Кожен код можна використати один раз, якщо у Вас немає доступу до застосунку. Зберігайте коди в надійному місці; їх показано лише зараз.
twofa-continue = Перейти до огляду

## Огляд для працівників
staff-title = Огляд
staff-welcome = Вітаємо, { $name }
staff-organisation = Організація
staff-role = Роль
staff-2fa = Двофакторна автентифікація
staff-2fa-on = налаштовано
staff-2fa-off = не налаштовано
staff-2fa-setup = Налаштувати зараз
staff-sessions = Сеанси
staff-logout-everywhere = Вийти на всіх пристроях
role-admin = Адміністрування
role-coordinator = Координація
role-counselor = Консультування
role-legal_reviewer = Юридична перевірка
role-streetworker = Цифрова вулична робота

## Журнал
audit-title = Журнал доступу
audit-time = Час (UTC)
audit-action = Дія
audit-actor = Користувач (ID)
audit-entity = Об’єкт
audit-purpose = Мета
audit-detail = Подробиці
audit-from = З
audit-to = По
audit-filter = Фільтрувати
audit-count = { $count ->
        [one] { $count } запис
        [few] { $count } записи
        [many] { $count } записів
       *[other] { $count } запису
    }
pagination-label = Сторінки
pagination-previous = Назад
pagination-next = Далі
pagination-page = Сторінка { $page }

## Адміністрування
nav-users = Працівники
nav-settings = Налаштування
admin-users-title = Працівники
admin-users-count = { $count ->
        [one] { $count } обліковий запис
        [few] { $count } облікові записи
        [many] { $count } облікових записів
       *[other] { $count } облікового запису
    }
admin-name = Ім’я
admin-status = Статус
admin-active = активний
admin-inactive = деактивований
admin-invite-title = Запросити особу
admin-invite-submit = Створити запрошення
admin-invite-created = Запрошення створено. Передайте це посилання особі безпечним способом; воно дійсне сім днів і показується лише зараз:
admin-invalid-email = Будь ласка, введіть дійсну адресу електронної пошти.
admin-invalid-name = Будь ласка, введіть ім’я довжиною не більше 120 символів.
admin-invalid-role = Будь ласка, виберіть роль.
admin-email-taken = Для цієї адреси електронної пошти вже існує обліковий запис.
admin-save = Зберегти
admin-saved = Збережено.
admin-2fa-reset = Скинути двофакторну автентифікацію
admin-2fa-reset-done = Двофакторну автентифікацію скинуто. Особа налаштує її заново під час наступного входу.
admin-back = Назад до списку
admin-settings-title = Налаштування організації
admin-tenant-name = Назва організації
admin-require-2fa = Вимагати двофакторну автентифікацію для всіх ролей, які бачать персональні дані
invite-title = Встановити пароль
invite-password = Новий пароль (щонайменше 12 символів)
invite-password-again = Повторіть пароль
invite-submit = Зберегти пароль
invite-mismatch = Паролі не збігаються.
invite-too-short = Пароль повинен містити щонайменше 12 і не більше 256 символів.
password-title = Змінити пароль
password-current = Поточний пароль
password-wrong-current = Поточний пароль неправильний.
password-changed = Ваш пароль змінено. На інших пристроях Ви тепер вийшли з системи.

## Termine (Kalenderdateien)
appointment-in_person = Особиста консультація
appointment-phone = Консультація телефоном
appointment-video = Відеоконсультація
admin-retention-days = Зберігання закритих справ (днів)
admin-retention-hint = Після цього Lotse видаляє зміст справи та нотатки; анонімні числа для статистики залишаються. Три роки — це 1095 днів.

## Робота зі справами (сторінки для консультантів)
nav-clients = Клієнти
clients-title = Клієнти
clients-count = Клієнтів: { $count }
clients-empty = Клієнтів ще немає.
clients-new-title = Додати клієнта
clients-alias = Псевдонім
clients-alias-hint = Ім’я, за яким Ви знайдете людину. Це не обов’язково справжнє ім’я.
clients-real-name = Ім’я (за бажанням)
clients-languages = Мови (коди через кому, напр. ar, de)
clients-consent-counseling = Людина погоджується на консультування та зберігання її даних.
clients-create = Додати
clients-created = Клієнта додано.
clients-invalid = Будь ласка, перевірте це поле: { $field }
client-title = Клієнт
client-profile = Дані
client-date-of-birth = Дата народження
client-email = Електронна пошта
client-phone = Телефон
client-notes = Нотатки
client-not-given = не вказано
client-consents = Згоди
client-consent-given = надано { $date }
client-consent-withdrawn = відкликано { $date }
client-no-consents = Згод ще немає.
client-consent-withdraw = Відкликати
client-consent-record = Записати згоду
client-consent-purpose = Для чого
client-consent-language = Мова показаного бланка
client-consent-record-hint = Записується поточна версія бланка. Бланк для друку:
client-consent-save = Зберегти згоду
client-cases = Справи
client-no-cases = Справ ще немає.
client-open-case = Відкрити справу
client-case-title = Коротка назва
client-topics = Теми
client-export = Усі дані цієї людини (право на доступ за ст. 15 GDPR)
case-title = Справа
case-status-open = відкрита
case-status-closed = закрита
case-timeline = Хід справи
case-timeline-empty = Записів ще немає.
case-note = Нотатка
case-contact = Контакт
case-add-note = Додати нотатку
case-log-contact = Записати контакт
case-mode = Вид контакту
case-duration = Тривалість у хвилинах
case-save = Зберегти
case-close = Закрити справу
case-outcome = Результат
case-closed-notice = Цю справу закрито.
mode-in_person = особисто
mode-phone = телефон
mode-video = відео
mode-chat = чат
mode-email = електронна пошта
mode-messenger = месенджер
outcome-resolved = вирішено
outcome-referred = перенаправлено
outcome-client_withdrew = завершено клієнтом
outcome-no_contact = контакту більше немає
outcome-other = інше
topic-residence = Перебування
topic-work_permit = Дозвіл на роботу
topic-recognition = Визнання кваліфікацій
topic-language_course = Мовний курс
topic-job_search = Пошук роботи
topic-application_documents = Документи для подання заявки на роботу
topic-benefits = Соціальні виплати
topic-family = Сім’я
topic-housing = Житло
topic-health_insurance = Медичне страхування
topic-school_childcare = Школа і догляд за дітьми
topic-everyday_authorities = Установи в повсякденному житті
export-title = Інформація про збережені дані
export-intro = Ця сторінка показує все, що Lotse зберігає про цю людину (ст. 15 GDPR), для друку або передачі.
export-origin = Країна походження
export-residence = Статус перебування
export-special = особлива категорія персональних даних
export-created = створено
export-access-log = Доступи до цих даних
