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
error-gone = Dieser Link ist abgelaufen.

## Anmeldung für Mitarbeitende
nav-login = Anmelden
nav-staff = Übersicht
nav-audit = Protokoll
nav-logout = Abmelden
login-title = Anmeldung für Mitarbeitende
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-help = Passwort vergessen? Bitte wenden Sie sich an die Administration Ihrer Organisation.
login-failed = E-Mail-Adresse oder Passwort ist falsch.
login-throttled = Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
login-2fa-title = Zweiter Faktor
login-2fa-code = Sechsstelliger Code aus Ihrer Authenticator-App
login-2fa-submit = Bestätigen
login-2fa-failed = Der Code stimmt nicht oder wurde schon benutzt.
login-2fa-too-many = Zu viele falsche Codes. Bitte melden Sie sich neu an.
login-2fa-recovery-hint = Kein Zugriff auf die App? Geben Sie einen Ihrer Wiederherstellungscodes ein.

## Zwei-Faktor-Authentisierung einrichten
twofa-title = Zwei-Faktor-Authentisierung
twofa-intro = Ihre Organisation schützt personenbezogene Daten mit einem zweiten Faktor. Scannen Sie den QR-Code mit einer Authenticator-App und geben Sie den angezeigten Code ein.
twofa-qr-label = QR-Code für die Authenticator-App
twofa-manual = Oder geben Sie diesen Schlüssel von Hand ein:
twofa-confirm = Einrichten
twofa-enabled = Die Zwei-Faktor-Authentisierung ist eingerichtet.
twofa-already = Die Zwei-Faktor-Authentisierung ist bereits eingerichtet. Zum Zurücksetzen wenden Sie sich an die Administration.
twofa-recovery-heading = Wiederherstellungscodes
twofa-recovery-text = Jeder Code funktioniert einmal, falls Sie keinen Zugriff auf die App haben. Bewahren Sie die Codes sicher auf; sie werden nur jetzt angezeigt.
twofa-continue = Weiter zur Übersicht

## Übersicht für Mitarbeitende
staff-title = Übersicht
staff-welcome = Willkommen, { $name }
staff-organisation = Organisation
staff-role = Rolle
staff-2fa = Zwei-Faktor-Authentisierung
staff-2fa-on = eingerichtet
staff-2fa-off = nicht eingerichtet
staff-2fa-setup = Jetzt einrichten
staff-sessions = Sitzungen
staff-logout-everywhere = Auf allen Geräten abmelden
role-admin = Administration
role-coordinator = Koordination
role-counselor = Beratung
role-legal_reviewer = Juristische Prüfung
role-streetworker = Digitale Streetwork

## Protokoll
audit-title = Protokoll der Zugriffe
audit-time = Zeit (UTC)
audit-action = Aktion
audit-actor = Person (ID)
audit-entity = Objekt
audit-purpose = Zweck
audit-detail = Detail
audit-from = Von
audit-to = Bis
audit-filter = Filtern
audit-count = { $count } Einträge
pagination-label = Seiten
pagination-previous = Zurück
pagination-next = Weiter
pagination-page = Seite { $page }

## Verwaltung
nav-users = Mitarbeitende
nav-settings = Einstellungen
admin-users-title = Mitarbeitende
admin-users-count = { $count } Konten
admin-name = Name
admin-status = Status
admin-active = aktiv
admin-inactive = deaktiviert
admin-invite-title = Person einladen
admin-invite-submit = Einladung erstellen
admin-invite-created = Die Einladung ist erstellt. Geben Sie diesen Link der Person auf sicherem Weg weiter; er gilt sieben Tage und wird nur jetzt angezeigt:
admin-invalid-email = Bitte geben Sie eine gültige E-Mail-Adresse an.
admin-invalid-name = Bitte geben Sie einen Namen mit höchstens 120 Zeichen an.
admin-invalid-role = Bitte wählen Sie eine Rolle.
admin-email-taken = Für diese E-Mail-Adresse gibt es schon ein Konto.
admin-save = Speichern
admin-saved = Gespeichert.
admin-2fa-reset = Zwei-Faktor-Authentisierung zurücksetzen
admin-2fa-reset-done = Die Zwei-Faktor-Authentisierung ist zurückgesetzt. Die Person richtet sie bei der nächsten Anmeldung neu ein.
admin-back = Zurück zur Liste
admin-settings-title = Einstellungen der Organisation
admin-tenant-name = Name der Organisation
admin-require-2fa = Zwei-Faktor-Authentisierung für alle Rollen verlangen, die personenbezogene Daten sehen
invite-title = Passwort festlegen
invite-password = Neues Passwort (mindestens 12 Zeichen)
invite-password-again = Passwort wiederholen
invite-submit = Passwort speichern
invite-mismatch = Die beiden Passwörter stimmen nicht überein.
invite-too-short = Das Passwort muss mindestens 12 und höchstens 256 Zeichen haben.
password-title = Passwort ändern
password-current = Aktuelles Passwort
password-wrong-current = Das aktuelle Passwort stimmt nicht.
password-changed = Ihr Passwort ist geändert. Auf anderen Geräten sind Sie jetzt abgemeldet.

## Termine (Kalenderdateien)
appointment-in_person = Beratungstermin vor Ort
appointment-phone = Telefonberatung
appointment-video = Videoberatung
admin-retention-days = Aufbewahrung abgeschlossener Fälle (Tage)
admin-retention-hint = Danach löscht Lotse Inhalte und Notizen des Falls; anonyme Zahlen für Statistiken bleiben. Drei Jahre sind 1095 Tage.

## Fallarbeit (Seiten für Beratende)
nav-clients = Ratsuchende
clients-title = Ratsuchende
clients-count = { $count } Ratsuchende
clients-empty = Noch keine Ratsuchenden angelegt.
clients-new-title = Ratsuchende Person anlegen
clients-alias = Pseudonym
clients-alias-hint = Ein Name, unter dem Sie die Person wiederfinden. Er muss nicht der echte Name sein.
clients-real-name = Name (freiwillig)
clients-languages = Sprachen (Kürzel, durch Komma getrennt, z. B. ar, de)
clients-consent-counseling = Die Person ist mit der Beratung und der Speicherung ihrer Daten einverstanden.
clients-create = Anlegen
clients-created = Die Person ist angelegt.
clients-invalid = Bitte prüfen Sie die Angaben: { $field }
client-title = Ratsuchende Person
client-profile = Angaben
client-date-of-birth = Geburtsdatum
client-email = E-Mail
client-phone = Telefon
client-notes = Notizen
client-not-given = nicht angegeben
client-consents = Einwilligungen
client-consent-given = erteilt am { $date }
client-consent-withdrawn = widerrufen am { $date }
client-no-consents = Noch keine Einwilligung erfasst.
client-consent-withdraw = Widerrufen
client-consent-record = Einwilligung erfassen
client-consent-purpose = Wofür
client-consent-language = Sprache des gezeigten Formulars
client-consent-record-hint = Erfasst wird die aktuelle Formularversion. Das Formular zum Ausdrucken:
client-consent-save = Einwilligung speichern
client-cases = Fälle
client-no-cases = Noch keine Fälle.
client-open-case = Fall eröffnen
client-case-title = Kurzer Titel
client-topics = Themen
client-export = Alle Daten dieser Person (Auskunft nach Art. 15 DSGVO)
case-title = Fall
case-status-open = offen
case-status-closed = abgeschlossen
case-timeline = Verlauf
case-timeline-empty = Noch keine Einträge.
case-note = Notiz
case-contact = Kontakt
case-add-note = Notiz hinzufügen
case-log-contact = Kontakt erfassen
case-mode = Art des Kontakts
case-duration = Dauer in Minuten
case-save = Speichern
case-close = Fall abschließen
case-outcome = Ergebnis
case-closed-notice = Der Fall ist abgeschlossen.
mode-in_person = persönlich
mode-phone = Telefon
mode-video = Video
mode-chat = Chat
mode-email = E-Mail
mode-messenger = Messenger
outcome-resolved = gelöst
outcome-referred = weitervermittelt
outcome-client_withdrew = von der Person beendet
outcome-no_contact = kein Kontakt mehr
outcome-other = anderes
topic-residence = Aufenthalt
topic-work_permit = Arbeitserlaubnis
topic-recognition = Anerkennung von Abschlüssen
topic-language_course = Sprachkurs
topic-job_search = Arbeitssuche
topic-application_documents = Bewerbungsunterlagen
topic-benefits = Sozialleistungen
topic-family = Familie
topic-housing = Wohnen
topic-health_insurance = Krankenversicherung
topic-school_childcare = Schule und Kinderbetreuung
topic-everyday_authorities = Ämter im Alltag
export-title = Auskunft über gespeicherte Daten
export-intro = Diese Seite zeigt alles, was Lotse über diese Person speichert (Art. 15 DSGVO), zum Ausdrucken oder Weitergeben.
export-origin = Herkunftsland
export-residence = Aufenthaltsstatus
export-special = besondere Kategorie personenbezogener Daten
export-created = angelegt am
export-access-log = Zugriffe auf diese Daten
