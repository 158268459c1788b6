# Bekleme listesi ve dosyaların devri

nav-queue = Bekleme listesi
queue-title = Bekleme listesi
queue-intro = Henüz kimseye atanmamış açık dosyalar – en eskisi önce, konular ve danışanın dilleriyle birlikte.
queue-empty = Bekleme listesi boş.
queue-waiting-since = Bekleme başlangıcı
queue-take = Üstlen
case-assignee = Sorumlu
case-queue-nobody = kimse (bekleme listesi)
case-queue-back = Bekleme listesine geri gönder
case-hand-over = Devret
case-hand-over-to = Kime
case-hand-over-note = Devir notu

# Routing suggestions and what counselors handle
routing-postcode = Danışanın posta kodu (isteğe bağlı)
routing-postcode-hint = Dosyayı doğru bölgeye yönlendirmek için yalnızca ilk üç rakam saklanır.
routing-reason-region = bölge
routing-bad-topic = Bilinmeyen konu.
routing-bad-languages = Dilleri iki harfli kodlarla girin, örneğin ar, de, uk.
routing-bad-regions = Bölgeleri bir ila beş rakamlı posta kodu başlangıcı olarak girin, örneğin 06, 391.
routing-bad-team = Ekip adı en fazla 80 karakterdir ve virgül içermez.
routing-profile-title = Sorumlu olduklarım
routing-profile-intro = Bekleme listesi buna göre uygun dosyaları önerir: konu, dil ve bölgeye göre.
routing-team = Ekip
routing-languages = Danışmanlık dillerim
routing-languages-hint = Virgülle ayrılmış kodlar, örneğin de, ar, fa.
routing-regions = Bölgelerim
routing-regions-hint = Virgülle ayrılmış posta kodu başlangıçları, örneğin 06, 391.
routing-profile-save = Kaydet
routing-team-filter = Ekibe göre filtrele
routing-all-teams = Tümü
routing-my-team = ekibim
routing-suggested = Öneri
routing-no-suggestion = Uygun öneri yok
routing-assign = Ata
routing-to-team = Ekibe
