# برنامهٔ پرونده (اهداف، گام‌ها، وظایف) و نمای کلی برای مشاوران

case-plan = اهداف، گام‌ها و وظایف
case-plan-none = هنوز هیچ برنامه‌ای ثبت نشده است.
case-plan-add = افزودن مورد
case-plan-kind = نوع
case-plan-title = شرح
case-plan-due = موعد انجام
case-plan-save = ذخیرهٔ مورد
case-plan-done = انجام‌شده
case-plan-mark-done = علامت‌گذاری به‌عنوان انجام‌شده
case-plan-overdue = عقب‌افتاده
task-goal = هدف
task-step = گام
task-task = وظیفه
work-title = کار من
work-my-cases = پرونده‌های باز من
work-no-cases = هیچ پروندهٔ بازی به شما واگذار نشده است.
work-search = جست‌وجو در پرونده‌های من
work-search-button = جست‌وجو
work-today = قرارهای ملاقات امروز
work-no-appointments = امروز هیچ قرار ملاقاتی وجود ندارد.
work-tasks-due = وظایف سررسیدشده (۷ روز آینده و عقب‌افتاده)
work-no-tasks = هیچ وظیفهٔ سررسیدشده‌ای وجود ندارد.
work-client = مراجع
