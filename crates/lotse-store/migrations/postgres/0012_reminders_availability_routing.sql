-- Appointment reminders by e-mail: what became of each (NULL = not yet decided; 'sending' = claimed).
ALTER TABLE appointments ADD COLUMN reminder_outcome TEXT;
ALTER TABLE appointments ADD COLUMN reminder_at BIGINT;
CREATE INDEX appointments_reminders ON appointments(starts_at) WHERE cancelled_at IS NULL;

-- A counselor's weekly hours in which clients may book (Berlin wall-clock minutes after midnight).
CREATE TABLE availability (
    id             TEXT PRIMARY KEY,
    tenant_id      TEXT NOT NULL REFERENCES tenants(id),
    user_id        TEXT NOT NULL REFERENCES users(id),
    weekday        BIGINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_minute  BIGINT NOT NULL CHECK (starts_minute BETWEEN 0 AND 1439),
    ends_minute    BIGINT NOT NULL CHECK (ends_minute BETWEEN 1 AND 1440 AND ends_minute > starts_minute),
    slot_minutes   BIGINT NOT NULL CHECK (slot_minutes BETWEEN 15 AND 240),
    modes          TEXT NOT NULL,
    location       TEXT NOT NULL DEFAULT '',
    created_at     BIGINT NOT NULL
);
CREATE INDEX availability_user ON availability(tenant_id, user_id);

-- Links a counselor gives a client to book an appointment for a case; only the digest of the secret is kept.
CREATE TABLE booking_links (
    digest          TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL REFERENCES tenants(id),
    case_id         TEXT NOT NULL REFERENCES cases(id),
    counselor_id    TEXT NOT NULL REFERENCES users(id),
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    appointment_id  TEXT REFERENCES appointments(id)
);
CREATE INDEX booking_links_case ON booking_links(tenant_id, case_id);

-- What each counselor handles, for routing suggestions: comma-separated topic codes, language codes and postcode
-- prefixes, and the name of their team (empty: none).
CREATE TABLE counselor_profiles (
    user_id     TEXT PRIMARY KEY REFERENCES users(id),
    tenant_id   TEXT NOT NULL REFERENCES tenants(id),
    team        TEXT NOT NULL DEFAULT '',
    topics      TEXT NOT NULL DEFAULT '',
    languages   TEXT NOT NULL DEFAULT '',
    regions     TEXT NOT NULL DEFAULT '',
    updated_at  BIGINT NOT NULL
);
-- A case's coarse region (the first three digits of the client's postcode, no more) and the team it waits for.
ALTER TABLE cases ADD COLUMN region TEXT;
ALTER TABLE cases ADD COLUMN team TEXT;
