# المعلومات وجهات الاستشارة وتدقيق المعلومات (البوابة العامة) والتحرير (للموظفين)

nav-knowledge = معلومات
nav-services = جهات الاستشارة
nav-factcheck = تدقيق المعلومات
nav-editorial = التحرير
nav-reviews = المراجعات

portal-title = دليلكم في ساكسونيا-أنهالت
portal-intro = معلومات موثوقة عن الإقامة والعمل واللغة والأسرة والحياة اليومية – راجعها مختصون قانونيون، مع ذكر المصادر.
portal-search-title = البحث
portal-search-label = عمّ تبحثون؟
portal-search-button = بحث
portal-results = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
    }
portal-no-results = لم يُعثر على شيء. جرّبوا كلمات أخرى أو اختاروا موضوعًا.
portal-topics = المواضيع
portal-filter-topic = الموضوع
portal-filter-jurisdiction = نطاق السريان
portal-filter-all = الكل
portal-articles-in-topic = مقالات حول هذا الموضوع
portal-no-articles = لا توجد بعد مقالات مراجَعة حول هذا الموضوع.
portal-disclaimer = لا تغني هذه المعلومات عن الاستشارة في حالتكم الخاصة. توجّهوا بسؤالكم الشخصي إلى جهة استشارة.

jurisdiction-federal = ألمانيا كلها
jurisdiction-state = الولاية
jurisdiction-municipality = البلدية

article-checked = تمت المراجعة القانونية بتاريخ { $date }
article-review-expired = تأخرت المراجعة الدورية لهذا المقال. قد تكون بعض المعلومات غير محدَّثة.
article-fallback-notice = هذا المقال غير متوفر بلغتكم بعد. أنتم تقرؤون النسخة الألمانية.
article-outdated-notice = تستند هذه الترجمة إلى نسخة أقدم. النسخة الألمانية أحدث.
article-read-in = متوفر أيضًا باللغات:
article-legal-references = الأسس القانونية
article-sources = المصادر
article-source-checked = تمت المراجعة بتاريخ { $date }
article-version = النسخة { $version }
article-related-services = العثور على جهات استشارة مناسبة
article-plain-language = الألمانية المبسّطة
article-german = الألمانية

services-title = جهات الاستشارة والدوائر الحكومية
services-intro = ابحثوا عن جهات قريبة منكم حسب الموضوع واللغة.
services-postcode = الرمز البريدي (Postleitzahl)
services-radius = نطاق البحث بالكيلومتر
services-town = المدينة أو البلدة
services-language = اللغة التي يُتحدَّث بها هناك
services-kind = نوع الجهة
services-distance = على بُعد { $km } كم
services-hours = أوقات العمل
services-contact = التواصل
services-accessibility = سهولة الوصول لذوي الإعاقة
services-languages = اللغات
services-topics = المواضيع
services-none = لم يُعثر على جهة مناسبة. وسّعوا نطاق البحث أو احذفوا أحد عوامل التصفية.
services-unknown-postcode = لا نعرف هذا الرمز البريدي. البحث حسب المسافة متاح للرموز البريدية في ساكسونيا-أنهالت.
services-found = { $count ->
    [zero] لا توجد جهات
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهةً
   *[other] { $count } جهة
    }

kind-authority = دائرة حكومية (Behörde)
kind-counseling_centre = مركز استشارة (Beratungsstelle)
kind-language_school = مدرسة لغات
kind-job_centre = Jobcenter
kind-employment_agency = وكالة العمل (Agentur für Arbeit)
kind-health = الصحة
kind-legal_aid = الاستشارة القانونية
kind-recognition = الاعتراف بالمؤهلات (Anerkennung)
kind-housing = السكن
kind-school_childcare = المدرسة ورعاية الأطفال (Kita)
kind-community = المجتمع والعمل التطوعي
kind-other = أخرى

factcheck-title = تدقيق المعلومات
factcheck-intro = شائعات من وسائل التواصل الاجتماعي ومجموعات المراسلة – وما هو الصحيح فعلًا.
factcheck-claim = الادعاء
factcheck-seen = شوهد على { $platform } منذ { $date }
factcheck-correction = ما هو الصحيح
factcheck-related = لمعرفة المزيد
factcheck-empty = لا توجد إدخالات بعد.
verdict-false = خطأ
verdict-misleading = مضلِّل
verdict-partly_true = صحيح جزئيًا
verdict-true = صحيح
verdict-unproven = غير مثبت
platform-other = قنوات أخرى

editorial-title = مقالات المعلومات
editorial-intro = اكتبوا المسودات، وأرسلوها للمراجعة القانونية، وترجموها. لا ينشر إلا المختصون القانونيون.
editorial-new = إنشاء مقال جديد
editorial-slug = اسم قصير للعنوان الإلكتروني (أحرف لاتينية صغيرة، مع شرطات)
editorial-topic = الموضوع
editorial-jurisdiction = نطاق السريان
editorial-area = المنطقة (الولاية أو البلدية؛ اتركوه فارغًا إذا كان يسري على ألمانيا كلها)
editorial-field-title = العنوان
editorial-summary = الملخص
editorial-body = النص (Markdown)
editorial-references = الأسس القانونية، واحد في كل سطر: القانون | المادة | الرابط
editorial-sources = المصادر، واحد في كل سطر: العنوان | الرابط | تاريخ المراجعة (سسسس-شش-يي، مثلًا 2025-01-31)
editorial-create = إنشاء مسودة
editorial-save = الحفظ كنسخة جديدة
editorial-submit = الإرسال للمراجعة القانونية
editorial-status = الحالة
editorial-latest = أحدث نسخة
editorial-published = النسخة المنشورة
editorial-none = لا يوجد
editorial-history = جميع النسخ
editorial-diff = الفروق عن النسخة السابقة
editorial-diff-title = الفروق بين النسخة { $from } والنسخة { $to }
editorial-diff-removed = محذوف
editorial-diff-added = جديد
editorial-translations = الترجمات
editorial-translation-current = محدَّثة
editorial-translation-outdated = قديمة (من النسخة { $version })
editorial-translation-missing = غير موجودة
editorial-add-translation = حفظ الترجمة
editorial-language = اللغة
editorial-review = المراجعة القانونية
editorial-review-due = المراجعة صالحة حتى
editorial-publish = اعتماد هذه النسخة ونشرها
editorial-return = إعادتها إلى فريق التحرير
editorial-comment = تعليق
editorial-archive = أرشفة
editorial-signoffs = سجلات المراجعة
editorial-decision-published = معتمَد
editorial-decision-returned = مُعاد
editorial-by = بواسطة { $name }
editorial-open-portal = العرض في البوابة
editorial-stale = حفظ شخص آخر نسخة أحدث في هذه الأثناء. لم يُحفظ تعديلكم؛ يُرجى إعادة تحميل الصفحة.
editorial-wrong-status = هذا غير ممكن في الحالة الحالية.
editorial-invalid = يُرجى التحقق من: { $field }
editorial-taken = هذا الاسم القصير مستخدم بالفعل.
editorial-line-format = السطر { $line } ليس بالصيغة المتوقعة.
editorial-saved = تم الحفظ.
editorial-author = بقلم { $name }

status-draft = مسودة
status-in_review = قيد المراجعة
status-published = منشور
status-archived = مؤرشف
status-review_due = المراجعة مستحقة

reviews-title = المراجعات
reviews-intro = مقالات تنتظر مراجعتكم، ومقالات منشورة انتهت صلاحية مراجعتها.
reviews-empty = لا يوجد حاليًا ما يحتاج إلى مراجعة.
