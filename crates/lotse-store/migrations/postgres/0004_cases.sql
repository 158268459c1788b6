-- Cases and their timeline (notes and contacts in every mode). Titles and texts are sealed with the client's
-- data key; topics, modes and durations stay readable for anonymous statistics.
CREATE TABLE cases (
    id           TEXT PRIMARY KEY,
    tenant_id    TEXT NOT NULL REFERENCES tenants(id),
    client_id    TEXT NOT NULL REFERENCES clients(id),
    topics       TEXT NOT NULL DEFAULT '',
    sealed_title BYTEA,
    status       TEXT NOT NULL CHECK (status IN ('open','closed')),
    outcome      TEXT,
    assigned_to  TEXT,
    opened_by    TEXT,
    opened_at    BIGINT NOT NULL,
    closed_at    BIGINT
);
CREATE INDEX cases_tenant ON cases(tenant_id, status, opened_at);
CREATE INDEX cases_client ON cases(tenant_id, client_id);

CREATE TABLE case_entries (
    id                TEXT PRIMARY KEY,
    tenant_id         TEXT NOT NULL REFERENCES tenants(id),
    case_id           TEXT NOT NULL REFERENCES cases(id),
    kind              TEXT NOT NULL CHECK (kind IN ('note','contact')),
    mode              TEXT CHECK (mode IN ('in_person','phone','video','chat','email','messenger')),
    duration_minutes  BIGINT,
    sealed_text       BYTEA,
    author            TEXT,
    occurred_at       BIGINT NOT NULL,
    created_at        BIGINT NOT NULL
);
CREATE INDEX case_entries_case ON case_entries(tenant_id, case_id, occurred_at);
