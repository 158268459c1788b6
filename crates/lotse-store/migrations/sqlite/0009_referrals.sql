-- Referrals are timeline entries of kind 'referral' pointing at a directory service, with a status and the
-- service's feedback (sealed with the client's key, like every timeline text). SQLite cannot change a CHECK
-- constraint in place, so the table is rebuilt with the same rows.
CREATE TABLE case_entries_new (
    id                TEXT PRIMARY KEY,
    tenant_id         TEXT NOT NULL REFERENCES tenants(id),
    case_id           TEXT NOT NULL REFERENCES cases(id),
    kind              TEXT NOT NULL CHECK (kind IN ('note','contact','referral')),
    mode              TEXT CHECK (mode IN ('in_person','phone','video','chat','email','messenger')),
    duration_minutes  INTEGER,
    sealed_text       BLOB,
    author            TEXT,
    occurred_at       INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    service_id        TEXT,
    referral_status   TEXT CHECK (referral_status IN ('made','accepted','completed','declined','no_show')),
    sealed_feedback   BLOB
) STRICT;
INSERT INTO case_entries_new (id, tenant_id, case_id, kind, mode, duration_minutes, sealed_text, author, occurred_at,
    created_at)
SELECT id, tenant_id, case_id, kind, mode, duration_minutes, sealed_text, author, occurred_at, created_at
FROM case_entries;
DROP TABLE case_entries;
ALTER TABLE case_entries_new RENAME TO case_entries;
CREATE INDEX case_entries_case ON case_entries(tenant_id, case_id, occurred_at);
