-- Goals, steps and tasks of a case, with an optional due date; the title is sealed with the client's key.
CREATE TABLE case_tasks (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id),
    case_id       TEXT NOT NULL REFERENCES cases(id),
    kind          TEXT NOT NULL CHECK (kind IN ('goal','step','task')),
    sealed_title  BYTEA,
    due_on        TEXT,
    done_at       BIGINT,
    author        TEXT,
    created_at    BIGINT NOT NULL
);
CREATE INDEX case_tasks_case ON case_tasks(tenant_id, case_id);
CREATE INDEX cases_assigned ON cases(tenant_id, assigned_to, status);
