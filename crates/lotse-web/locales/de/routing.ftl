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

# Routing suggestions and what counselors handle
routing-postcode = Postleitzahl der ratsuchenden Person (freiwillig)
routing-postcode-hint = Nur die ersten drei Ziffern werden gespeichert, um den Fall der passenden Region zuzuordnen.
routing-reason-region = Region
routing-bad-topic = Unbekanntes Thema.
routing-bad-languages = Sprachen bitte als Kürzel mit zwei Buchstaben angeben, zum Beispiel ar, de, uk.
routing-bad-regions = Regionen bitte als Anfang einer Postleitzahl mit ein bis fünf Ziffern angeben, zum Beispiel 06, 391.
routing-bad-team = Der Teamname hat höchstens 80 Zeichen und kein Komma.
routing-profile-title = Wofür ich zuständig bin
routing-profile-intro = Damit schlägt die Warteschlange wartende Fälle passend vor: nach Thema, Sprache und Region.
routing-team = Team
routing-languages = Meine Beratungssprachen
routing-languages-hint = Kürzel, durch Kommas getrennt, zum Beispiel de, ar, fa.
routing-regions = Meine Regionen
routing-regions-hint = Anfänge von Postleitzahlen, durch Kommas getrennt, zum Beispiel 06, 391.
routing-profile-save = Zuständigkeit speichern
routing-team-filter = Nach Team filtern
routing-all-teams = Alle
routing-my-team = mein Team
routing-suggested = Vorschlag
routing-no-suggestion = Kein passender Vorschlag
routing-assign = Zuweisen
routing-to-team = An das Team
