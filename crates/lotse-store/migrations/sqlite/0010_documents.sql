-- Case documents: the sealed bytes are in the attachment store under storage_key; the name is sealed here.
-- sealed_name is cleared when the client is erased; the row goes when the case is purged.
CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    case_id       TEXT NOT NULL REFERENCES cases(id),
    client_id     TEXT NOT NULL REFERENCES clients(id),
    sealed_name   BLOB,
    content_type  TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL,
    storage_key   TEXT NOT NULL UNIQUE,
    author        TEXT,
    created_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX documents_case ON documents(tenant_id, case_id, created_at);
