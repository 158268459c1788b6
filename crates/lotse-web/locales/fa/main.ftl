# Lotse – رابط کاربری، فارسی (ترجمه از آلمانی، زبان مبدأ همهٔ ترجمه‌ها).
# قواعد کلیدها: هر زبان دقیقاً همان کلیدها را دارد؛ متغیرها ($name) فقط همان‌طور که در فایل آلمانی آمده‌اند.

## چارچوب هر صفحه
site-name = Lotse
site-tagline = مشاوره در امور مهاجرت – امن و قابل فهم
skip-to-content = رفتن به محتوا
nav-main-label = منوی اصلی
nav-home = صفحهٔ اصلی
language-switch-label = انتخاب زبان
language-current = زبان فعلی: { $language }
footer-label = پانویس صفحه
footer-about = Lotse یک نرم‌افزار آزاد برای مشاورهٔ مهاجرت است. اطلاعات شما نزد مرکز مشاوره می‌ماند.
footer-version = نسخهٔ { $version }

## صفحهٔ اصلی
home-title = به Lotse خوش آمدید
home-intro = در اینجا دربارهٔ اقامت، کار، زبان و زندگی روزمره در آلمان راهنمایی می‌یابید – و کسانی که به شما مشاوره می‌دهند.
home-features-heading = Lotse چه کاری برای شما انجام می‌دهد
home-feature-verified-title = اطلاعات بررسی‌شده
home-feature-verified-text = پاسخ‌های ما را حقوق‌دانان بررسی می‌کنند. در هر پاسخ، منبع آن و تاریخ بررسی ذکر شده است.
home-feature-noapp-title = مشاوره بدون اپلیکیشن
home-feature-noapp-text = شما به اپلیکیشن، شمارهٔ تلفن یا آدرس ایمیل نیاز ندارید. یک کد دسترسی کافی است.
home-feature-privacy-title = اطلاعات شما محافظت می‌شود
home-feature-privacy-text = اطلاعات شخصی به‌صورت رمزگذاری‌شده ذخیره می‌شود و در اختیار دیگران قرار نمی‌گیرد.
home-languages-heading = به زبان شما
home-languages-text = Lotse به زبان‌های آلمانی، انگلیسی، عربی، اوکراینی، روسی، فارسی و ترکی در دسترس است.

## انتخاب زبان بدون JavaScript
language-page-title = انتخاب زبان
language-page-intro = زبانی را که می‌خواهید Lotse به آن نمایش داده شود انتخاب کنید. انتخاب شما در یک کوکی ذخیره می‌شود.

## خطاها (صفحات و API)
error-page-title = خطای { $status }
error-back-home = بازگشت به صفحهٔ اصلی
error-request-id = شمارهٔ پیگیری: { $id }
error-bad_request = درخواست نامعتبر است.
error-malformed_json = داده‌های ارسال‌شده JSON معتبر نیستند.
error-unsupported_media_type = این قالب داده پشتیبانی نمی‌شود. لطفاً JSON ارسال کنید.
error-unauthorized = لطفاً برای ادامه وارد شوید.
error-invalid_token = کلید دسترسی نامعتبر است یا لغو شده است.
error-forbidden = شما اجازهٔ انجام این کار را ندارید.
error-not_found = این صفحه وجود ندارد.
error-method_not_allowed = این کار در اینجا امکان‌پذیر نیست.
error-payload_too_large = داده‌های ارسال‌شده بیش از حد بزرگ هستند.
error-invalid_input = برخی از اطلاعات نامعتبر است. لطفاً اطلاعات واردشده را بررسی کنید.
error-too_many_requests = درخواست‌ها بیش از حد زیاد است. لطفاً کمی صبر کنید و سپس دوباره امتحان کنید.
error-internal = یک خطای داخلی رخ داده است. لطفاً بعداً دوباره امتحان کنید.
error-unavailable = این سرویس در حال حاضر در دسترس نیست. لطفاً بعداً دوباره امتحان کنید.
error-conflict = این اطلاعات از قبل وجود دارد، مثلاً آدرس ایمیلی که قبلاً استفاده شده است.
error-gone = اعتبار این لینک تمام شده است.

## ورود کارکنان
nav-login = ورود
nav-staff = نمای کلی
nav-audit = گزارش دسترسی
nav-logout = خروج
login-title = ورود کارکنان
login-email = آدرس ایمیل
login-password = رمز عبور
login-submit = ورود
login-help = رمز عبور را فراموش کرده‌اید؟ لطفاً با مدیریت سازمان خود تماس بگیرید.
login-failed = آدرس ایمیل یا رمز عبور نادرست است.
login-throttled = تلاش‌های ناموفق برای ورود بیش از حد زیاد بوده است. لطفاً { $minutes } دقیقه صبر کنید و سپس دوباره امتحان کنید.
login-2fa-title = عامل دوم
login-2fa-code = کد شش‌رقمی از اپلیکیشن احراز هویت شما
login-2fa-submit = تأیید
login-2fa-failed = کد نادرست است یا قبلاً استفاده شده است.
login-2fa-too-many = کدهای نادرست بیش از حد وارد شده است. لطفاً دوباره وارد شوید.
login-2fa-recovery-hint = به اپلیکیشن دسترسی ندارید؟ یکی از کدهای بازیابی خود را وارد کنید.

## راه‌اندازی احراز هویت دومرحله‌ای
twofa-title = احراز هویت دومرحله‌ای
twofa-intro = سازمان شما از اطلاعات شخصی با یک عامل دوم محافظت می‌کند. کد QR را با یک اپلیکیشن احراز هویت اسکن کنید و کدی را که نمایش داده می‌شود وارد کنید.
twofa-qr-label = کد QR برای اپلیکیشن احراز هویت
twofa-manual = یا این کلید را به‌صورت دستی وارد کنید:
twofa-confirm = راه‌اندازی
twofa-enabled = احراز هویت دومرحله‌ای راه‌اندازی شد.
twofa-already = احراز هویت دومرحله‌ای قبلاً راه‌اندازی شده است. برای بازنشانی آن لطفاً با مدیریت تماس بگیرید.
twofa-recovery-heading = کدهای بازیابی
twofa-recovery-text = اگر به اپلیکیشن دسترسی نداشته باشید، هر کد یک بار کار می‌کند. کدها را در جای امنی نگه دارید؛ آن‌ها فقط همین حالا نمایش داده می‌شوند.
twofa-continue = ادامه به نمای کلی

## نمای کلی کارکنان
staff-title = نمای کلی
staff-welcome = خوش آمدید، { $name }
staff-organisation = سازمان
staff-role = نقش
staff-2fa = احراز هویت دومرحله‌ای
staff-2fa-on = راه‌اندازی شده
staff-2fa-off = راه‌اندازی نشده
staff-2fa-setup = همین حالا راه‌اندازی کنید
staff-sessions = نشست‌ها
staff-logout-everywhere = خروج از همهٔ دستگاه‌ها
role-admin = مدیریت
role-coordinator = هماهنگی
role-counselor = مشاوره
role-legal_reviewer = بررسی حقوقی
role-streetworker = مددکاری میدانی دیجیتال

## گزارش دسترسی
audit-title = گزارش دسترسی‌ها
audit-time = زمان (UTC)
audit-action = اقدام
audit-actor = شخص (شناسه)
audit-entity = مورد
audit-purpose = هدف
audit-detail = جزئیات
audit-from = از
audit-to = تا
audit-filter = فیلتر کردن
audit-count = { $count } رکورد
pagination-label = صفحه‌ها
pagination-previous = قبلی
pagination-next = بعدی
pagination-page = صفحهٔ { $page }

## مدیریت
nav-users = کارکنان
nav-settings = تنظیمات
admin-users-title = کارکنان
admin-users-count = { $count } حساب کاربری
admin-name = نام
admin-status = وضعیت
admin-active = فعال
admin-inactive = غیرفعال
admin-invite-title = دعوت از یک نفر
admin-invite-submit = ایجاد دعوت‌نامه
admin-invite-created = دعوت‌نامه ایجاد شد. این لینک را از راهی امن به آن شخص بدهید؛ این لینک هفت روز معتبر است و فقط همین حالا نمایش داده می‌شود:
admin-invalid-email = لطفاً یک آدرس ایمیل معتبر وارد کنید.
admin-invalid-name = لطفاً نامی با حداکثر 120 نویسه وارد کنید.
admin-invalid-role = لطفاً یک نقش انتخاب کنید.
admin-email-taken = برای این آدرس ایمیل قبلاً یک حساب کاربری وجود دارد.
admin-save = ذخیره
admin-saved = ذخیره شد.
admin-2fa-reset = بازنشانی احراز هویت دومرحله‌ای
admin-2fa-reset-done = احراز هویت دومرحله‌ای بازنشانی شد. آن شخص در ورود بعدی دوباره آن را راه‌اندازی می‌کند.
admin-back = بازگشت به فهرست
admin-settings-title = تنظیمات سازمان
admin-tenant-name = نام سازمان
admin-require-2fa = الزامی کردن احراز هویت دومرحله‌ای برای همهٔ نقش‌هایی که اطلاعات شخصی را می‌بینند
invite-title = تعیین رمز عبور
invite-password = رمز عبور جدید (دست‌کم 12 نویسه)
invite-password-again = تکرار رمز عبور
invite-submit = ذخیرهٔ رمز عبور
invite-mismatch = دو رمز عبور با هم یکسان نیستند.
invite-too-short = رمز عبور باید دست‌کم 12 و حداکثر 256 نویسه داشته باشد.
password-title = تغییر رمز عبور
password-current = رمز عبور فعلی
password-wrong-current = رمز عبور فعلی درست نیست.
password-changed = رمز عبور شما تغییر کرد. اکنون در دستگاه‌های دیگر از حساب خود خارج شده‌اید.

## Termine (Kalenderdateien)
appointment-in_person = قرار مشاوره حضوری
appointment-phone = مشاوره تلفنی
appointment-video = مشاوره تصویری
admin-retention-days = مدت نگهداری پرونده‌های بسته‌شده (روز)
admin-retention-hint = پس از آن Lotse محتوا و یادداشت‌های پرونده را حذف می‌کند؛ اعداد بی‌نام برای آمار باقی می‌مانند. سه سال برابر با ۱۰۹۵ روز است.

## کار با پرونده‌ها (صفحه‌های مخصوص مشاوران)
nav-clients = مراجعان
clients-title = مراجعان
clients-count = تعداد مراجعان: { $count }
clients-empty = هنوز هیچ مراجعی ثبت نشده است.
clients-new-title = ثبت مراجع جدید
clients-alias = نام مستعار
clients-alias-hint = نامی که با آن می‌توانید این شخص را دوباره پیدا کنید. لازم نیست نام واقعی او باشد.
clients-real-name = نام (اختیاری)
clients-languages = زبان‌ها (کدهای کوتاه، جداشده با ویرگول، مثلاً ar, de)
clients-consent-counseling = این شخص با مشاوره و ذخیرهٔ اطلاعاتش موافق است.
clients-create = ثبت
clients-created = مراجع ثبت شد.
clients-invalid = لطفاً اطلاعات را بررسی کنید: { $field }
client-title = مراجع
client-profile = مشخصات
client-date-of-birth = تاریخ تولد
client-email = ایمیل
client-phone = تلفن
client-notes = یادداشت‌ها
client-not-given = ذکر نشده
client-consents = رضایت‌نامه‌ها
client-consent-given = داده‌شده در تاریخ { $date }
client-consent-withdrawn = لغوشده در تاریخ { $date }
client-no-consents = هنوز رضایتی ثبت نشده است.
client-consent-withdraw = لغو
client-consent-record = ثبت رضایت
client-consent-purpose = برای چه
client-consent-language = زبان فرمی که نشان داده شد
client-consent-record-hint = نسخهٔ فعلی فرم ثبت می‌شود. فرم برای چاپ:
client-consent-save = ذخیرهٔ رضایت
client-cases = پرونده‌ها
client-no-cases = هنوز هیچ پرونده‌ای وجود ندارد.
client-open-case = ایجاد پرونده
client-case-title = عنوان کوتاه
client-topics = موضوع‌ها
client-export = همهٔ اطلاعات این شخص (ارائهٔ اطلاعات طبق مادهٔ ۱۵ GDPR)
case-title = پرونده
case-status-open = باز
case-status-closed = بسته‌شده
case-timeline = روند پرونده
case-timeline-empty = هنوز هیچ موردی ثبت نشده است.
case-note = یادداشت
case-contact = تماس
case-add-note = افزودن یادداشت
case-log-contact = ثبت تماس
case-mode = نوع تماس
case-duration = مدت (دقیقه)
case-save = ذخیره
case-close = بستن پرونده
case-outcome = نتیجه
case-closed-notice = این پرونده بسته شده است.
mode-in_person = حضوری
mode-phone = تلفنی
mode-video = تصویری
mode-chat = چت
mode-email = ایمیل
mode-messenger = پیام‌رسان
outcome-resolved = حل شد
outcome-referred = ارجاع داده شد
outcome-client_withdrew = از سوی مراجع پایان داده شد
outcome-no_contact = ارتباط قطع شد
outcome-other = سایر
topic-residence = اقامت
topic-work_permit = اجازهٔ کار
topic-recognition = به رسمیت شناختن مدارک تحصیلی
topic-language_course = دورهٔ زبان
topic-job_search = جست‌وجوی کار
topic-application_documents = مدارک درخواست کار
topic-benefits = کمک‌های اجتماعی
topic-family = خانواده
topic-housing = مسکن
topic-health_insurance = بیمهٔ درمانی
topic-school_childcare = مدرسه و نگهداری از کودکان
topic-everyday_authorities = ادارات در زندگی روزمره
export-title = اطلاعات دربارهٔ داده‌های ذخیره‌شده
export-intro = این صفحه همهٔ آنچه Lotse دربارهٔ این شخص ذخیره می‌کند را نشان می‌دهد (مادهٔ ۱۵ GDPR)، برای چاپ یا تحویل.
export-origin = کشور مبدأ
export-residence = وضعیت اقامت
export-special = دستهٔ ویژهٔ داده‌های شخصی
export-created = ایجادشده در
export-access-log = دسترسی‌ها به این داده‌ها
