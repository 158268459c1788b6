# الإحالة إلى جهات من الدليل (العمل على الحالات)

case-referral = إحالة
case-refer = الإحالة إلى جهة
case-refer-service = جهة من الدليل
case-refer-note = ملاحظة حول الإحالة (ما تم الاتفاق عليه)
case-refer-button = حفظ الإحالة
case-refer-none = لا توجد جهات في الدليل بعد.
case-referral-status = الوضع
case-referral-feedback = ردّ الجهة
case-referral-update = حفظ وضع الإحالة
referral-made = تمت الإحالة
referral-accepted = تم القبول
referral-completed = اكتملت
referral-declined = تم الرفض
referral-no_show = لم يحضر الشخص
case-documents = المستندات
case-documents-none = لا توجد مستندات بعد.
case-document-file = الملف (PDF أو صورة أو نص أو Word أو OpenDocument؛ 10 ميغابايت كحد أقصى)
case-document-upload = رفع المستند
