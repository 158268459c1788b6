# Warteschlange und Übergabe von Fällen

nav-queue = Warteschlange
queue-title = Warteschlange
queue-intro = Offene Fälle, die noch niemandem zugewiesen sind – die ältesten zuerst, mit Themen und Sprachen der ratsuchenden Person.
queue-empty = Die Warteschlange ist leer.
queue-waiting-since = Wartet seit
queue-take = Übernehmen
case-assignee = Zuständig
case-queue-nobody = niemand (Warteschlange)
case-queue-back = Zurück in die Warteschlange
case-hand-over = Übergeben
case-hand-over-to = An
case-hand-over-note = Übergabenotiz
