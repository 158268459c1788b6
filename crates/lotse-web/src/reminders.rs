//! The words of appointment reminders, from the Fluent messages in the client's language.

use crate::i18n::Locale;
use lotse_core::appointment::{Appointment, AppointmentMode, format_local};
use lotse_core::reminder::ReminderWriter;

pub struct FluentReminders;

impl ReminderWriter for FluentReminders {
    fn write(&self, languages: &[String], appointment: &Appointment) -> (String, String) {
        let locale = languages.iter().find_map(|code| Locale::from_code(code)).unwrap_or(Locale::De);
        let local = format_local(appointment.starts_at).map(|(local, _)| local).unwrap_or_default();
        // `YYYY-MM-DDTHH:MM` → `DD.MM.YYYY` and `HH:MM`, as dates are written in Germany.
        let (date, time) = match local.split_once('T') {
            Some((day, time)) => {
                let parts: Vec<&str> = day.split('-').collect();
                (parts.iter().rev().copied().collect::<Vec<_>>().join("."), time.to_string())
            }
            None => (local.clone(), String::new()),
        };
        let mode = appointment.mode.as_str();
        let place = match appointment.mode {
            AppointmentMode::InPerson => {
                locale.t_with("reminder-where-in_person", &[("place", appointment.location.clone())])
            }
            AppointmentMode::Video => locale.t_with("reminder-where-video", &[("link", appointment.video_url.clone())]),
            AppointmentMode::Phone => locale.t("reminder-where-phone"),
        };
        let subject = locale.t_with("reminder-subject", &[("date", date.clone()), ("time", time.clone())]);
        let body = locale.t_with(
            "reminder-body",
            &[
                ("kind", locale.t(&format!("appointment-{mode}"))),
                ("date", date),
                ("time", time),
                ("minutes", appointment.duration_minutes.to_string()),
                ("where", place),
            ],
        );
        (subject, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lotse_core::{AppointmentId, ClientId, TenantId, Timestamp, UserId};

    fn video_at(local: &str) -> Appointment {
        Appointment {
            id: AppointmentId::generate(),
            tenant_id: TenantId::generate(),
            client_id: ClientId::generate(),
            case_id: None,
            counselor_id: UserId::generate(),
            starts_at: lotse_core::appointment::parse_local(local).unwrap_or(Timestamp(0)),
            duration_minutes: 45,
            mode: AppointmentMode::Video,
            location: String::new(),
            video_url: "https://meet.example.org/lotse-abc".into(),
            created_at: Timestamp(0),
            cancelled_at: None,
        }
    }

    #[test]
    fn writes_in_the_clients_first_known_language_with_berlin_time() {
        let appointment = video_at("2026-10-26T09:30");
        let (subject, body) = FluentReminders.write(&["so".into(), "ar".into()], &appointment);
        assert!(subject.contains("تذكير"), "{subject}");
        assert!(subject.contains("26.10.2026") && subject.contains("09:30"), "{subject}");
        assert!(body.contains("https://meet.example.org/lotse-abc"), "{body}");
        let (german, _) = FluentReminders.write(&[], &appointment);
        assert!(german.starts_with("Erinnerung"), "{german}");
    }
}
