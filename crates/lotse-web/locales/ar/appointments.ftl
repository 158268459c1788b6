# المواعيد في صفحة الحالة

case-appointments = المواعيد
case-appointments-none = لا توجد مواعيد بعد.
case-book = حجز موعد
case-appointment-start = البداية (بالتوقيت المحلي في ألمانيا)
case-appointment-duration = المدة بالدقائق
case-appointment-mode = نوع الموعد
case-appointment-location = المكان (للمواعيد الحضورية)
case-appointment-book = حفظ الموعد
case-appointment-ics = ملف التقويم (.ics)
case-appointment-video-link = فتح غرفة الفيديو
case-appointment-invalid = يُرجى التحقق من التاريخ والوقت والمدة. في ليلة تغيير التوقيت، لا توجد بعض الأوقات أو تتكرر مرتين.
