-- Files in conversations (pictures without metadata, PDF), sealed with the client's key; bytes in the
-- attachment store under storage_key.
CREATE TABLE chat_attachments (
    id               TEXT PRIMARY KEY,
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    conversation_id  TEXT NOT NULL REFERENCES conversations(id),
    storage_key      TEXT NOT NULL,
    sealed_name      BYTEA NOT NULL,
    content_type     TEXT NOT NULL,
    size_bytes       BIGINT NOT NULL,
    created_at       BIGINT NOT NULL
);
CREATE INDEX chat_attachments_conversation ON chat_attachments(conversation_id);
ALTER TABLE chat_messages ADD COLUMN attachment_id TEXT;
