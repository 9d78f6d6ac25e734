-- Dateline schema, version 2 (SQLite): indexes for the read queries. Keep in step with
-- ../postgres/0002_read_indexes.sql.
-- event_actors and event_countries carry their event's date_lo, event_countries also its kind
-- (kept by the writer, see store/events.py EventWriter.refresh), so an actor's or a country's
-- newest events come from one index range, without reading and sorting all of them.

ALTER TABLE event_actors ADD COLUMN date_lo TEXT;
ALTER TABLE event_countries ADD COLUMN date_lo TEXT;
ALTER TABLE event_countries ADD COLUMN kind TEXT;
UPDATE event_actors SET date_lo = (SELECT e.date_lo FROM events e WHERE e.id = event_actors.event_id);
UPDATE event_countries SET (date_lo, kind) = (SELECT e.date_lo, e.kind FROM events e WHERE e.id = event_countries.event_id);
CREATE INDEX event_actors_actor_date ON event_actors (actor_id, date_lo DESC, event_id DESC);
CREATE INDEX event_countries_country_date ON event_countries (country, date_lo DESC, event_id DESC, kind);
-- The calendar (planned engagements and invitations over a period: date_hi >= since first).
CREATE INDEX events_status_period ON events (status, date_hi, date_lo);
CREATE INDEX events_kind_period ON events (kind, date_hi, date_lo);
-- Periods (since: date_hi >= ?) without a kind or status: the network, recent events.
CREATE INDEX events_date_hi ON events (date_hi);
-- An actor's newest spellings, and its articles counted in order.
CREATE INDEX article_actors_actor_article ON article_actors (actor_id, article_id DESC, name);
-- Roles by country, newest first (officials of a country).
CREATE INDEX roles_country_seen ON roles (country, last_seen);
-- Search: events by the start of their place name.
CREATE INDEX events_place ON events (lower(place_name));
