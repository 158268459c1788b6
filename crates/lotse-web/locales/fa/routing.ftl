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

# Routing suggestions and what counselors handle
routing-postcode = کد پستی مراجع (اختیاری)
routing-postcode-hint = فقط سه رقم اول نگه داشته می‌شود تا پرونده به منطقهٔ مناسب برسد.
routing-reason-region = منطقه
routing-bad-topic = موضوع ناشناخته.
routing-bad-languages = لطفاً زبان‌ها را با کد دوحرفی بنویسید، مثلاً ar، de، uk.
routing-bad-regions = لطفاً منطقه‌ها را به صورت آغاز یک کد پستی با یک تا پنج رقم بنویسید، مثلاً 06، 391.
routing-bad-team = نام تیم حداکثر ۸۰ نویسه است و ویرگول ندارد.
routing-profile-title = مسئولیت‌های من
routing-profile-intro = صف انتظار با این اطلاعات پرونده‌های مناسب را پیشنهاد می‌دهد: بر اساس موضوع، زبان و منطقه.
routing-team = تیم
routing-languages = زبان‌های مشاورهٔ من
routing-languages-hint = کدها را با ویرگول جدا کنید، مثلاً de، ar، fa.
routing-regions = منطقه‌های من
routing-regions-hint = آغاز کدهای پستی، جداشده با ویرگول، مثلاً 06، 391.
routing-profile-save = ذخیرهٔ مسئولیت‌ها
routing-team-filter = فیلتر بر اساس تیم
routing-all-teams = همه
routing-my-team = تیم من
routing-suggested = پیشنهاد
routing-no-suggestion = پیشنهاد مناسبی نیست
routing-assign = سپردن
routing-to-team = به تیم
