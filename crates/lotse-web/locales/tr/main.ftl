# Lotse – arayüz, Türkçe (tüm çevirilerin kaynak dili olan Almancadan çevrilmiştir).
# Anahtar kuralları: her dilde tam olarak aynı anahtarlar bulunur; değişkenler ($name) yalnızca Almanca dosyadaki gibi kullanılır.

## Her sayfanın çerçevesi
site-name = Lotse
site-tagline = Göç danışmanlığı – güvenli ve anlaşılır
skip-to-content = İçeriğe geç
nav-main-label = Ana gezinme
nav-home = Ana sayfa
language-switch-label = Dil seçin
language-current = Geçerli dil: { $language }
footer-label = Alt bilgi
footer-about = Lotse, göç danışmanlığı için özgür bir yazılımdır. Verileriniz danışmanlık merkezinde kalır.
footer-version = Sürüm { $version }

## Ana sayfa
home-title = Lotse’ye hoş geldiniz
home-intro = Burada Almanya’da oturum, çalışma, dil ve günlük yaşam hakkında yol gösterici bilgiler ve size danışmanlık yapacak kişiler bulabilirsiniz.
home-features-heading = Lotse sizin için neler yapar
home-feature-verified-title = Kontrol edilmiş bilgiler
home-feature-verified-text = Yanıtlarımızı hukukçular kontrol eder. Her bilgide kaynağı ve kontrol tarihi belirtilir.
home-feature-noapp-title = Uygulama olmadan danışmanlık
home-feature-noapp-text = Uygulamaya, telefon numarasına veya e-posta adresine ihtiyacınız yok. Bir erişim kodu yeterlidir.
home-feature-privacy-title = Verileriniz korunur
home-feature-privacy-text = Kişisel veriler şifreli olarak saklanır ve üçüncü kişilere verilmez.
home-languages-heading = Kendi dilinizde
home-languages-text = Lotse Almanca, İngilizce, Arapça, Ukraynaca, Rusça, Farsça ve Türkçe konuşur.

## JavaScript olmadan dil seçimi
language-page-title = Dil seçin
language-page-intro = Lotse’nin hangi dilde gösterileceğini seçin. Seçiminiz bir çerezde saklanır.

## Hatalar (sayfalar ve API)
error-page-title = Hata { $status }
error-back-home = Ana sayfaya dön
error-request-id = İşlem numarası: { $id }
error-bad_request = İstek geçersiz.
error-malformed_json = Gönderilen veriler geçerli bir JSON değil.
error-unsupported_media_type = Bu veri biçimi desteklenmiyor. Lütfen JSON gönderin.
error-unauthorized = Devam etmek için lütfen giriş yapın.
error-invalid_token = Erişim anahtarı geçersiz veya iptal edilmiş.
error-forbidden = Bunun için yetkiniz yok.
error-not_found = Bu sayfa mevcut değil.
error-method_not_allowed = Bu işlem burada yapılamaz.
error-payload_too_large = Gönderilen veriler çok büyük.
error-invalid_input = Bazı bilgiler geçersiz. Lütfen girdiğiniz bilgileri kontrol edin.
error-too_many_requests = Çok fazla istek gönderildi. Lütfen biraz bekleyin ve sonra tekrar deneyin.
error-internal = Dahili bir hata oluştu. Lütfen daha sonra tekrar deneyin.
error-unavailable = Hizmete şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.
error-conflict = Bu bilgiler zaten mevcut, örneğin zaten kullanılan bir e-posta adresi.
