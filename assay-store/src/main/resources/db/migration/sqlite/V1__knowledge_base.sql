-- The knowledge base (SQLite dialect). Keep in step with ../postgresql/V1__knowledge_base.sql: same tables, same columns.

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    content_hash     TEXT    NOT NULL UNIQUE,
    name             TEXT    NOT NULL,
    title            TEXT,
    published        TEXT,
    source           TEXT,
    url              TEXT,
    analyzer_version TEXT    NOT NULL,
    analyzed_at      TEXT    NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source ON articles (source);

-- The text and the analysis document (the contract's JSON), apart from articles so that scans and joins over articles
-- stay narrow.
CREATE TABLE article_documents (
    article_id    INTEGER NOT NULL PRIMARY KEY REFERENCES articles (id),
    body          TEXT    NOT NULL,
    analysis_json TEXT    NOT NULL
);

CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    UNIQUE (name, type)
);
CREATE INDEX entities_lower_name ON entities (lower(name));

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_lower_alias ON entity_aliases (lower(alias));

CREATE TABLE article_entities (
    article_id  INTEGER NOT NULL REFERENCES articles (id),
    local_id    TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL REFERENCES entities (id),
    titles      TEXT    NOT NULL,
    affiliation TEXT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles (id),
    entity_id  INTEGER NOT NULL REFERENCES entities (id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, span_start);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id),
    local_id          TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    text              TEXT    NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    cue               TEXT,
    speaker_entity_id INTEGER REFERENCES entities (id),
    speaker_name      TEXT,
    mention_start     INTEGER,
    mention_end       INTEGER,
    confidence        REAL    NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

CREATE TABLE claims (
    id                  INTEGER PRIMARY KEY,
    article_id          INTEGER NOT NULL REFERENCES articles (id),
    local_id            TEXT    NOT NULL,
    kind                TEXT    NOT NULL,
    text                TEXT    NOT NULL,
    span_start          INTEGER NOT NULL,
    span_end            INTEGER NOT NULL,
    checkworthiness     REAL    NOT NULL,
    claimant_entity_id  INTEGER REFERENCES entities (id),
    claimant_name       TEXT    NOT NULL,
    cited_source        TEXT,
    verdict_status      TEXT    NOT NULL,
    verdict_explanation TEXT    NOT NULL
);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_claimant ON claims (claimant_entity_id);
CREATE INDEX claims_verdict ON claims (verdict_status);

CREATE TABLE evidence (
    claim_id INTEGER NOT NULL REFERENCES claims (id),
    position INTEGER NOT NULL,
    dataset  TEXT    NOT NULL,
    edition  TEXT    NOT NULL,
    detail   TEXT    NOT NULL,
    PRIMARY KEY (claim_id, position)
);

-- Full text: one FTS5 row per quote / claim, rowid = the quote's / claim's id; kept in step by the store's writer.
CREATE VIRTUAL TABLE quote_fts USING fts5(text, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE claim_fts USING fts5(text, tokenize = 'porter unicode61');
