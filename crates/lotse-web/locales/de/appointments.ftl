# Termine auf der Fallseite

case-appointments = Termine
case-appointments-none = Noch keine Termine.
case-book = Termin vereinbaren
case-appointment-start = Beginn (Ortszeit Deutschland)
case-appointment-duration = Dauer in Minuten
case-appointment-mode = Art des Termins
case-appointment-location = Ort (bei Terminen vor Ort)
case-appointment-book = Termin speichern
case-appointment-ics = Kalenderdatei (.ics)
case-appointment-video-link = Videoraum öffnen
case-appointment-invalid = Bitte prüfen Sie Datum, Uhrzeit und Dauer. In der Nacht der Zeitumstellung gibt es manche Uhrzeiten nicht oder doppelt.
