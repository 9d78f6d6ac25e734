-- Dateline schema, version 7 (PostgreSQL). Keep in step with ../sqlite/0007_event_actor_kind.sql.
-- event_actors carries its event's kind too, as event_countries does since version 2 (kept by
-- the writer, see store/events.py EventWriter.refresh): an actor page's events by month and kind
-- (store/queries/actors.py _months) come from an index-only scan of the one (actor, date) range,
-- without looking each event up in events. kind is a key column, not INCLUDEd, so the index
-- gives the rows in the order the DISTINCT needs (date_lo, event_id, kind): no sort.

ALTER TABLE event_actors ADD COLUMN kind TEXT;
UPDATE event_actors x SET kind = e.kind FROM events e WHERE e.id = x.event_id;
DROP INDEX event_actors_actor_date;
CREATE INDEX event_actors_actor_date ON event_actors (actor_id, date_lo DESC NULLS LAST, event_id DESC, kind);
