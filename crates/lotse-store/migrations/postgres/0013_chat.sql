-- Conversations with clients (portal chat, e-mail) and their messages, sealed with the client's data key.
CREATE TABLE conversations (
    id               TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    client_id        TEXT NOT NULL REFERENCES clients(id),
    case_id          TEXT REFERENCES cases(id),
    channel          TEXT NOT NULL CHECK (channel IN ('chat','email')),
    language         TEXT NOT NULL,
    topic            TEXT,
    access_digest    TEXT UNIQUE,
    password_hash    TEXT,
    assigned_to      TEXT REFERENCES users(id),
    last_seq         BIGINT NOT NULL DEFAULT 0,
    client_read_seq  BIGINT NOT NULL DEFAULT 0,
    staff_read_seq   BIGINT NOT NULL DEFAULT 0,
    email_thread     TEXT,
    created_at       BIGINT NOT NULL,
    last_message_at  BIGINT NOT NULL
);
CREATE INDEX conversations_inbox ON conversations(tenant_id, last_message_at);
CREATE INDEX conversations_client ON conversations(tenant_id, client_id);

CREATE TABLE chat_messages (
    conversation_id  TEXT NOT NULL REFERENCES conversations(id),
    seq              BIGINT NOT NULL,
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    sender           TEXT NOT NULL CHECK (sender IN ('client','staff','system')),
    author           TEXT,
    client_msg_id    TEXT NOT NULL,
    internal         BIGINT NOT NULL DEFAULT 0 CHECK (internal IN (0,1)),
    sealed_body      BYTEA NOT NULL,
    sent_at          BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, seq),
    UNIQUE (conversation_id, client_msg_id)
);

-- A client's browser session in a conversation (the digest of a bearer secret).
CREATE TABLE chat_sessions (
    digest           TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    conversation_id  TEXT NOT NULL REFERENCES conversations(id),
    created_at       BIGINT NOT NULL,
    expires_at       BIGINT NOT NULL
);
