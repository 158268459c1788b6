# E-mail reminder for an appointment (plain text)

reminder-subject = Нагадування: ваша зустріч { $date } о { $time }
reminder-body =
    Доброго дня!

    Нагадуємо про вашу зустріч: { $kind }
    Коли: { $date } о { $time } (за часом Німеччини), { $minutes } хв.
    { $where }

    Якщо ви не зможете прийти, будь ласка, повідомте свого консультанта.

    Це повідомлення надіслано автоматично системою Lotse. Ви отримали його, бо погодилися на зв'язок електронною поштою.
reminder-where-in_person = Місце: { $place }
reminder-where-video = Відеокімната: { $link }
reminder-where-phone = Консультант вам зателефонує.
