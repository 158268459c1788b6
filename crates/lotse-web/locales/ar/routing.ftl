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
