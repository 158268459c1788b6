# قائمة الانتظار وتسليم الحالات

nav-queue = قائمة الانتظار
queue-title = قائمة الانتظار
queue-intro = الحالات المفتوحة التي لم تُسند إلى أحد بعد – الأقدم أولاً، مع المواضيع ولغات طالب الاستشارة.
queue-empty = قائمة الانتظار فارغة.
queue-waiting-since = في الانتظار منذ
queue-take = تولّي الحالة
case-assignee = المسؤول
case-queue-nobody = لا أحد (قائمة الانتظار)
case-queue-back = إعادة إلى قائمة الانتظار
case-hand-over = تسليم
case-hand-over-to = إلى
case-hand-over-note = ملاحظة التسليم

# Routing suggestions and what counselors handle
routing-postcode = الرمز البريدي للشخص الباحث عن المشورة (اختياري)
routing-postcode-hint = تُحفظ الأرقام الثلاثة الأولى فقط لتوجيه الحالة إلى المنطقة المناسبة.
routing-reason-region = المنطقة
routing-bad-topic = موضوع غير معروف.
routing-bad-languages = يُرجى كتابة اللغات برموز من حرفين، مثل ar وde وuk.
routing-bad-regions = يُرجى كتابة المناطق كبداية رمز بريدي من رقم إلى خمسة أرقام، مثل 06 و391.
routing-bad-team = اسم الفريق 80 حرفًا على الأكثر ومن دون فاصلة.
routing-profile-title = ما أتولاه
routing-profile-intro = تستخدم قائمة الانتظار هذه المعلومات لاقتراح الحالات المناسبة: حسب الموضوع واللغة والمنطقة.
routing-team = الفريق
routing-languages = لغات الاستشارة لديّ
routing-languages-hint = رموز مفصولة بفواصل، مثل de وar وfa.
routing-regions = مناطقي
routing-regions-hint = بدايات رموز بريدية مفصولة بفواصل، مثل 06 و391.
routing-profile-save = حفظ ما أتولاه
routing-team-filter = التصفية حسب الفريق
routing-all-teams = الكل
routing-my-team = فريقي
routing-suggested = اقتراح
routing-no-suggestion = لا يوجد اقتراح مناسب
routing-assign = تعيين
routing-to-team = إلى الفريق
