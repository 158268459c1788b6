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
