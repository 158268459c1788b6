# E-mail reminder for an appointment (plain text)

reminder-subject = Reminder: your appointment on { $date } at { $time }
reminder-body =
    Hello,

    this is a reminder of your appointment: { $kind }
    When: { $date } at { $time } (German time), { $minutes } minutes
    { $where }

    If you cannot come, please let your counselor know.

    This message was sent automatically by Lotse. You receive it because you agreed to be contacted by e-mail.
reminder-where-in_person = Place: { $place }
reminder-where-video = Video room: { $link }
reminder-where-phone = Your counselor will call you.
