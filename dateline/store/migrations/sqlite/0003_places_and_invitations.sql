-- Dateline schema, version 3 (SQLite). Keep in step with ../postgres/0003_places_and_invitations.sql.
-- Resolve output the read queries used to recompute at request time:
-- * events.place_key: the canonical place name folded (resolve/names.py fold), for place
--   filters in SQL ("Baku": the key, or a word sequence of it);
-- * invitation_scores: how strongly each invitation's sentence names each event of its article
--   that can be invited to (resolve/invitations.py), written with the article's events; the
--   calendar links invitations to events from them.
-- Rows stored before this version get both from the store when it opens (Writer.derive_all).

ALTER TABLE events ADD COLUMN place_key TEXT;
CREATE INDEX events_place_key ON events (place_key);
CREATE INDEX events_place_country ON events (upper(place_country));

CREATE TABLE invitation_scores (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    invitation TEXT NOT NULL,                -- the invitation's record event id
    event      TEXT NOT NULL,                -- the named event's record event id
    score      INTEGER NOT NULL,
    PRIMARY KEY (article_id, invitation, event)
);
