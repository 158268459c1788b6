# Wissen, Beratungsstellen, Faktencheck (öffentliches Portal) und Redaktion (Mitarbeitende)

nav-knowledge = Wissen
nav-services = Beratungsstellen
nav-factcheck = Faktencheck
nav-editorial = Redaktion
nav-reviews = Prüfungen

portal-title = Orientierung in Sachsen-Anhalt
portal-intro = Geprüfte Informationen zu Aufenthalt, Arbeit, Sprache, Familie und Alltag – von Juristinnen und Juristen geprüft, mit Quellen.
portal-search-title = Suche
portal-search-label = Wonach suchen Sie?
portal-search-button = Suchen
portal-results = { $count ->
    [one] Ein Ergebnis
   *[other] { $count } Ergebnisse
}
portal-no-results = Nichts gefunden. Versuchen Sie andere Wörter oder wählen Sie ein Thema.
portal-topics = Themen
portal-filter-topic = Thema
portal-filter-jurisdiction = Geltungsbereich
portal-filter-all = Alle
portal-articles-in-topic = Artikel zum Thema
portal-no-articles = Zu diesem Thema gibt es noch keine geprüften Artikel.
portal-disclaimer = Diese Informationen ersetzen keine Beratung im Einzelfall. Wenden Sie sich mit Ihrer persönlichen Frage an eine Beratungsstelle.

jurisdiction-federal = Bundesweit
jurisdiction-state = Land
jurisdiction-municipality = Kommune

article-checked = Rechtlich geprüft am { $date }
article-review-expired = Die regelmäßige Prüfung dieses Artikels ist überfällig. Einzelne Angaben können veraltet sein.
article-fallback-notice = Diesen Artikel gibt es noch nicht in Ihrer Sprache. Sie lesen die deutsche Fassung.
article-outdated-notice = Diese Übersetzung beruht auf einer älteren Fassung. Die deutsche Fassung ist aktueller.
article-read-in = Auch lesen in:
article-legal-references = Rechtsgrundlagen
article-sources = Quellen
article-source-checked = geprüft am { $date }
article-version = Fassung { $version }
article-related-services = Passende Beratungsstellen finden
article-plain-language = Einfache Sprache
article-german = Deutsch

services-title = Beratungsstellen und Behörden
services-intro = Finden Sie Stellen in Ihrer Nähe nach Thema und Sprache.
services-postcode = Postleitzahl
services-radius = Umkreis in km
services-town = Ort
services-language = Sprache, die dort gesprochen wird
services-kind = Art der Stelle
services-distance = { $km } km entfernt
services-hours = Öffnungszeiten
services-contact = Kontakt
services-accessibility = Barrierefreiheit
services-languages = Sprachen
services-topics = Themen
services-none = Keine passende Stelle gefunden. Vergrößern Sie den Umkreis oder lassen Sie einen Filter weg.
services-unknown-postcode = Diese Postleitzahl kennen wir nicht. Die Suche nach Entfernung gibt es für Postleitzahlen in Sachsen-Anhalt.
services-found = { $count ->
    [one] Eine Stelle
   *[other] { $count } Stellen
}

kind-authority = Behörde
kind-counseling_centre = Beratungsstelle
kind-language_school = Sprachschule
kind-job_centre = Jobcenter
kind-employment_agency = Agentur für Arbeit
kind-health = Gesundheit
kind-legal_aid = Rechtsberatung
kind-recognition = Anerkennung
kind-housing = Wohnen
kind-school_childcare = Schule und Kita
kind-community = Gemeinschaft und Ehrenamt
kind-other = Sonstiges

factcheck-title = Faktencheck
factcheck-intro = Gerüchte aus sozialen Netzwerken und Messenger-Gruppen – und was wirklich stimmt.
factcheck-claim = Behauptung
factcheck-seen = gesehen auf { $platform } seit { $date }
factcheck-correction = Was stimmt
factcheck-related = Mehr dazu
factcheck-empty = Noch keine Einträge.
verdict-false = Falsch
verdict-misleading = Irreführend
verdict-partly_true = Teilweise richtig
verdict-true = Richtig
verdict-unproven = Nicht belegt
platform-other = anderen Kanälen

editorial-title = Wissensartikel
editorial-intro = Entwürfe schreiben, zur rechtlichen Prüfung geben, übersetzen. Nur Juristinnen und Juristen veröffentlichen.
editorial-new = Neuen Artikel anlegen
editorial-slug = Kurzname für die Adresse (klein, mit Bindestrichen)
editorial-topic = Thema
editorial-jurisdiction = Geltungsbereich
editorial-area = Gebiet (Land oder Kommune; leer bei bundesweit)
editorial-field-title = Titel
editorial-summary = Zusammenfassung
editorial-body = Text (Markdown)
editorial-references = Rechtsgrundlagen, eine je Zeile: Gesetz | Paragraf | Link
editorial-sources = Quellen, eine je Zeile: Titel | Link | geprüft am (JJJJ-MM-TT)
editorial-create = Entwurf anlegen
editorial-save = Als neue Fassung speichern
editorial-submit = Zur rechtlichen Prüfung geben
editorial-status = Status
editorial-latest = Neueste Fassung
editorial-published = Veröffentlichte Fassung
editorial-none = keine
editorial-history = Alle Fassungen
editorial-diff = Unterschiede zur vorigen Fassung
editorial-diff-title = Unterschiede von Fassung { $from } zu Fassung { $to }
editorial-diff-removed = entfernt
editorial-diff-added = neu
editorial-translations = Übersetzungen
editorial-translation-current = aktuell
editorial-translation-outdated = veraltet (aus Fassung { $version })
editorial-translation-missing = fehlt
editorial-add-translation = Übersetzung speichern
editorial-language = Sprache
editorial-review = Rechtliche Prüfung
editorial-review-due = Prüfung gültig bis
editorial-publish = Diese Fassung freigeben und veröffentlichen
editorial-return = An die Redaktion zurückgeben
editorial-comment = Kommentar
editorial-archive = Archivieren
editorial-signoffs = Prüfvermerke
editorial-decision-published = Freigegeben
editorial-decision-returned = Zurückgegeben
editorial-by = von { $name }
editorial-open-portal = Im Portal ansehen
editorial-stale = Jemand hat inzwischen eine neuere Fassung gespeichert. Ihre Änderung wurde nicht übernommen; laden Sie die Seite neu.
editorial-wrong-status = Das ist im aktuellen Status nicht möglich.
editorial-invalid = Bitte prüfen Sie: { $field }
editorial-taken = Dieser Kurzname ist schon vergeben.
editorial-line-format = Zeile { $line } hat nicht das erwartete Format.
editorial-saved = Gespeichert.
editorial-author = Verfasst von { $name }

status-draft = Entwurf
status-in_review = In Prüfung
status-published = Veröffentlicht
status-archived = Archiviert
status-review_due = Prüfung fällig

reviews-title = Prüfungen
reviews-intro = Artikel, die auf Ihre Prüfung warten, und veröffentlichte Artikel, deren Prüfung abgelaufen ist.
reviews-empty = Zurzeit ist nichts zu prüfen.
