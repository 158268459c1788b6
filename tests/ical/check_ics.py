"""Parses .ics files with the `icalendar` library and prints each event's start and end as ISO 8601 with the
UTC offset, one line per event: `UID START END SUMMARY`. Used by the Rust integration tests."""
import sys

import icalendar


def main(paths):
    for path in paths:
        with open(path, "rb") as handle:
            calendar = icalendar.Calendar.from_ical(handle.read())
        for event in calendar.walk("VEVENT"):
            start = event.decoded("DTSTART")
            end = event.decoded("DTEND")
            if start.tzinfo is None:
                raise SystemExit(f"{path}: DTSTART has no time zone")
            print(event["UID"], start.isoformat(), end.isoformat(), event["SUMMARY"], sep="\t")


if __name__ == "__main__":
    main(sys.argv[1:])
