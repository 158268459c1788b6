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
