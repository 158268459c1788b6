-- Identity: tenant settings, log-in state, two-factor, sessions, invitations, keys, audit log.
ALTER TABLE tenants ADD COLUMN require_two_factor INTEGER NOT NULL DEFAULT 1 CHECK (require_two_factor IN (0,1));

ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until INTEGER;
ALTER TABLE users ADD COLUMN totp_secret BLOB;          -- sealed with the tenant key
ALTER TABLE users ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0 CHECK (totp_enabled IN (0,1));
ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;

CREATE TABLE recovery_codes (
    user_id      TEXT NOT NULL REFERENCES users(id),
    code_digest  TEXT NOT NULL,
    used_at      INTEGER,
    PRIMARY KEY (user_id, code_digest)
) STRICT;

CREATE TABLE sessions (
    id_digest     TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    user_id       TEXT NOT NULL REFERENCES users(id),
    stage         TEXT NOT NULL CHECK (stage IN ('second_factor','enrol_second_factor','complete')),
    csrf_token    TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions(tenant_id, user_id);

CREATE TABLE invites (
    token_digest  TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    user_id       TEXT NOT NULL REFERENCES users(id),
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    used_at       INTEGER
) STRICT;

CREATE TABLE tenant_keys (
    tenant_id      TEXT PRIMARY KEY REFERENCES tenants(id),
    master_key_id  TEXT NOT NULL,
    wrapped        BLOB NOT NULL,
    created_at     INTEGER NOT NULL
) STRICT;

CREATE TABLE data_keys (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    wrapped       BLOB,                 -- NULL once destroyed (crypto-shredding)
    created_at    INTEGER NOT NULL,
    destroyed_at  INTEGER
) STRICT;

CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    tenant_id    TEXT,
    actor        TEXT,
    action       TEXT NOT NULL,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    detail       TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_tenant ON audit_log(tenant_id, seq);

-- Append-only for the application; a person with file access can still drop these, which
-- `lotse audit verify` then detects through the hash chain.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
