-- Identity: tenant settings, log-in state, two-factor, sessions, invitations, keys, audit log.
ALTER TABLE tenants ADD COLUMN require_two_factor BIGINT NOT NULL DEFAULT 1 CHECK (require_two_factor IN (0,1));

ALTER TABLE users ADD COLUMN failed_logins BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until BIGINT;
ALTER TABLE users ADD COLUMN totp_secret BYTEA;          -- sealed with the tenant key
ALTER TABLE users ADD COLUMN totp_enabled BIGINT NOT NULL DEFAULT 0 CHECK (totp_enabled IN (0,1));
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

CREATE TABLE recovery_codes (
    user_id      TEXT NOT NULL REFERENCES users(id),
    code_digest  TEXT NOT NULL,
    used_at      BIGINT,
    PRIMARY KEY (user_id, code_digest)
);

CREATE TABLE sessions (
    id_digest     TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    user_id       TEXT NOT NULL REFERENCES users(id),
    stage         TEXT NOT NULL CHECK (stage IN ('second_factor','enrol_second_factor','complete')),
    csrf_token    TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(tenant_id, user_id);

CREATE TABLE invites (
    token_digest  TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    user_id       TEXT NOT NULL REFERENCES users(id),
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    used_at       BIGINT
);

CREATE TABLE tenant_keys (
    tenant_id      TEXT PRIMARY KEY REFERENCES tenants(id),
    master_key_id  TEXT NOT NULL,
    wrapped        BYTEA NOT NULL,
    created_at     BIGINT NOT NULL
);

CREATE TABLE data_keys (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    wrapped       BYTEA,
    created_at    BIGINT NOT NULL,
    destroyed_at  BIGINT
);

CREATE TABLE audit_log (
    seq          BIGINT PRIMARY KEY,
    at           BIGINT NOT NULL,
    tenant_id    TEXT,
    actor        TEXT,
    action       TEXT NOT NULL,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    detail       TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_log_tenant ON audit_log(tenant_id, seq);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
