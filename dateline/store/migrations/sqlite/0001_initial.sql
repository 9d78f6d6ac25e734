-- Dateline schema, version 1 (SQLite). Keep in step with ../postgres/0001_initial.sql.
-- Dates are ISO strings (YYYY, YYYY-MM or YYYY-MM-DD); date_lo/date_hi are the full-day bounds.

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    key            TEXT NOT NULL UNIQUE,      -- URL, else "sha256:" + content hash
    content_hash   TEXT NOT NULL,
    doc_id         TEXT,
    url            TEXT,
    source         TEXT,
    title          TEXT,
    published      TEXT,
    published_from TEXT,
    text           TEXT NOT NULL,
    record         TEXT NOT NULL,             -- the extraction record (CONTRACT.md JSON)
    ingested_at    TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Canonical actors: persons, organisations, countries (key = ISO code) and groups.
CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,               -- person | organization | country | group
    key         TEXT NOT NULL,
    name        TEXT NOT NULL,
    search_name TEXT NOT NULL,               -- folded name, for search
    title       TEXT,                        -- persons: the latest office seen
    country     TEXT,
    acronym     TEXT,
    members     TEXT,                        -- groups: ';'-joined ISO codes
    given_key   TEXT,                        -- persons: name skeletons (resolve/names.py)
    initial     TEXT,
    surname_key TEXT
);
CREATE UNIQUE INDEX actors_identity ON actors (kind, key) WHERE kind <> 'person';
CREATE INDEX actors_surname ON actors (surname_key) WHERE kind = 'person';
CREATE INDEX actors_search ON actors (kind, search_name);
CREATE INDEX actors_country ON actors (country, kind);

-- Which canonical actor each record actor of an article is.
CREATE TABLE article_actors (
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id     TEXT NOT NULL,
    actor_id     INTEGER NOT NULL REFERENCES actors (id),
    name         TEXT NOT NULL,
    title        TEXT,
    organization TEXT,
    country      TEXT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_actors_actor ON article_actors (actor_id);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors (id),
    local_id   TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE INDEX mentions_article ON mentions (article_id);

-- Offices held: one row per (person, title, organisation, country), seen between two dates.
CREATE TABLE roles (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES actors (id),
    title           TEXT NOT NULL,
    title_key       TEXT NOT NULL,
    organization    TEXT,
    organization_id INTEGER REFERENCES actors (id),
    country         TEXT,
    identity        TEXT NOT NULL,           -- title_key|organization key|country
    first_seen      TEXT,
    last_seen       TEXT,
    n_sources       INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX roles_identity ON roles (person_id, identity);
CREATE INDEX roles_office ON roles (title_key, country, first_seen);
CREATE INDEX roles_organization ON roles (organization_id);
CREATE INDEX roles_country ON roles (country);

CREATE TABLE role_sources (
    role_id    INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seen_on    TEXT,
    PRIMARY KEY (role_id, article_id)
);
CREATE INDEX role_sources_article ON role_sources (article_id);

-- Canonical events (engagements), merged from every article that reports them.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    status         TEXT NOT NULL,
    name           TEXT,
    name_key       TEXT,
    date_start     TEXT,
    date_end       TEXT,
    precision      TEXT,
    date_lo        TEXT,
    date_hi        TEXT,
    place_name     TEXT,
    place_country  TEXT,
    lat            REAL,
    lon            REAL,
    countries      TEXT NOT NULL DEFAULT '', -- ';'-joined, for display
    confidence     REAL NOT NULL,
    n_sources      INTEGER NOT NULL,
    first_reported TEXT,
    last_reported  TEXT
);
CREATE INDEX events_kind_date ON events (kind, date_lo);
CREATE INDEX events_date ON events (date_lo, date_hi);
CREATE INDEX events_status_date ON events (status, date_lo);
CREATE INDEX events_name_key ON events (name_key);

CREATE TABLE event_countries (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country  TEXT NOT NULL,
    PRIMARY KEY (event_id, country)
);
CREATE INDEX event_countries_country ON event_countries (country, event_id);

-- One article's account of an event, with its evidence.
CREATE TABLE event_sources (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id       TEXT NOT NULL,
    kind           TEXT NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    status         TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_text      TEXT,
    published      TEXT,
    place_name     TEXT,
    place_country  TEXT,
    lat            REAL,
    lon            REAL,
    countries      TEXT NOT NULL DEFAULT '',
    name           TEXT,
    confidence     REAL NOT NULL,
    trigger_text   TEXT NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence_text  TEXT NOT NULL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX event_sources_event ON event_sources (event_id);

CREATE TABLE event_actors (
    source_id INTEGER NOT NULL REFERENCES event_sources (id) ON DELETE CASCADE,
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actors (id),
    role      TEXT NOT NULL,                 -- source | recipient | participant
    PRIMARY KEY (source_id, actor_id, role)
);
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);
CREATE INDEX event_actors_event ON event_actors (event_id);

-- What each reporting article said about the event's status and date, and when.
CREATE TABLE event_history (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    date_start  TEXT,
    date_end    TEXT,
    reported_on TEXT,
    recorded_at TEXT NOT NULL,
    UNIQUE (event_id, article_id)
);
CREATE INDEX event_history_article ON event_history (article_id);
