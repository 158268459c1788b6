//! When a counselor can be booked: weekly windows in Berlin wall-clock time, cut into slots. A client books a
//! free slot through a booking link the counselor gave them; the slot must still be free when the booking
//! arrives.

use crate::appointment::{Appointment, AppointmentMode, LOCAL_ZONE};
use crate::store::{Store, StoreError};
use crate::{AvailabilityId, CaseId, TenantId, Timestamp, UserId};
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use serde::Serialize;

/// Clients book at least this long ahead, so a counselor is not surprised by a booking for the next minutes.
pub const BOOKING_LEAD_MS: i64 = 2 * 3_600_000;
/// How far ahead slots are offered.
pub const BOOKING_DAYS: i64 = 21;
/// How long a booking link is valid.
pub const LINK_VALID_MS: i64 = 14 * 24 * 3_600_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AvailabilityWindow {
    pub id: AvailabilityId,
    pub tenant_id: TenantId,
    pub user_id: UserId,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i64,
    /// Minutes after local midnight.
    pub starts_minute: i64,
    pub ends_minute: i64,
    pub slot_minutes: i64,
    pub modes: Vec<AppointmentMode>,
    /// The place for appointments in person.
    pub location: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WindowError {
    #[error("the weekday must be 1 (Monday) to 7 (Sunday)")]
    Weekday,
    #[error("times are HH:MM and the end comes after the start")]
    Times,
    #[error("a slot lasts 15 to 240 minutes and fits into the window")]
    SlotLength,
    #[error("choose at least one kind of appointment")]
    Modes,
    #[error("the place is too long")]
    Location,
}

/// `HH:MM` → minutes after midnight (`24:00` allowed as an end).
pub fn parse_clock(text: &str) -> Option<i64> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
    ((0..=23).contains(&h) && (0..=59).contains(&m) || (h == 24 && m == 0)).then_some(h * 60 + m)
}

pub fn format_clock(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[allow(clippy::too_many_arguments)]
pub fn new_window(
    tenant: &TenantId,
    user: &UserId,
    weekday: i64,
    starts: &str,
    ends: &str,
    slot_minutes: i64,
    modes: Vec<AppointmentMode>,
    location: &str,
    now: Timestamp,
) -> Result<AvailabilityWindow, WindowError> {
    if !(1..=7).contains(&weekday) {
        return Err(WindowError::Weekday);
    }
    let (starts_minute, ends_minute) = match (parse_clock(starts), parse_clock(ends)) {
        (Some(s), Some(e)) if s < e && s < 1440 => (s, e),
        _ => return Err(WindowError::Times),
    };
    if !(15..=240).contains(&slot_minutes) || slot_minutes > ends_minute - starts_minute {
        return Err(WindowError::SlotLength);
    }
    let mut modes = modes;
    modes.dedup();
    if modes.is_empty() {
        return Err(WindowError::Modes);
    }
    let location = location.trim();
    if location.chars().count() > 300 || location.chars().any(char::is_control) {
        return Err(WindowError::Location);
    }
    Ok(AvailabilityWindow {
        id: AvailabilityId::generate(),
        tenant_id: tenant.clone(),
        user_id: user.clone(),
        weekday,
        starts_minute,
        ends_minute,
        slot_minutes,
        modes,
        location: location.to_string(),
        created_at: now,
    })
}

/// A bookable time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Slot {
    pub starts_at: Timestamp,
    pub duration_minutes: i64,
    pub modes: Vec<AppointmentMode>,
    pub location: String,
}

/// The free slots between `now + BOOKING_LEAD_MS` and `BOOKING_DAYS` local days ahead, earliest first. A slot is
/// taken when any appointment of the counselor (not cancelled) overlaps it. Slots whose local start does not
/// exist or exists twice on a clock-change night are left out.
pub fn free_slots(windows: &[AvailabilityWindow], taken: &[Appointment], now: Timestamp) -> Vec<Slot> {
    let Ok(zone) = TimeZone::get(LOCAL_ZONE) else { return Vec::new() };
    let Ok(instant) = jiff::Timestamp::from_millisecond(now.as_millis()) else { return Vec::new() };
    let today: Date = instant.to_zoned_datetime(zone.clone()).date();
    let earliest = now.as_millis() + BOOKING_LEAD_MS;
    let mut slots = Vec::new();
    for offset in 0..BOOKING_DAYS {
        let Ok(day) = today.checked_add(jiff::Span::new().days(offset)) else { continue };
        let weekday = i64::from(day.weekday().to_monday_one_offset());
        for window in windows.iter().filter(|w| w.weekday == weekday) {
            let mut minute = window.starts_minute;
            while minute + window.slot_minutes <= window.ends_minute {
                if let Some(starts_at) = local_instant(&zone, day, minute) {
                    let ends_at = starts_at + window.slot_minutes * 60_000;
                    let overlaps = taken.iter().any(|a| {
                        a.cancelled_at.is_none()
                            && a.starts_at.as_millis() < ends_at
                            && starts_at < a.starts_at.as_millis() + a.duration_minutes * 60_000
                    });
                    if starts_at >= earliest && !overlaps {
                        slots.push(Slot {
                            starts_at: Timestamp(starts_at),
                            duration_minutes: window.slot_minutes,
                            modes: window.modes.clone(),
                            location: window.location.clone(),
                        });
                    }
                }
                minute += window.slot_minutes;
            }
        }
    }
    slots.sort_by_key(|s| s.starts_at.as_millis());
    slots.dedup_by_key(|s| s.starts_at.as_millis());
    slots
}

fn local_instant(zone: &TimeZone, day: Date, minute: i64) -> Option<i64> {
    let hour = i8::try_from(minute / 60).ok()?;
    let time = Time::new(hour, i8::try_from(minute % 60).ok()?, 0, 0).ok()?;
    let civil = DateTime::from_parts(day, time);
    zone.to_ambiguous_timestamp(civil).unambiguous().ok().map(|t| t.as_millisecond())
}

/// A booking link as stored (the secret itself is only in the link).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookingLink {
    pub tenant_id: TenantId,
    pub case_id: CaseId,
    pub counselor_id: UserId,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    /// Set once the client has booked with it; a link books one appointment.
    pub appointment_id: Option<crate::AppointmentId>,
}

impl BookingLink {
    pub fn is_valid(&self, now: Timestamp) -> bool {
        now.as_millis() < self.expires_at.as_millis()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BookingError {
    #[error("this booking link is not known")]
    UnknownLink,
    #[error("this booking link has expired")]
    Expired,
    #[error("this link has already been used to book")]
    AlreadyBooked(crate::AppointmentId),
    #[error("this time is no longer free")]
    SlotGone,
    #[error("this kind of appointment is not offered at this time")]
    ModeNotOffered,
    #[error("video appointments are not set up")]
    VideoNotConfigured,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The link behind a presented digest, if it can still be used.
pub async fn usable_link(store: &dyn Store, digest: &str, now: Timestamp) -> Result<BookingLink, BookingError> {
    let link = match store.booking_link(digest).await {
        Ok(link) => link,
        Err(StoreError::NotFound) => return Err(BookingError::UnknownLink),
        Err(other) => return Err(other.into()),
    };
    if let Some(id) = &link.appointment_id {
        return Err(BookingError::AlreadyBooked(id.clone()));
    }
    if !link.is_valid(now) {
        return Err(BookingError::Expired);
    }
    Ok(link)
}

/// The counselor's free slots for this link.
pub async fn open_slots(store: &dyn Store, link: &BookingLink, now: Timestamp) -> Result<Vec<Slot>, StoreError> {
    let windows = store.windows(&link.tenant_id, &link.counselor_id).await?;
    let until = Timestamp(now.as_millis() + (BOOKING_DAYS + 1) * 24 * 3_600_000);
    let taken = store.counselor_appointments(&link.tenant_id, &link.counselor_id, Timestamp(0), until).await?;
    Ok(free_slots(&windows, &taken, now))
}

/// Books the slot starting at `starts_at` in `mode` for the link's case. The slot must be one of the open slots
/// now, and still free when the booking is written (two clients racing for one slot: one wins).
pub async fn book_with_link(
    store: &dyn Store,
    digest: &str,
    starts_at: Timestamp,
    mode: AppointmentMode,
    video_url_template: Option<&str>,
    now: Timestamp,
) -> Result<Appointment, BookingError> {
    let link = usable_link(store, digest, now).await?;
    let slots = open_slots(store, &link, now).await?;
    let slot = slots.iter().find(|s| s.starts_at == starts_at).ok_or(BookingError::SlotGone)?;
    if !slot.modes.contains(&mode) {
        return Err(BookingError::ModeNotOffered);
    }
    let case = store.case(&link.tenant_id, &link.case_id).await?;
    let id = crate::AppointmentId::generate();
    let video_url = match (mode, video_url_template) {
        (AppointmentMode::Video, Some(template)) => template.replace("{id}", id.as_str()),
        (AppointmentMode::Video, None) => return Err(BookingError::VideoNotConfigured),
        _ => String::new(),
    };
    let appointment = Appointment {
        id,
        tenant_id: link.tenant_id.clone(),
        client_id: case.case.client_id.clone(),
        case_id: Some(link.case_id.clone()),
        counselor_id: link.counselor_id.clone(),
        starts_at,
        duration_minutes: slot.duration_minutes,
        mode,
        location: if mode == AppointmentMode::InPerson { slot.location.clone() } else { String::new() },
        video_url,
        created_at: now,
        cancelled_at: None,
    };
    match store.book_through_link(digest, &appointment).await {
        Ok(()) => Ok(appointment),
        Err(StoreError::Conflict("slot")) => Err(BookingError::SlotGone),
        Err(StoreError::Conflict(_)) => match store.booking_link(digest).await?.appointment_id {
            Some(existing) => Err(BookingError::AlreadyBooked(existing)),
            None => Err(BookingError::SlotGone),
        },
        Err(other) => Err(other.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::appointment::parse_local;

    fn window(weekday: i64, from: &str, to: &str, slot: i64) -> AvailabilityWindow {
        let made = new_window(
            &TenantId::generate(),
            &UserId::generate(),
            weekday,
            from,
            to,
            slot,
            vec![AppointmentMode::InPerson, AppointmentMode::Video],
            "Markt 1, Halle",
            Timestamp(0),
        );
        assert!(made.is_ok(), "{made:?}");
        let Ok(window) = made else { unreachable!() };
        window
    }

    fn at(local: &str) -> Timestamp {
        parse_local(local).unwrap_or(Timestamp(0))
    }

    #[test]
    fn windows_are_cut_into_slots_in_berlin_time_across_the_clock_change() {
        // Sundays 2027-03-28 is the change to summer time; Mondays before and after keep 09:00 local.
        let monday = window(1, "09:00", "10:30", 45);
        let slots = free_slots(&[monday], &[], at("2027-03-20T12:00"));
        let locals: Vec<String> = slots
            .iter()
            .map(|s| crate::appointment::format_local(s.starts_at).map(|(l, _)| l).unwrap_or_default())
            .collect();
        assert_eq!(&locals[..4], ["2027-03-22T09:00", "2027-03-22T09:45", "2027-03-29T09:00", "2027-03-29T09:45"]);
        assert_eq!(slots[2].starts_at.as_millis() - slots[0].starts_at.as_millis(), (7 * 24 - 1) * 3_600_000);
        assert_eq!(slots.len(), 6, "three Mondays in 21 days, two slots each");
    }

    #[test]
    fn taken_and_too_soon_slots_are_not_offered() {
        let monday = window(1, "09:00", "12:00", 60);
        let booked = Appointment {
            id: crate::AppointmentId::generate(),
            tenant_id: monday.tenant_id.clone(),
            client_id: crate::ClientId::generate(),
            case_id: None,
            counselor_id: monday.user_id.clone(),
            starts_at: at("2027-03-22T10:30"),
            duration_minutes: 30,
            mode: AppointmentMode::Phone,
            location: String::new(),
            video_url: String::new(),
            created_at: Timestamp(0),
            cancelled_at: None,
        };
        // Now is Monday 08:00: the 09:00 slot is within the two-hour lead; 10:00 overlaps the 10:30 appointment.
        let slots = free_slots(std::slice::from_ref(&monday), &[booked], at("2027-03-22T08:00"));
        assert_eq!(slots.first().map(|s| s.starts_at), Some(at("2027-03-22T11:00")));
    }

    #[test]
    fn bad_windows_are_refused() {
        let t = TenantId::generate();
        let u = UserId::generate();
        let modes = vec![AppointmentMode::Phone];
        assert_eq!(
            new_window(&t, &u, 8, "09:00", "10:00", 30, modes.clone(), "", Timestamp(0)),
            Err(WindowError::Weekday)
        );
        assert_eq!(
            new_window(&t, &u, 1, "10:00", "09:00", 30, modes.clone(), "", Timestamp(0)),
            Err(WindowError::Times)
        );
        assert_eq!(
            new_window(&t, &u, 1, "9 Uhr", "10:00", 30, modes.clone(), "", Timestamp(0)),
            Err(WindowError::Times)
        );
        assert_eq!(new_window(&t, &u, 1, "09:00", "09:20", 30, modes, "", Timestamp(0)), Err(WindowError::SlotLength));
        assert_eq!(new_window(&t, &u, 1, "09:00", "10:00", 30, vec![], "", Timestamp(0)), Err(WindowError::Modes));
        assert_eq!(parse_clock("24:00"), Some(1440));
        assert_eq!(parse_clock("24:30"), None);
    }
}
