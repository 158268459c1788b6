-- Appointments (in person, phone, video) between a counselor and a client. Times are UTC milliseconds; they are
-- entered and shown in Europe/Berlin.
CREATE TABLE appointments (
    id                TEXT PRIMARY KEY,
    tenant_id         TEXT NOT NULL REFERENCES tenants(id),
    client_id         TEXT NOT NULL REFERENCES clients(id),
    case_id           TEXT REFERENCES cases(id),
    counselor_id      TEXT NOT NULL REFERENCES users(id),
    starts_at         BIGINT NOT NULL,
    duration_minutes  BIGINT NOT NULL,
    mode              TEXT NOT NULL CHECK (mode IN ('in_person','phone','video')),
    location          TEXT NOT NULL DEFAULT '',
    video_url         TEXT NOT NULL DEFAULT '',
    created_at        BIGINT NOT NULL,
    cancelled_at      BIGINT
);
CREATE INDEX appointments_counselor ON appointments(tenant_id, counselor_id, starts_at);
CREATE INDEX appointments_client ON appointments(tenant_id, client_id);
