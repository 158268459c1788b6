# E-mail reminder for an appointment (plain text)

reminder-subject = Напоминание: ваша встреча { $date } в { $time }
reminder-body =
    Здравствуйте!

    Напоминаем о вашей встрече: { $kind }
    Когда: { $date } в { $time } (по времени Германии), { $minutes } мин.
    { $where }

    Если вы не сможете прийти, пожалуйста, сообщите своему консультанту.

    Это сообщение отправлено автоматически системой Lotse. Вы получили его, потому что согласились на связь по электронной почте.
reminder-where-in_person = Место: { $place }
reminder-where-video = Видеокомната: { $link }
reminder-where-phone = Консультант вам позвонит.
