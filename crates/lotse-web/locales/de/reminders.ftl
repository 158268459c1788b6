# E-mail reminder for an appointment (plain text)

reminder-subject = Erinnerung: Ihr Termin am { $date } um { $time } Uhr
reminder-body =
    Guten Tag,

    wir erinnern Sie an Ihren Termin: { $kind }
    Wann: { $date } um { $time } Uhr (deutsche Zeit), { $minutes } Minuten
    { $where }

    Wenn Sie nicht kommen können, sagen Sie bitte Ihrer Beraterin oder Ihrem Berater Bescheid.

    Diese Nachricht wurde automatisch von Lotse gesendet. Sie bekommen sie, weil Sie der Kontaktaufnahme per E-Mail zugestimmt haben.
reminder-where-in_person = Ort: { $place }
reminder-where-video = Videoraum: { $link }
reminder-where-phone = Ihre Beraterin oder Ihr Berater ruft Sie an.
