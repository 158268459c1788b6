# Rehberdeki kurumlara yönlendirme (dosya çalışması)

case-referral = Yönlendirme
case-refer = Bir kuruma yönlendir
case-refer-service = Rehberden kurum
case-refer-note = Yönlendirmeyle ilgili not (neler kararlaştırıldı)
case-refer-button = Yönlendirmeyi kaydet
case-refer-none = Rehberde henüz kurum yok.
case-referral-status = Durum
case-referral-feedback = Kurumdan gelen geri bildirim
case-referral-update = Yönlendirme durumunu kaydet
referral-made = yönlendirildi
referral-accepted = kabul edildi
referral-completed = tamamlandı
referral-declined = reddedildi
referral-no_show = danışan gelmedi
case-documents = Belgeler
case-documents-none = Henüz belge yok.
case-document-file = Dosya (PDF, resim, metin, Word veya OpenDocument; en fazla 10 MB)
case-document-upload = Belgeyi yükle
