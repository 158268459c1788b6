# خطة الحالة (الأهداف والخطوات والمهام) والنظرة العامة للمستشارين

case-plan = الأهداف والخطوات والمهام
case-plan-none = لم يُخطَّط لشيء بعد.
case-plan-add = إضافة إدخال
case-plan-kind = النوع
case-plan-title = الوصف
case-plan-due = تاريخ الاستحقاق
case-plan-save = حفظ الإدخال
case-plan-done = مُنجَز
case-plan-mark-done = وضع علامة كمُنجَز
case-plan-overdue = متأخر
task-goal = هدف
task-step = خطوة
task-task = مهمة
work-title = عملي
work-my-cases = حالاتي المفتوحة
work-no-cases = لا توجد حالات مفتوحة مُسندة إليكم.
work-search = البحث في حالاتي
work-search-button = بحث
work-today = مواعيد اليوم
work-no-appointments = لا توجد مواعيد اليوم.
work-tasks-due = المهام المستحقة (الأيام السبعة القادمة والمتأخرة)
work-no-tasks = لا توجد مهام مستحقة.
work-client = طالب الاستشارة
