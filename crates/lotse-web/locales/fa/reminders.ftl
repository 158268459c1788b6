# E-mail reminder for an appointment (plain text)

reminder-subject = یادآوری: وقت ملاقات شما در { $date } ساعت { $time }
reminder-body =
    سلام،

    وقت ملاقات شما را یادآوری می‌کنیم: { $kind }
    زمان: { $date } ساعت { $time } (به وقت آلمان)، { $minutes } دقیقه
    { $where }

    اگر نمی‌توانید بیایید، لطفاً به مشاور خود اطلاع دهید.

    این پیام به‌طور خودکار از Lotse فرستاده شده است. آن را دریافت می‌کنید چون با تماس از طریق ایمیل موافقت کرده‌اید.
reminder-where-in_person = مکان: { $place }
reminder-where-video = اتاق ویدیو: { $link }
reminder-where-phone = مشاور شما با شما تماس می‌گیرد.
