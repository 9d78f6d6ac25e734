-- Dateline schema, version 7 (SQLite). Keep in step with ../postgres/0007_event_actor_kind.sql.
-- event_actors carries its event's kind too, as event_countries does since version 2 (kept by
-- the writer, see store/events.py EventWriter.refresh): an actor page's events by month and kind
-- (store/queries/actors.py _months) come from the one (actor, date) index range, without
-- looking each event up in events.

ALTER TABLE event_actors ADD COLUMN kind TEXT;
UPDATE event_actors SET kind = (SELECT e.kind FROM events e WHERE e.id = event_actors.event_id);
DROP INDEX event_actors_actor_date;
CREATE INDEX event_actors_actor_date ON event_actors (actor_id, date_lo DESC, event_id DESC, kind);
