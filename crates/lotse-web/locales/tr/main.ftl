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
error-gone = Bu bağlantının süresi doldu.

## Çalışan girişi
nav-login = Giriş yap
nav-staff = Genel bakış
nav-audit = Erişim kaydı
nav-logout = Çıkış yap
login-title = Çalışan girişi
login-email = E-posta adresi
login-password = Şifre
login-submit = Giriş yap
login-help = Şifrenizi mi unuttunuz? Lütfen kurumunuzun yönetimine başvurun.
login-failed = E-posta adresi veya şifre yanlış.
login-throttled = Çok fazla başarısız giriş denemesi yapıldı. Lütfen { $minutes } dakika bekleyin ve sonra tekrar deneyin.
login-2fa-title = İkinci faktör
login-2fa-code = Kimlik doğrulama uygulamanızdaki altı haneli kod
login-2fa-submit = Onayla
login-2fa-failed = Kod yanlış veya daha önce kullanılmış.
login-2fa-too-many = Çok fazla yanlış kod girildi. Lütfen yeniden giriş yapın.
login-2fa-recovery-hint = Uygulamaya erişiminiz yok mu? Kurtarma kodlarınızdan birini girin.

## İki faktörlü kimlik doğrulamayı kurma
twofa-title = İki faktörlü kimlik doğrulama
twofa-intro = Kurumunuz kişisel verileri ikinci bir faktörle korur. QR kodunu bir kimlik doğrulama uygulamasıyla tarayın ve gösterilen kodu girin.
twofa-qr-label = Kimlik doğrulama uygulaması için QR kodu
twofa-manual = Veya bu anahtarı elle girin:
twofa-confirm = Kur
twofa-enabled = İki faktörlü kimlik doğrulama kuruldu.
twofa-already = İki faktörlü kimlik doğrulama zaten kurulu. Sıfırlamak için lütfen yönetime başvurun.
twofa-recovery-heading = Kurtarma kodları
twofa-recovery-text = Uygulamaya erişemediğiniz durumlarda her kod bir kez çalışır. Kodları güvenli bir yerde saklayın; yalnızca şimdi gösterilirler.
twofa-continue = Genel bakışa devam et

## Çalışanlar için genel bakış
staff-title = Genel bakış
staff-welcome = Hoş geldiniz, { $name }
staff-organisation = Kurum
staff-role = Rol
staff-2fa = İki faktörlü kimlik doğrulama
staff-2fa-on = kurulu
staff-2fa-off = kurulu değil
staff-2fa-setup = Şimdi kur
staff-sessions = Oturumlar
staff-logout-everywhere = Tüm cihazlarda çıkış yap
role-admin = Yönetim
role-coordinator = Koordinasyon
role-counselor = Danışmanlık
role-legal_reviewer = Hukuki inceleme
role-streetworker = Dijital sokak çalışması

## Erişim kaydı
audit-title = Erişim kaydı
audit-time = Zaman (UTC)
audit-action = İşlem
audit-actor = Kişi (ID)
audit-entity = Nesne
audit-purpose = Amaç
audit-detail = Ayrıntı
audit-from = Başlangıç
audit-to = Bitiş
audit-filter = Filtrele
audit-count = { $count } kayıt
pagination-label = Sayfalar
pagination-previous = Önceki
pagination-next = Sonraki
pagination-page = Sayfa { $page }

## Yönetim
nav-users = Çalışanlar
nav-settings = Ayarlar
admin-users-title = Çalışanlar
admin-users-count = { $count } hesap
admin-name = Ad
admin-status = Durum
admin-active = etkin
admin-inactive = devre dışı
admin-invite-title = Kişi davet et
admin-invite-submit = Davet oluştur
admin-invite-created = Davet oluşturuldu. Bu bağlantıyı kişiye güvenli bir yolla iletin; bağlantı yedi gün geçerlidir ve yalnızca şimdi gösterilir:
admin-invalid-email = Lütfen geçerli bir e-posta adresi girin.
admin-invalid-name = Lütfen en fazla 120 karakterden oluşan bir ad girin.
admin-invalid-role = Lütfen bir rol seçin.
admin-email-taken = Bu e-posta adresi için zaten bir hesap var.
admin-save = Kaydet
admin-saved = Kaydedildi.
admin-2fa-reset = İki faktörlü kimlik doğrulamayı sıfırla
admin-2fa-reset-done = İki faktörlü kimlik doğrulama sıfırlandı. Kişi bir sonraki girişinde bunu yeniden kuracak.
admin-back = Listeye dön
admin-settings-title = Kurum ayarları
admin-tenant-name = Kurumun adı
admin-require-2fa = Kişisel verileri gören tüm roller için iki faktörlü kimlik doğrulamayı zorunlu kıl
invite-title = Şifre belirleyin
invite-password = Yeni şifre (en az 12 karakter)
invite-password-again = Şifreyi tekrarlayın
invite-submit = Şifreyi kaydet
invite-mismatch = İki şifre birbiriyle uyuşmuyor.
invite-too-short = Şifre en az 12, en fazla 256 karakter içermelidir.
password-title = Parolayı değiştir
password-current = Mevcut parola
password-wrong-current = Mevcut parola doğru değil.
password-changed = Parolanız değiştirildi. Diğer cihazlarda oturumunuz kapatıldı.

## Termine (Kalenderdateien)
appointment-in_person = Yüz yüze danışmanlık randevusu
appointment-phone = Telefonla danışmanlık
appointment-video = Görüntülü danışmanlık
admin-retention-days = Kapatılan dosyaların saklanma süresi (gün)
admin-retention-hint = Bu sürenin sonunda Lotse dosyanın içeriğini ve notlarını siler; istatistik için anonim sayılar kalır. Üç yıl 1095 gündür.

## Dosya çalışması (danışmanlar için sayfalar)
nav-clients = Danışanlar
clients-title = Danışanlar
clients-count = { $count } danışan
clients-empty = Henüz danışan eklenmedi.
clients-new-title = Danışan ekle
clients-alias = Takma ad
clients-alias-hint = Kişiyi yeniden bulabileceğiniz bir ad. Gerçek adı olması gerekmez.
clients-real-name = Ad (isteğe bağlı)
clients-languages = Diller (kısaltmalar, virgülle ayrılmış, örn. ar, de)
clients-consent-counseling = Kişi, danışmanlık almayı ve verilerinin saklanmasını kabul ediyor.
clients-create = Ekle
clients-created = Danışan eklendi.
clients-invalid = Lütfen bilgileri kontrol edin: { $field }
client-title = Danışan
client-profile = Bilgiler
client-date-of-birth = Doğum tarihi
client-email = E-posta
client-phone = Telefon
client-notes = Notlar
client-not-given = belirtilmedi
client-consents = Onaylar
client-consent-given = { $date } tarihinde verildi
client-consent-withdrawn = { $date } tarihinde geri alındı
client-no-consents = Henüz onay kaydedilmedi.
client-consent-withdraw = Geri al
client-consent-record = Onay kaydet
client-consent-purpose = Ne için
client-consent-language = Gösterilen formun dili
client-consent-record-hint = Formun güncel sürümü kaydedilir. Yazdırılacak form:
client-consent-save = Onayı kaydet
client-cases = Dosyalar
client-no-cases = Henüz dosya yok.
client-open-case = Dosya aç
client-case-title = Kısa başlık
client-topics = Konular
client-export = Bu kişinin tüm verileri (GDPR 15. madde uyarınca bilgi talebi)
case-title = Dosya
case-status-open = açık
case-status-closed = kapatıldı
case-timeline = Süreç
case-timeline-empty = Henüz kayıt yok.
case-note = Not
case-contact = İletişim
case-add-note = Not ekle
case-log-contact = İletişimi kaydet
case-mode = İletişim türü
case-duration = Süre (dakika)
case-save = Kaydet
case-close = Dosyayı kapat
case-outcome = Sonuç
case-closed-notice = Dosya kapatıldı.
mode-in_person = yüz yüze
mode-phone = telefon
mode-video = görüntülü
mode-chat = sohbet
mode-email = e-posta
mode-messenger = mesajlaşma uygulaması
outcome-resolved = çözüldü
outcome-referred = yönlendirildi
outcome-client_withdrew = danışan tarafından sonlandırıldı
outcome-no_contact = iletişim kesildi
outcome-other = diğer
topic-residence = Oturum
topic-work_permit = Çalışma izni
topic-recognition = Diplomaların tanınması
topic-language_course = Dil kursu
topic-job_search = İş arama
topic-application_documents = Başvuru belgeleri
topic-benefits = Sosyal yardımlar
topic-family = Aile
topic-housing = Konut
topic-health_insurance = Sağlık sigortası
topic-school_childcare = Okul ve çocuk bakımı
topic-everyday_authorities = Günlük hayatta resmî daireler
export-title = Kayıtlı veriler hakkında bilgi
export-intro = Bu sayfa, Lotse'nin bu kişi hakkında sakladığı her şeyi gösterir (GDPR 15. madde); yazdırmak veya teslim etmek için.
export-origin = Geldiği ülke
export-residence = Oturum durumu
export-special = özel nitelikli kişisel veri
export-created = oluşturulma tarihi
export-access-log = Bu verilere erişimler
