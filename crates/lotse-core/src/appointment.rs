//! Appointments and their iCalendar form. Times are stored as UTC instants and entered and shown in
//! Europe/Berlin, so an appointment at 10:00 stays at 10:00 on both sides of a daylight-saving change.

use crate::{AppointmentId, CaseId, ClientId, TenantId, Timestamp, UserId};
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

pub const LOCAL_ZONE: &str = "Europe/Berlin";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentMode {
    InPerson,
    Phone,
    Video,
}

impl AppointmentMode {
    pub const ALL: [AppointmentMode; 3] = [AppointmentMode::InPerson, AppointmentMode::Phone, AppointmentMode::Video];

    pub fn as_str(self) -> &'static str {
        match self {
            AppointmentMode::InPerson => "in_person",
            AppointmentMode::Phone => "phone",
            AppointmentMode::Video => "video",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Appointment {
    pub id: AppointmentId,
    pub tenant_id: TenantId,
    pub client_id: ClientId,
    pub case_id: Option<CaseId>,
    pub counselor_id: UserId,
    pub starts_at: Timestamp,
    pub duration_minutes: i64,
    pub mode: AppointmentMode,
    /// The place (an office address) for meetings in person.
    pub location: String,
    /// The meeting link for video appointments.
    pub video_url: String,
    pub created_at: Timestamp,
    pub cancelled_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    #[error("not a local date and time (YYYY-MM-DDTHH:MM)")]
    Format,
    #[error("this time does not exist or exists twice in Berlin because of the clock change")]
    Ambiguous,
    #[error("the time zone database has no Europe/Berlin")]
    Zone,
}

fn berlin() -> Result<TimeZone, LocalTimeError> {
    TimeZone::get(LOCAL_ZONE).map_err(|_| LocalTimeError::Zone)
}

/// `2026-03-29T10:00` in Berlin → the instant. Times in the spring gap or the autumn overlap are refused, so
/// nobody books 02:30 on a night when it does not exist.
pub fn parse_local(text: &str) -> Result<Timestamp, LocalTimeError> {
    let civil: DateTime = text.trim().parse().map_err(|_| LocalTimeError::Format)?;
    let instant = berlin()?.to_ambiguous_timestamp(civil).unambiguous().map_err(|_| LocalTimeError::Ambiguous)?;
    Ok(Timestamp(instant.as_millisecond()))
}

/// The instant as Berlin wall-clock time, `YYYY-MM-DDTHH:MM`, and its UTC offset (`+01:00`, `+02:00`).
pub fn format_local(at: Timestamp) -> Result<(String, String), LocalTimeError> {
    let zoned = jiff::Timestamp::from_millisecond(at.as_millis())
        .map_err(|_| LocalTimeError::Format)?
        .to_zoned_datetime(berlin()?);
    Ok((zoned.datetime().strftime("%Y-%m-%dT%H:%M").to_string(), zoned.offset().to_string()))
}

fn local_basic(at: Timestamp) -> Result<String, LocalTimeError> {
    let zoned = jiff::Timestamp::from_millisecond(at.as_millis())
        .map_err(|_| LocalTimeError::Format)?
        .to_zoned_datetime(berlin()?);
    Ok(zoned.datetime().strftime("%Y%m%dT%H%M%S").to_string())
}

fn utc_basic(at: Timestamp) -> Result<String, LocalTimeError> {
    let instant = jiff::Timestamp::from_millisecond(at.as_millis()).map_err(|_| LocalTimeError::Format)?;
    Ok(instant.strftime("%Y%m%dT%H%M%SZ").to_string())
}

/// The rules of Central European (Summer) Time as the EU has them: summer time from the last Sunday of March
/// 01:00 UTC to the last Sunday of October 01:00 UTC.
const BERLIN_VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// RFC 5545 text escaping.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace("\r\n", "\\n").replace('\n', "\\n")
}

/// RFC 5545 line folding: at most 75 octets per line, continuation lines start with a space.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// What an event says; no personal data of the client goes into a calendar file.
pub struct EventText<'a> {
    pub summary: &'a str,
    pub description: &'a str,
}

/// One VEVENT (with DTSTART/DTEND in Europe/Berlin) per appointment, in one VCALENDAR.
pub fn to_icalendar(
    appointments: &[(Appointment, EventText<'_>)],
    now: Timestamp,
    calendar_name: &str,
) -> Result<String, LocalTimeError> {
    let mut out =
        String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lotse//Lotse//DE\r\nCALSCALE:GREGORIAN\r\n");
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", escape(calendar_name))));
    out.push_str("X-WR-TIMEZONE:Europe/Berlin\r\n");
    out.push_str(BERLIN_VTIMEZONE);
    for (appointment, text) in appointments {
        let end = Timestamp(appointment.starts_at.as_millis() + appointment.duration_minutes * 60_000);
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&fold(&format!("UID:{}@lotse", appointment.id)));
        out.push_str(&format!("DTSTAMP:{}\r\n", utc_basic(now)?));
        out.push_str(&format!("DTSTART;TZID=Europe/Berlin:{}\r\n", local_basic(appointment.starts_at)?));
        out.push_str(&format!("DTEND;TZID=Europe/Berlin:{}\r\n", local_basic(end)?));
        out.push_str(&fold(&format!("SUMMARY:{}", escape(text.summary))));
        if !text.description.is_empty() {
            out.push_str(&fold(&format!("DESCRIPTION:{}", escape(text.description))));
        }
        match appointment.mode {
            AppointmentMode::Video if !appointment.video_url.is_empty() => {
                out.push_str(&fold(&format!("URL:{}", appointment.video_url)));
                out.push_str(&fold(&format!("LOCATION:{}", escape(&appointment.video_url))));
            }
            AppointmentMode::InPerson if !appointment.location.is_empty() => {
                out.push_str(&fold(&format!("LOCATION:{}", escape(&appointment.location))));
            }
            _ => {}
        }
        if appointment.cancelled_at.is_some() {
            out.push_str("STATUS:CANCELLED\r\n");
        } else {
            out.push_str("STATUS:CONFIRMED\r\n");
        }
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn berlin_wall_clock_survives_the_clock_change() {
        // 2026: summer time starts 29 March, ends 25 October.
        let before = parse_local("2026-03-28T10:00").unwrap_or(Timestamp(0));
        let after = parse_local("2026-03-30T10:00").unwrap_or(Timestamp(0));
        assert_eq!(format_local(before).ok(), Some(("2026-03-28T10:00".into(), "+01".into())));
        assert_eq!(format_local(after).ok(), Some(("2026-03-30T10:00".into(), "+02".into())));
        // 48 hours of wall clock are 47 real hours across the change.
        assert_eq!(after.as_millis() - before.as_millis(), 47 * 3_600_000);
        assert_eq!(parse_local("2026-03-29T02:30"), Err(LocalTimeError::Ambiguous), "does not exist");
        assert_eq!(parse_local("2026-10-25T02:30"), Err(LocalTimeError::Ambiguous), "exists twice");
        assert_eq!(parse_local("tomorrow at ten"), Err(LocalTimeError::Format));
    }

    #[test]
    fn folds_long_lines_and_escapes_text() {
        let folded = fold(&format!("DESCRIPTION:{}", "ä".repeat(60)));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(escape("a,b;c\nd\\"), "a\\,b\\;c\\nd\\\\");
    }
}
