# Bilgi, danışma merkezleri, doğruluk kontrolü (herkese açık portal) ve editörlük (çalışanlar)

nav-knowledge = Bilgi
nav-services = Danışma merkezleri
nav-factcheck = Doğruluk kontrolü
nav-editorial = Editörlük
nav-reviews = İncelemeler

portal-title = Saksonya-Anhalt’ta yolunuzu bulun
portal-intro = Oturum, çalışma, dil, aile ve günlük yaşam hakkında güvenilir bilgiler – hukukçular tarafından kontrol edilmiş, kaynaklarıyla birlikte.
portal-search-title = Arama
portal-search-label = Ne arıyorsunuz?
portal-search-button = Ara
portal-results = { $count ->
    [one] Bir sonuç
   *[other] { $count } sonuç
    }
portal-no-results = Hiçbir şey bulunamadı. Başka kelimeler deneyin veya bir konu seçin.
portal-topics = Konular
portal-filter-topic = Konu
portal-filter-jurisdiction = Geçerli olduğu yer
portal-filter-all = Tümü
portal-articles-in-topic = Bu konudaki makaleler
portal-no-articles = Bu konuda henüz kontrol edilmiş makale yok.
portal-disclaimer = Bu bilgiler kişisel durumunuza yönelik danışmanlığın yerini tutmaz. Kişisel sorunuz için lütfen bir danışma merkezine başvurun.

jurisdiction-federal = Tüm Almanya
jurisdiction-state = Eyalet
jurisdiction-municipality = Belediye

article-checked = { $date } tarihinde hukuki açıdan kontrol edildi
article-review-expired = Bu makalenin düzenli kontrolünün zamanı geçti. Bazı bilgiler güncel olmayabilir.
article-fallback-notice = Bu makale henüz sizin dilinizde mevcut değil. Almanca sürümünü okuyorsunuz.
article-outdated-notice = Bu çeviri daha eski bir sürüme dayanıyor. Almanca sürüm daha güncel.
article-read-in = Diğer dillerde de okuyun:
article-legal-references = Yasal dayanaklar
article-sources = Kaynaklar
article-source-checked = { $date } tarihinde kontrol edildi
article-version = Sürüm { $version }
article-related-services = Uygun danışma merkezlerini bulun
article-plain-language = Sade Almanca
article-german = Almanca

services-title = Danışma merkezleri ve resmî daireler
services-intro = Size yakın yerleri konuya ve dile göre bulun.
services-postcode = Posta kodu (Postleitzahl)
services-radius = Arama çevresi (km)
services-town = Yer
services-language = Orada konuşulan dil
services-kind = Kurum türü
services-distance = { $km } km uzaklıkta
services-hours = Çalışma saatleri
services-contact = İletişim
services-accessibility = Engelsiz erişim
services-languages = Diller
services-topics = Konular
services-none = Uygun bir yer bulunamadı. Arama çevresini genişletin veya bir filtreyi kaldırın.
services-unknown-postcode = Bu posta kodunu tanımıyoruz. Mesafeye göre arama, Saksonya-Anhalt’taki posta kodları için yapılabilir.
services-found = { $count ->
    [one] Bir kurum
   *[other] { $count } kurum
    }

kind-authority = Resmî daire (Behörde)
kind-counseling_centre = Danışma merkezi (Beratungsstelle)
kind-language_school = Dil okulu
kind-job_centre = Jobcenter
kind-employment_agency = İş Ajansı (Agentur für Arbeit)
kind-health = Sağlık
kind-legal_aid = Hukuki danışmanlık
kind-recognition = Diplomaların tanınması (Anerkennung)
kind-housing = Konut
kind-school_childcare = Okul ve kreş (Kita)
kind-community = Topluluk ve gönüllülük
kind-other = Diğer

factcheck-title = Doğruluk kontrolü
factcheck-intro = Sosyal ağlardan ve mesajlaşma gruplarından söylentiler – ve gerçekte doğru olan.
factcheck-claim = İddia
factcheck-seen = görüldüğü yer: { $platform }, { $date } tarihinden beri
factcheck-correction = Doğrusu ne
factcheck-related = Daha fazla bilgi
factcheck-empty = Henüz kayıt yok.
verdict-false = Yanlış
verdict-misleading = Yanıltıcı
verdict-partly_true = Kısmen doğru
verdict-true = Doğru
verdict-unproven = Kanıtlanmamış
platform-other = diğer kanallar

editorial-title = Bilgi makaleleri
editorial-intro = Taslak yazın, hukuki incelemeye gönderin, çevirin. Yalnızca hukukçular yayımlar.
editorial-new = Yeni makale oluştur
editorial-slug = Adres için kısa ad (küçük harflerle, Türkçe karakter olmadan, tire ile)
editorial-topic = Konu
editorial-jurisdiction = Geçerli olduğu yer
editorial-area = Bölge (eyalet veya belediye; tüm Almanya için boş bırakın)
editorial-field-title = Başlık
editorial-summary = Özet
editorial-body = Metin (Markdown)
editorial-references = Yasal dayanaklar, her satıra bir tane: kanun | madde | bağlantı
editorial-sources = Kaynaklar, her satıra bir tane: başlık | bağlantı | kontrol tarihi (YYYY-AA-GG)
editorial-create = Taslak oluştur
editorial-save = Yeni sürüm olarak kaydet
editorial-submit = Hukuki incelemeye gönder
editorial-status = Durum
editorial-latest = En yeni sürüm
editorial-published = Yayımlanan sürüm
editorial-none = yok
editorial-history = Tüm sürümler
editorial-diff = Önceki sürümle farklar
editorial-diff-title = Sürüm { $from } ile sürüm { $to } arasındaki farklar
editorial-diff-removed = kaldırıldı
editorial-diff-added = eklendi
editorial-translations = Çeviriler
editorial-translation-current = güncel
editorial-translation-outdated = güncel değil (sürüm { $version } esas alınmış)
editorial-translation-missing = eksik
editorial-add-translation = Çeviriyi kaydet
editorial-language = Dil
editorial-review = Hukuki inceleme
editorial-review-due = İncelemenin geçerlilik sonu
editorial-publish = Bu sürümü onayla ve yayımla
editorial-return = Editörlere geri gönder
editorial-comment = Yorum
editorial-archive = Arşivle
editorial-signoffs = İnceleme kayıtları
editorial-decision-published = Onaylandı
editorial-decision-returned = Geri gönderildi
editorial-by = { $name } tarafından
editorial-open-portal = Portalda görüntüle
editorial-stale = Bu arada başka biri daha yeni bir sürüm kaydetti. Değişikliğiniz kaydedilmedi; sayfayı yeniden yükleyin.
editorial-wrong-status = Bu, mevcut durumda mümkün değil.
editorial-invalid = Lütfen kontrol edin: { $field }
editorial-taken = Bu kısa ad zaten kullanılıyor.
editorial-line-format = { $line }. satır beklenen biçimde değil.
editorial-saved = Kaydedildi.
editorial-author = Yazan: { $name }

status-draft = Taslak
status-in_review = İncelemede
status-published = Yayımlandı
status-archived = Arşivlendi
status-review_due = İnceleme zamanı geldi

reviews-title = İncelemeler
reviews-intro = İncelemenizi bekleyen makaleler ve incelemesinin süresi dolmuş yayımlanmış makaleler.
reviews-empty = Şu anda incelenecek bir şey yok.
