# E-mail reminder for an appointment (plain text)

reminder-subject = Hatırlatma: { $date } tarihinde saat { $time } randevunuz
reminder-body =
    Merhaba,

    randevunuzu hatırlatmak isteriz: { $kind }
    Ne zaman: { $date }, saat { $time } (Almanya saati), { $minutes } dakika
    { $where }

    Gelemeyecekseniz lütfen danışmanınıza haber verin.

    Bu mesaj Lotse tarafından otomatik olarak gönderildi. E-posta ile iletişime onay verdiğiniz için bu mesajı alıyorsunuz.
reminder-where-in_person = Yer: { $place }
reminder-where-video = Video odası: { $link }
reminder-where-phone = Danışmanınız sizi arayacak.
