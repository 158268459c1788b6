# صف انتظار و واگذاری پرونده‌ها

nav-queue = صف انتظار
queue-title = صف انتظار
queue-intro = پرونده‌های باز که هنوز به کسی سپرده نشده‌اند – قدیمی‌ترین‌ها اول، همراه با موضوع‌ها و زبان‌های مراجع.
queue-empty = صف انتظار خالی است.
queue-waiting-since = در انتظار از
queue-take = به عهده گرفتن
case-assignee = مسئول
case-queue-nobody = هیچ‌کس (صف انتظار)
case-queue-back = بازگرداندن به صف انتظار
case-hand-over = واگذاری
case-hand-over-to = به
case-hand-over-note = یادداشت واگذاری
