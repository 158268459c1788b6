-- Clients (pseudonymous by default) and their consents. Personal fields are one sealed blob per client, sealed
-- with the client's own data key; erasing the client destroys that key.
CREATE TABLE clients (
    id           TEXT PRIMARY KEY,
    tenant_id    TEXT NOT NULL REFERENCES tenants(id),
    alias        TEXT NOT NULL,
    languages    TEXT NOT NULL DEFAULT '',
    data_key_id  TEXT NOT NULL REFERENCES data_keys(id),
    sealed       BYTEA,
    created_by   TEXT,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    erased_at    BIGINT
);
CREATE INDEX clients_tenant ON clients(tenant_id, alias);

CREATE TABLE consents (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    client_id     TEXT NOT NULL REFERENCES clients(id),
    purpose       TEXT NOT NULL,
    legal_basis   TEXT NOT NULL,
    form_version  TEXT NOT NULL,
    language      TEXT NOT NULL,
    given_at      BIGINT NOT NULL,
    withdrawn_at  BIGINT
);
CREATE INDEX consents_client ON consents(tenant_id, client_id);
