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
