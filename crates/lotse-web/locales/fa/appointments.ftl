# قرارهای ملاقات در صفحهٔ پرونده

case-appointments = قرارهای ملاقات
case-appointments-none = هنوز هیچ قراری ثبت نشده است.
case-book = تعیین قرار ملاقات
case-appointment-start = شروع (به وقت محلی آلمان)
case-appointment-duration = مدت (دقیقه)
case-appointment-mode = نوع قرار
case-appointment-location = مکان (برای قرارهای حضوری)
case-appointment-book = ذخیرهٔ قرار
case-appointment-ics = فایل تقویم (.ics)
case-appointment-video-link = باز کردن اتاق تصویری
case-appointment-invalid = لطفاً تاریخ، ساعت و مدت را بررسی کنید. در شب تغییر ساعت، برخی ساعت‌ها وجود ندارند یا دو بار تکرار می‌شوند.
