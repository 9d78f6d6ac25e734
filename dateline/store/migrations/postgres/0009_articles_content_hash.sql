-- Dateline schema, version 9 (PostgreSQL). Keep in step with ../sqlite/0009_articles_content_hash.sql.
-- Articles by the hash of their text: an article whose text is stored already under another key
-- (the same story at a new URL) takes its earliest copy's people and events (store/twins.py),
-- found by this index: the earliest copy of a text is one probe, however many copies it has.

CREATE INDEX articles_content_hash ON articles (content_hash, id);
