# Dosya sayfasındaki randevular

case-appointments = Randevular
case-appointments-none = Henüz randevu yok.
case-book = Randevu oluştur
case-appointment-start = Başlangıç (Almanya yerel saati)
case-appointment-duration = Süre (dakika)
case-appointment-mode = Randevu türü
case-appointment-location = Yer (yüz yüze randevular için)
case-appointment-book = Randevuyu kaydet
case-appointment-ics = Takvim dosyası (.ics)
case-appointment-video-link = Görüntülü görüşme odasını aç
case-appointment-invalid = Lütfen tarihi, saati ve süreyi kontrol edin. Saat değişikliğinin yapıldığı gece bazı saatler hiç yoktur veya iki kez yaşanır.
