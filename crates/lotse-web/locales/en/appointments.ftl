# Appointments on the case page

case-appointments = Appointments
case-appointments-none = No appointments yet.
case-book = Book an appointment
case-appointment-start = Start (local time in Germany)
case-appointment-duration = Duration in minutes
case-appointment-mode = Kind of appointment
case-appointment-location = Place (for appointments in person)
case-appointment-book = Save appointment
case-appointment-ics = Calendar file (.ics)
case-appointment-video-link = Open the video room
case-appointment-invalid = Please check the date, time and duration. On the night the clocks change, some times do not exist or occur twice.
