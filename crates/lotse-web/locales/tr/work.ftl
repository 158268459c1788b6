# Dosya planı (hedefler, adımlar, görevler) ve danışmanlar için genel bakış

case-plan = Hedefler, adımlar ve görevler
case-plan-none = Henüz bir şey planlanmadı.
case-plan-add = Kayıt ekle
case-plan-kind = Tür
case-plan-title = Açıklama
case-plan-due = Son tarih
case-plan-save = Kaydı kaydet
case-plan-done = Tamamlandı
case-plan-mark-done = Tamamlandı olarak işaretle
case-plan-overdue = süresi geçti
task-goal = Hedef
task-step = Adım
task-task = Görev
work-title = Çalışmalarım
work-my-cases = Açık dosyalarım
work-no-cases = Size atanmış açık dosya bulunmuyor.
work-search = Dosyalarımda ara
work-search-button = Ara
work-today = Bugünkü randevular
work-no-appointments = Bugün randevu yok.
work-tasks-due = Süresi gelen görevler (önümüzdeki 7 gün ve süresi geçenler)
work-no-tasks = Süresi gelen görev yok.
work-client = Danışan
