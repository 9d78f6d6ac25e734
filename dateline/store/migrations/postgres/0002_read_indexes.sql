-- Dateline schema, version 2 (PostgreSQL): indexes for the read queries. Keep in step with
-- ../sqlite/0002_read_indexes.sql.
-- event_actors and event_countries carry their event's date_lo, event_countries also its kind
-- (kept by the writer, see store/events.py EventWriter.refresh), so an actor's or a country's
-- newest events come from one index range, without reading and sorting all of them.

ALTER TABLE event_actors ADD COLUMN date_lo TEXT;
ALTER TABLE event_countries ADD COLUMN date_lo TEXT;
ALTER TABLE event_countries ADD COLUMN kind TEXT;
UPDATE event_actors x SET date_lo = e.date_lo FROM events e WHERE e.id = x.event_id;
UPDATE event_countries x SET date_lo = e.date_lo, kind = e.kind FROM events e WHERE e.id = x.event_id;
CREATE INDEX event_actors_actor_date ON event_actors (actor_id, date_lo DESC NULLS LAST, event_id DESC);
CREATE INDEX event_countries_country_date ON event_countries (country, date_lo DESC NULLS LAST, event_id DESC) INCLUDE (kind);
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
-- Newest first, as the lists order (date_lo DESC NULLS LAST): a backward scan of an ascending
-- index gives NULLS FIRST, so PostgreSQL needs these to read a page without sorting.
CREATE INDEX events_newest ON events (date_lo DESC NULLS LAST, id DESC);
CREATE INDEX events_kind_newest ON events (kind, date_lo DESC NULLS LAST, id DESC);
CREATE INDEX events_status_newest ON events (status, date_lo DESC NULLS LAST, id DESC);
