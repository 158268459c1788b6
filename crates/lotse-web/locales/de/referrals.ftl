# Vermittlung an Stellen aus dem Verzeichnis (Fallarbeit)

case-referral = Vermittlung
case-refer = An eine Stelle vermitteln
case-refer-service = Stelle aus dem Verzeichnis
case-refer-note = Notiz zur Vermittlung (was vereinbart ist)
case-refer-button = Vermittlung speichern
case-refer-none = Im Verzeichnis gibt es noch keine Stellen.
case-referral-status = Stand
case-referral-feedback = Rückmeldung der Stelle
case-referral-update = Stand der Vermittlung speichern
referral-made = vermittelt
referral-accepted = angenommen
referral-completed = abgeschlossen
referral-declined = abgelehnt
referral-no_show = nicht wahrgenommen
case-documents = Dokumente
case-documents-none = Noch keine Dokumente.
case-document-file = Datei (PDF, Bild, Text, Word oder OpenDocument; höchstens 10 MB)
case-document-upload = Dokument hochladen
