# Fallplan (Ziele, Schritte, Aufgaben) und die Übersicht für Beratende

case-plan = Ziele, Schritte und Aufgaben
case-plan-none = Noch nichts geplant.
case-plan-add = Eintrag hinzufügen
case-plan-kind = Art
case-plan-title = Beschreibung
case-plan-due = Fällig am
case-plan-save = Eintrag speichern
case-plan-done = Erledigt
case-plan-mark-done = Als erledigt markieren
case-plan-overdue = überfällig
task-goal = Ziel
task-step = Schritt
task-task = Aufgabe
work-title = Meine Arbeit
work-my-cases = Meine offenen Fälle
work-no-cases = Ihnen sind keine offenen Fälle zugewiesen.
work-search = In meinen Fällen suchen
work-search-button = Suchen
work-today = Termine heute
work-no-appointments = Heute keine Termine.
work-tasks-due = Fällige Aufgaben (nächste 7 Tage und überfällig)
work-no-tasks = Keine fälligen Aufgaben.
work-client = Ratsuchende Person
