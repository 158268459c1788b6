# Lotse – Oberfläche, Deutsch (Ausgangssprache aller Übersetzungen).
# Schlüssel-Regeln: jede Sprache hat genau dieselben Schlüssel; Variablen ($name) nur wie hier benutzt.

## Rahmen jeder Seite
site-name = Lotse
site-tagline = Beratung für Migration – sicher und verständlich
skip-to-content = Zum Inhalt springen
nav-main-label = Hauptnavigation
nav-home = Start
language-switch-label = Sprache wählen
language-current = Aktuelle Sprache: { $language }
footer-label = Fußzeile
footer-about = Lotse ist freie Software für die Migrationsberatung. Ihre Daten bleiben bei der Beratungsstelle.
footer-version = Version { $version }

## Startseite
home-title = Willkommen bei Lotse
home-intro = Hier finden Sie Orientierung zu Aufenthalt, Arbeit, Sprache und Alltag in Deutschland – und Menschen, die Sie beraten.
home-features-heading = Was Lotse für Sie tut
home-feature-verified-title = Geprüfte Informationen
home-feature-verified-text = Unsere Antworten prüfen Juristinnen und Juristen. Jede Auskunft nennt ihre Quelle und das Datum der Prüfung.
home-feature-noapp-title = Beratung ohne App
home-feature-noapp-text = Sie brauchen keine App, keine Telefonnummer und keine E-Mail-Adresse. Ein Zugangscode genügt.
home-feature-privacy-title = Ihre Daten sind geschützt
home-feature-privacy-text = Persönliche Daten werden verschlüsselt gespeichert und nicht an Dritte weitergegeben.
home-languages-heading = In Ihrer Sprache
home-languages-text = Lotse spricht Deutsch, Englisch, Arabisch, Ukrainisch, Russisch, Persisch und Türkisch.

## Sprachauswahl ohne JavaScript
language-page-title = Sprache wählen
language-page-intro = Wählen Sie die Sprache, in der Lotse angezeigt werden soll. Ihre Wahl wird in einem Cookie gespeichert.

## Fehler (Seiten und API)
error-page-title = Fehler { $status }
error-back-home = Zur Startseite
error-request-id = Vorgangsnummer: { $id }
error-bad_request = Die Anfrage ist ungültig.
error-malformed_json = Die gesendeten Daten sind kein gültiges JSON.
error-unsupported_media_type = Dieses Datenformat wird nicht unterstützt. Bitte senden Sie JSON.
error-unauthorized = Bitte melden Sie sich an, um fortzufahren.
error-invalid_token = Der Zugangsschlüssel ist ungültig oder wurde widerrufen.
error-forbidden = Dafür fehlt Ihnen die Berechtigung.
error-not_found = Diese Seite gibt es nicht.
error-method_not_allowed = Diese Aktion ist hier nicht möglich.
error-payload_too_large = Die gesendeten Daten sind zu groß.
error-invalid_input = Einige Angaben sind ungültig. Bitte prüfen Sie die Eingaben.
error-too_many_requests = Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
error-internal = Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.
error-unavailable = Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.
error-conflict = Diese Angaben gibt es schon, zum Beispiel eine E-Mail-Adresse, die bereits vergeben ist.
