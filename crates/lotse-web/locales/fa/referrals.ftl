# ارجاع به مراکز فهرست (کار با پرونده‌ها)

case-referral = ارجاع
case-refer = ارجاع به یک مرکز
case-refer-service = مرکز از فهرست
case-refer-note = یادداشت دربارهٔ ارجاع (آنچه توافق شده است)
case-refer-button = ذخیرهٔ ارجاع
case-refer-none = هنوز هیچ مرکزی در فهرست ثبت نشده است.
case-referral-status = وضعیت
case-referral-feedback = بازخورد مرکز
case-referral-update = ذخیرهٔ وضعیت ارجاع
referral-made = ارجاع داده شد
referral-accepted = پذیرفته شد
referral-completed = به پایان رسید
referral-declined = رد شد
referral-no_show = مراجع حاضر نشد
case-documents = مدارک
case-documents-none = هنوز مدرکی وجود ندارد.
case-document-file = فایل (PDF، تصویر، متن، Word یا OpenDocument؛ حداکثر ۱۰ مگابایت)
case-document-upload = بارگذاری مدرک
