-- Verified knowledge, the referral directory and the rumour register, shared by the whole installation.
-- Versions, reviews and translations are append-only: a new version is a new row, never an update.
CREATE TABLE articles (
    id                 TEXT PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    topic              TEXT NOT NULL,
    jurisdiction       TEXT NOT NULL,
    jurisdiction_area  TEXT,
    status             TEXT NOT NULL,
    published_version  BIGINT,
    review_due         TEXT
);

CREATE TABLE article_versions (
    article_id        TEXT NOT NULL REFERENCES articles(id),
    version           BIGINT NOT NULL,
    title             TEXT NOT NULL,
    summary           TEXT NOT NULL,
    body              TEXT NOT NULL,
    legal_references  TEXT NOT NULL,
    sources           TEXT NOT NULL,
    author            TEXT NOT NULL,
    created_at        BIGINT NOT NULL,
    PRIMARY KEY (article_id, version)
);

CREATE TABLE article_reviews (
    article_id   TEXT NOT NULL REFERENCES articles(id),
    seq          BIGINT NOT NULL,
    version      BIGINT NOT NULL,
    decision     TEXT NOT NULL,
    reviewer_id  TEXT,
    reviewer     TEXT NOT NULL,
    comment      TEXT NOT NULL,
    at           BIGINT NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE article_translations (
    article_id      TEXT NOT NULL REFERENCES articles(id),
    lang            TEXT NOT NULL,
    revision        BIGINT NOT NULL,
    source_version  BIGINT NOT NULL,
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL,
    body            TEXT NOT NULL,
    translator      TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (article_id, lang, revision)
);

CREATE TABLE services (
    id             TEXT PRIMARY KEY,
    slug           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    topics         TEXT NOT NULL,
    languages      TEXT NOT NULL,
    street         TEXT NOT NULL,
    postcode       TEXT NOT NULL,
    town           TEXT NOT NULL,
    latitude       DOUBLE PRECISION NOT NULL,
    longitude      DOUBLE PRECISION NOT NULL,
    opening_hours  TEXT NOT NULL,
    contact        TEXT NOT NULL,
    accessibility  TEXT NOT NULL,
    description    TEXT NOT NULL,
    sources        TEXT NOT NULL
);

CREATE TABLE rumours (
    id           TEXT PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    claim        TEXT NOT NULL,
    claim_lang   TEXT NOT NULL,
    platform     TEXT NOT NULL,
    first_seen   TEXT NOT NULL,
    verdict      TEXT NOT NULL,
    corrections  TEXT NOT NULL,
    articles     TEXT NOT NULL,
    sources      TEXT NOT NULL
);

-- Raised by every write above, so each server instance notices changes made elsewhere (another instance, an
-- import on the command line) and rebuilds its in-memory search index.
CREATE TABLE knowledge_revision (
    id        INTEGER PRIMARY KEY,
    revision  BIGINT NOT NULL
);
INSERT INTO knowledge_revision (id, revision) VALUES (1, 0);
