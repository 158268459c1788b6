# دانستنی‌ها، مراکز مشاوره، راستی‌آزمایی (پورتال عمومی) و تحریریه (کارکنان)

nav-knowledge = دانستنی‌ها
nav-services = مراکز مشاوره
nav-factcheck = راستی‌آزمایی
nav-editorial = تحریریه
nav-reviews = بررسی‌ها

portal-title = راهنمای زندگی در زاکسن-آنهالت
portal-intro = اطلاعات معتبر دربارهٔ اقامت، کار، زبان، خانواده و زندگی روزمره – بررسی‌شده توسط حقوق‌دانان و همراه با منبع.
portal-search-title = جست‌وجو
portal-search-label = دنبال چه می‌گردید؟
portal-search-button = جست‌وجو
portal-results = { $count ->
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
    }
portal-no-results = چیزی پیدا نشد. کلمه‌های دیگری را امتحان کنید یا یک موضوع انتخاب کنید.
portal-topics = موضوع‌ها
portal-filter-topic = موضوع
portal-filter-jurisdiction = محدودهٔ اعتبار
portal-filter-all = همه
portal-articles-in-topic = مقاله‌های این موضوع
portal-no-articles = هنوز هیچ مقالهٔ بررسی‌شده‌ای دربارهٔ این موضوع وجود ندارد.
portal-disclaimer = این اطلاعات جایگزین مشاوره دربارهٔ وضعیت شخصی شما نیست. لطفاً برای پرسش شخصی خود به یک مرکز مشاوره مراجعه کنید.

jurisdiction-federal = سراسر آلمان
jurisdiction-state = ایالت
jurisdiction-municipality = شهرداری

article-checked = از نظر حقوقی بررسی‌شده در تاریخ { $date }
article-review-expired = موعد بررسی دوره‌ای این مقاله گذشته است. ممکن است برخی اطلاعات آن قدیمی باشد.
article-fallback-notice = این مقاله هنوز به زبان شما موجود نیست. شما نسخهٔ آلمانی را می‌خوانید.
article-outdated-notice = این ترجمه بر اساس نسخهٔ قدیمی‌تری است. نسخهٔ آلمانی به‌روزتر است.
article-read-in = به این زبان‌ها هم موجود است:
article-legal-references = مبانی حقوقی
article-sources = منابع
article-source-checked = بررسی‌شده در تاریخ { $date }
article-version = نسخهٔ { $version }
article-related-services = یافتن مرکز مشاورهٔ مناسب
article-plain-language = آلمانی ساده
article-german = آلمانی

services-title = مراکز مشاوره و ادارات
services-intro = مراکز نزدیک به خود را بر اساس موضوع و زبان پیدا کنید.
services-postcode = کد پستی (Postleitzahl)
services-radius = شعاع جست‌وجو (کیلومتر)
services-town = شهر یا محل
services-language = زبانی که در آنجا صحبت می‌شود
services-kind = نوع مرکز
services-distance = در فاصلهٔ { $km } کیلومتری
services-hours = ساعات کاری
services-contact = تماس
services-accessibility = دسترسی بدون مانع
services-languages = زبان‌ها
services-topics = موضوع‌ها
services-none = هیچ مرکز مناسبی پیدا نشد. شعاع جست‌وجو را بزرگ‌تر کنید یا یکی از فیلترها را بردارید.
services-unknown-postcode = این کد پستی را نمی‌شناسیم. جست‌وجو بر اساس فاصله برای کدهای پستی ایالت زاکسن-آنهالت ممکن است.
services-found = { $count ->
    [one] { $count } مرکز
   *[other] { $count } مرکز
    }

kind-authority = اداره (Behörde)
kind-counseling_centre = مرکز مشاوره (Beratungsstelle)
kind-language_school = آموزشگاه زبان
kind-job_centre = Jobcenter
kind-employment_agency = ادارهٔ کار (Agentur für Arbeit)
kind-health = سلامت
kind-legal_aid = مشاورهٔ حقوقی
kind-recognition = به رسمیت شناختن مدارک (Anerkennung)
kind-housing = مسکن
kind-school_childcare = مدرسه و مهدکودک (Kita)
kind-community = اجتماع و کار داوطلبانه
kind-other = سایر

factcheck-title = راستی‌آزمایی
factcheck-intro = شایعه‌هایی از شبکه‌های اجتماعی و گروه‌های پیام‌رسان – و آنچه واقعاً درست است.
factcheck-claim = ادعا
factcheck-seen = دیده‌شده در { $platform } از تاریخ { $date }
factcheck-correction = آنچه درست است
factcheck-related = بیشتر بخوانید
factcheck-empty = هنوز موردی ثبت نشده است.
verdict-false = نادرست
verdict-misleading = گمراه‌کننده
verdict-partly_true = تا حدی درست
verdict-true = درست
verdict-unproven = اثبات‌نشده
platform-other = کانال‌های دیگر

editorial-title = مقاله‌های دانستنی
editorial-intro = پیش‌نویس بنویسید، برای بررسی حقوقی بفرستید و ترجمه کنید. فقط حقوق‌دانان منتشر می‌کنند.
editorial-new = ایجاد مقالهٔ جدید
editorial-slug = نام کوتاه برای آدرس (حروف کوچک لاتین، با خط تیره)
editorial-topic = موضوع
editorial-jurisdiction = محدودهٔ اعتبار
editorial-area = منطقه (ایالت یا شهرداری؛ برای سراسر آلمان خالی بگذارید)
editorial-field-title = عنوان
editorial-summary = خلاصه
editorial-body = متن (Markdown)
editorial-references = مبانی حقوقی، هر کدام در یک خط: قانون | ماده | لینک
editorial-sources = منابع، هر کدام در یک خط: عنوان | لینک | تاریخ بررسی (میلادی، سسسس-مم-رر، مثلاً 2025-01-31)
editorial-create = ایجاد پیش‌نویس
editorial-save = ذخیره به‌عنوان نسخهٔ جدید
editorial-submit = ارسال برای بررسی حقوقی
editorial-status = وضعیت
editorial-latest = جدیدترین نسخه
editorial-published = نسخهٔ منتشرشده
editorial-none = هیچ
editorial-history = همهٔ نسخه‌ها
editorial-diff = تفاوت‌ها با نسخهٔ قبلی
editorial-diff-title = تفاوت‌های نسخهٔ { $from } با نسخهٔ { $to }
editorial-diff-removed = حذف‌شده
editorial-diff-added = جدید
editorial-translations = ترجمه‌ها
editorial-translation-current = به‌روز
editorial-translation-outdated = قدیمی (بر اساس نسخهٔ { $version })
editorial-translation-missing = موجود نیست
editorial-add-translation = ذخیرهٔ ترجمه
editorial-language = زبان
editorial-review = بررسی حقوقی
editorial-review-due = اعتبار بررسی تا
editorial-publish = تأیید و انتشار این نسخه
editorial-return = بازگرداندن به تحریریه
editorial-comment = توضیح
editorial-archive = بایگانی
editorial-signoffs = سوابق بررسی
editorial-decision-published = تأییدشده
editorial-decision-returned = بازگردانده‌شده
editorial-by = توسط { $name }
editorial-open-portal = مشاهده در پورتال
editorial-stale = در این فاصله شخص دیگری نسخهٔ جدیدتری ذخیره کرده است. تغییر شما ذخیره نشد؛ صفحه را دوباره بارگیری کنید.
editorial-wrong-status = این کار در وضعیت فعلی ممکن نیست.
editorial-invalid = لطفاً بررسی کنید: { $field }
editorial-taken = این نام کوتاه قبلاً استفاده شده است.
editorial-line-format = خط { $line } قالب مورد انتظار را ندارد.
editorial-saved = ذخیره شد.
editorial-author = نوشتهٔ { $name }

status-draft = پیش‌نویس
status-in_review = در حال بررسی
status-published = منتشرشده
status-archived = بایگانی‌شده
status-review_due = نیاز به بررسی

reviews-title = بررسی‌ها
reviews-intro = مقاله‌هایی که منتظر بررسی شما هستند، و مقاله‌های منتشرشده‌ای که اعتبار بررسی آن‌ها تمام شده است.
reviews-empty = در حال حاضر چیزی برای بررسی وجود ندارد.
