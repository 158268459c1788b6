-- The assistant: drafts and placeholder mappings sealed with the client's data key, flags on conversations the
-- guard handed to a human, alerts for urgent questions on the public portal (no text).
CREATE TABLE assistant_drafts (
    id               TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    client_id        TEXT NOT NULL REFERENCES clients(id),
    conversation_id  TEXT REFERENCES conversations(id),
    case_id          TEXT REFERENCES cases(id),
    kind             TEXT NOT NULL CHECK (kind IN ('answer','language_help')),
    label            TEXT NOT NULL,
    mode             TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('draft','accepted','discarded')),
    sealed           BYTEA NOT NULL,
    created_by       TEXT NOT NULL REFERENCES users(id),
    created_at       BIGINT NOT NULL,
    decided_by       TEXT REFERENCES users(id),
    decided_at       BIGINT
);
CREATE INDEX assistant_drafts_client ON assistant_drafts(tenant_id, client_id);
CREATE INDEX assistant_drafts_conversation ON assistant_drafts(conversation_id);

CREATE TABLE assistant_mappings (
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    scope            TEXT NOT NULL,
    client_id        TEXT NOT NULL REFERENCES clients(id),
    sealed           BYTEA NOT NULL,
    updated_at       BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, scope)
);
CREATE INDEX assistant_mappings_client ON assistant_mappings(tenant_id, client_id);

CREATE TABLE assistant_alerts (
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    label            TEXT NOT NULL,
    language         TEXT NOT NULL,
    at               BIGINT NOT NULL
);
CREATE INDEX assistant_alerts_recent ON assistant_alerts(tenant_id, at);

ALTER TABLE conversations ADD COLUMN flag TEXT CHECK (flag IN ('urgent','individual_legal'));
