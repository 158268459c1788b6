-- Private iCalendar feeds: one secret URL per counselor (the digest is stored), replaced when renewed.
CREATE TABLE calendar_feeds (
    user_id       TEXT PRIMARY KEY REFERENCES users(id),
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    token_digest  TEXT NOT NULL UNIQUE,
    created_at    BIGINT NOT NULL
);
