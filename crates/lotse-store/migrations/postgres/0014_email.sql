-- Message-IDs of mails received and sent in e-mail conversations: replies find their conversation by
-- In-Reply-To/References, and a mail fetched twice is stored once.
CREATE TABLE email_messages (
    tenant_id        TEXT NOT NULL REFERENCES tenants(id),
    message_id       TEXT NOT NULL,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id),
    created_at       BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, message_id)
);
CREATE INDEX email_messages_conversation ON email_messages(conversation_id);
