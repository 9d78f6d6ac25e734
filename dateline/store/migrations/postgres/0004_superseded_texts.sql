-- Dateline schema, version 4 (PostgreSQL). Keep in step with ../sqlite/0004_superseded_texts.sql.
-- The texts an article (a URL) had before a newer text replaced it. A text a URL has had is
-- never taken back: an input that repeats a URL with different texts leaves the newest text
-- stored, and reading that input again changes nothing (store/writer.py).

CREATE TABLE superseded_texts (
    article_id   BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    PRIMARY KEY (article_id, content_hash)
);
