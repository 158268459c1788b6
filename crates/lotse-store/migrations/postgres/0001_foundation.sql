-- Foundation: tenants, staff accounts, API tokens.
-- Time is unix milliseconds (BIGINT), booleans are 0/1 (BIGINT), ids are UUID text: the same shapes as SQLite,
-- so portable queries decode the same Rust types on both backends.
CREATE TABLE tenants (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL
);

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    tenant_id      TEXT NOT NULL REFERENCES tenants(id),
    email          TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('admin','coordinator','counselor','legal_reviewer','streetworker')),
    password_hash  TEXT NOT NULL,
    active         BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at     BIGINT NOT NULL
);
CREATE INDEX users_tenant ON users(tenant_id, email);

CREATE TABLE api_tokens (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    user_id       TEXT NOT NULL REFERENCES users(id),
    label         TEXT NOT NULL,
    token_digest  TEXT NOT NULL UNIQUE,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT,
    revoked_at    BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens(tenant_id, user_id);
