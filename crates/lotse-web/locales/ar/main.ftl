# Lotse – واجهة المستخدم، العربية (مترجمة من الألمانية، لغة المصدر لجميع الترجمات).
# قواعد المفاتيح: لكل لغة المفاتيح نفسها تمامًا؛ تُستخدم المتغيرات ($name) كما في الملف الألماني فقط.

## إطار كل صفحة
site-name = Lotse
site-tagline = استشارات الهجرة – آمنة وسهلة الفهم
skip-to-content = الانتقال إلى المحتوى
nav-main-label = التنقل الرئيسي
nav-home = الصفحة الرئيسية
language-switch-label = اختيار اللغة
language-current = اللغة الحالية: { $language }
footer-label = تذييل الصفحة
footer-about = Lotse برنامج حر لاستشارات الهجرة. تبقى بياناتكم لدى مركز الاستشارة.
footer-version = الإصدار { $version }

## الصفحة الرئيسية
home-title = مرحبًا بكم في Lotse
home-intro = تجدون هنا معلومات إرشادية عن الإقامة والعمل واللغة والحياة اليومية في ألمانيا – وأشخاصًا يقدمون لكم الاستشارة.
home-features-heading = ماذا يقدم لكم Lotse
home-feature-verified-title = معلومات موثوقة ومراجَعة
home-feature-verified-text = يراجع محامون ومختصون قانونيون إجاباتنا. كل معلومة تذكر مصدرها وتاريخ مراجعتها.
home-feature-noapp-title = استشارة بدون تطبيق
home-feature-noapp-text = لا تحتاجون إلى تطبيق ولا إلى رقم هاتف ولا إلى بريد إلكتروني. يكفي رمز دخول واحد.
home-feature-privacy-title = بياناتكم محمية
home-feature-privacy-text = تُحفظ البيانات الشخصية مشفّرة ولا تُعطى لأي طرف آخر.
home-languages-heading = بلغتكم
home-languages-text = يتوفر Lotse باللغات الألمانية والإنجليزية والعربية والأوكرانية والروسية والفارسية والتركية.

## اختيار اللغة بدون JavaScript
language-page-title = اختيار اللغة
language-page-intro = اختاروا اللغة التي تريدون أن يظهر بها Lotse. يُحفظ اختياركم في ملف تعريف ارتباط (Cookie).

## الأخطاء (الصفحات وواجهة البرمجة API)
error-page-title = خطأ { $status }
error-back-home = العودة إلى الصفحة الرئيسية
error-request-id = رقم المعاملة: { $id }
error-bad_request = الطلب غير صالح.
error-malformed_json = البيانات المرسلة ليست بصيغة JSON صالحة.
error-unsupported_media_type = صيغة البيانات هذه غير مدعومة. يُرجى إرسال JSON.
error-unauthorized = يُرجى تسجيل الدخول للمتابعة.
error-invalid_token = مفتاح الدخول غير صالح أو تم إلغاؤه.
error-forbidden = ليست لديكم صلاحية للقيام بذلك.
error-not_found = هذه الصفحة غير موجودة.
error-method_not_allowed = هذا الإجراء غير ممكن هنا.
error-payload_too_large = البيانات المرسلة كبيرة جدًا.
error-invalid_input = بعض المعلومات غير صالحة. يُرجى التحقق مما أدخلتموه.
error-too_many_requests = طلبات كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-internal = حدث خطأ داخلي. يُرجى المحاولة مرة أخرى لاحقًا.
error-unavailable = الخدمة غير متاحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.
error-conflict = هذه المعلومات موجودة مسبقًا، مثلًا عنوان بريد إلكتروني مستخدم من قبل.
error-gone = انتهت صلاحية هذا الرابط.

## تسجيل الدخول للموظفين
nav-login = تسجيل الدخول
nav-staff = نظرة عامة
nav-audit = سجل الوصول
nav-logout = تسجيل الخروج
login-title = تسجيل الدخول للموظفين
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-help = هل نسيتم كلمة المرور؟ يُرجى التواصل مع إدارة مؤسستكم.
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
login-throttled = محاولات فاشلة كثيرة جدًا لتسجيل الدخول. يُرجى الانتظار { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    } ثم المحاولة مرة أخرى.
login-2fa-title = العامل الثاني
login-2fa-code = الرمز المكوَّن من ستة أرقام من تطبيق المصادقة
login-2fa-submit = تأكيد
login-2fa-failed = الرمز غير صحيح أو سبق استخدامه.
login-2fa-too-many = رموز خاطئة كثيرة جدًا. يُرجى تسجيل الدخول من جديد.
login-2fa-recovery-hint = لا يمكنكم الوصول إلى التطبيق؟ أدخلوا أحد رموز الاسترداد الخاصة بكم.

## إعداد المصادقة الثنائية
twofa-title = المصادقة الثنائية
twofa-intro = تحمي مؤسستكم البيانات الشخصية بعامل ثانٍ. امسحوا رمز QR بتطبيق مصادقة، ثم أدخلوا الرمز الذي يظهر فيه.
twofa-qr-label = رمز QR لتطبيق المصادقة
twofa-manual = أو أدخلوا هذا المفتاح يدويًا:
twofa-confirm = إعداد
twofa-enabled = تم إعداد المصادقة الثنائية.
twofa-already = المصادقة الثنائية مُعدَّة مسبقًا. لإعادة تعيينها يُرجى التواصل مع الإدارة.
twofa-recovery-heading = رموز الاسترداد
twofa-recovery-text = يعمل كل رمز مرة واحدة فقط، إذا لم تتمكنوا من الوصول إلى التطبيق. احفظوا الرموز في مكان آمن؛ فهي لا تُعرض إلا الآن.
twofa-continue = المتابعة إلى النظرة العامة

## نظرة عامة للموظفين
staff-title = نظرة عامة
staff-welcome = مرحبًا، { $name }
staff-organisation = المؤسسة
staff-role = الدور
staff-2fa = المصادقة الثنائية
staff-2fa-on = مُعدَّة
staff-2fa-off = غير مُعدَّة
staff-2fa-setup = الإعداد الآن
staff-sessions = الجلسات
staff-logout-everywhere = تسجيل الخروج من جميع الأجهزة
role-admin = الإدارة
role-coordinator = التنسيق
role-counselor = الاستشارة
role-legal_reviewer = المراجعة القانونية
role-streetworker = العمل الميداني الرقمي

## سجل الوصول
audit-title = سجل الوصول إلى البيانات
audit-time = الوقت (UTC)
audit-action = الإجراء
audit-actor = الشخص (المعرّف)
audit-entity = العنصر
audit-purpose = الغرض
audit-detail = التفاصيل
audit-from = من
audit-to = إلى
audit-filter = تصفية
audit-count = { $count ->
        [zero] لا توجد إدخالات
        [one] إدخال واحد
        [two] إدخالان
        [few] { $count } إدخالات
        [many] { $count } إدخالًا
       *[other] { $count } إدخال
    }
pagination-label = الصفحات
pagination-previous = السابق
pagination-next = التالي
pagination-page = الصفحة { $page }

## الإدارة
nav-users = الموظفون
nav-settings = الإعدادات
admin-users-title = الموظفون
admin-users-count = { $count ->
        [zero] لا توجد حسابات
        [one] حساب واحد
        [two] حسابان
        [few] { $count } حسابات
        [many] { $count } حسابًا
       *[other] { $count } حساب
    }
admin-name = الاسم
admin-status = الحالة
admin-active = نشط
admin-inactive = معطَّل
admin-invite-title = دعوة شخص
admin-invite-submit = إنشاء دعوة
admin-invite-created = تم إنشاء الدعوة. أرسلوا هذا الرابط إلى الشخص بطريقة آمنة؛ فهو صالح لمدة سبعة أيام ولا يُعرض إلا الآن:
admin-invalid-email = يُرجى إدخال عنوان بريد إلكتروني صالح.
admin-invalid-name = يُرجى إدخال اسم لا يزيد على 120 حرفًا.
admin-invalid-role = يُرجى اختيار دور.
admin-email-taken = يوجد حساب مسبقًا لعنوان البريد الإلكتروني هذا.
admin-save = حفظ
admin-saved = تم الحفظ.
admin-2fa-reset = إعادة تعيين المصادقة الثنائية
admin-2fa-reset-done = تمت إعادة تعيين المصادقة الثنائية. سيُعدّها الشخص من جديد عند تسجيل الدخول القادم.
admin-back = العودة إلى القائمة
admin-settings-title = إعدادات المؤسسة
admin-tenant-name = اسم المؤسسة
admin-require-2fa = اشتراط المصادقة الثنائية لجميع الأدوار التي ترى البيانات الشخصية
invite-title = تعيين كلمة المرور
invite-password = كلمة مرور جديدة (12 حرفًا على الأقل)
invite-password-again = تكرار كلمة المرور
invite-submit = حفظ كلمة المرور
invite-mismatch = كلمتا المرور غير متطابقتين.
invite-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل و256 حرفًا على الأكثر.
password-title = تغيير كلمة المرور
password-current = كلمة المرور الحالية
password-wrong-current = كلمة المرور الحالية غير صحيحة.
password-changed = تم تغيير كلمة المرور. تم تسجيل خروجكم الآن من الأجهزة الأخرى.

## Termine (Kalenderdateien)
appointment-in_person = موعد استشارة حضوري
appointment-phone = استشارة عبر الهاتف
appointment-video = استشارة عبر الفيديو
admin-retention-days = مدة الاحتفاظ بالحالات المغلقة (بالأيام)
admin-retention-hint = بعد ذلك يحذف Lotse محتوى الحالة والملاحظات، وتبقى الأرقام المجهولة للإحصاءات. ثلاث سنوات تساوي 1095 يومًا.

## العمل على الحالات (صفحات للمستشارين)
nav-clients = طالبو الاستشارة
clients-title = طالبو الاستشارة
clients-count = عدد طالبي الاستشارة: { $count }
clients-empty = لا يوجد طالبو استشارة بعد.
clients-new-title = إضافة طالب استشارة
clients-alias = اسم مستعار
clients-alias-hint = اسم تجدون به الشخص مرة أخرى. لا يلزم أن يكون اسمه الحقيقي.
clients-real-name = الاسم (اختياري)
clients-languages = اللغات (رموز مفصولة بفواصل، مثل ar, de)
clients-consent-counseling = يوافق الشخص على الاستشارة وعلى حفظ بياناته.
clients-create = إضافة
clients-created = تمت إضافة الشخص.
clients-invalid = يُرجى التحقق من هذا الإدخال: { $field }
client-title = طالب استشارة
client-profile = البيانات
client-date-of-birth = تاريخ الميلاد
client-email = البريد الإلكتروني
client-phone = الهاتف
client-notes = ملاحظات
client-not-given = غير مذكور
client-consents = الموافقات
client-consent-given = أُعطيت بتاريخ { $date }
client-consent-withdrawn = سُحبت بتاريخ { $date }
client-no-consents = لم تُسجَّل أي موافقة بعد.
client-consent-withdraw = سحب
client-consent-record = تسجيل موافقة
client-consent-purpose = لأي غرض
client-consent-language = لغة النموذج المعروض
client-consent-record-hint = تُسجَّل النسخة الحالية من النموذج. النموذج للطباعة:
client-consent-save = حفظ الموافقة
client-cases = الحالات
client-no-cases = لا توجد حالات بعد.
client-open-case = فتح حالة
client-case-title = عنوان قصير
client-topics = المواضيع
client-export = جميع بيانات هذا الشخص (حق الاطلاع وفق المادة 15 من اللائحة العامة لحماية البيانات)
case-title = حالة
case-status-open = مفتوحة
case-status-closed = مغلقة
case-timeline = سجل الحالة
case-timeline-empty = لا توجد إدخالات بعد.
case-note = ملاحظة
case-contact = تواصل
case-add-note = إضافة ملاحظة
case-log-contact = تسجيل تواصل
case-mode = نوع التواصل
case-duration = المدة بالدقائق
case-save = حفظ
case-close = إغلاق الحالة
case-outcome = النتيجة
case-closed-notice = هذه الحالة مغلقة.
mode-in_person = حضوريًا
mode-phone = هاتف
mode-video = فيديو
mode-chat = دردشة
mode-email = بريد إلكتروني
mode-messenger = تطبيق مراسلة
outcome-resolved = تم الحل
outcome-referred = تمت الإحالة
outcome-client_withdrew = أنهاها الشخص
outcome-no_contact = لا يوجد تواصل بعد ذلك
outcome-other = غير ذلك
topic-residence = الإقامة
topic-work_permit = تصريح العمل
topic-recognition = الاعتراف بالشهادات
topic-language_course = دورة اللغة
topic-job_search = البحث عن عمل
topic-application_documents = وثائق التقديم
topic-benefits = المساعدات الاجتماعية
topic-family = الأسرة
topic-housing = السكن
topic-health_insurance = التأمين الصحي
topic-school_childcare = المدرسة ورعاية الأطفال
topic-everyday_authorities = الدوائر الرسمية في الحياة اليومية
export-title = معلومات عن البيانات المحفوظة
export-intro = تعرض هذه الصفحة كل ما يحفظه Lotse عن هذا الشخص (المادة 15 من اللائحة العامة لحماية البيانات)، للطباعة أو التسليم.
export-origin = بلد المنشأ
export-residence = وضع الإقامة
export-special = فئة خاصة من البيانات الشخصية
export-created = تاريخ الإنشاء
export-access-log = الاطلاع على هذه البيانات
