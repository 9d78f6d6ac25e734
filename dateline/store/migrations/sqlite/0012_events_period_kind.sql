-- Dateline schema, version 12 (SQLite). Keep in step with ../postgres/0012_events_period_kind.sql.
-- The network page reads a period's events (date_hi >= since, date_lo <= until) with their
-- kind: an index of (date_hi, kind, date_lo) answers that from the index alone, without each
-- event's row (session 16's what-if: the edges' statement 21-32 -> 16-26 ms on 100k events).
-- Its leading column serves every look-up events_date_hi (date_hi) served, so that one goes.

CREATE INDEX IF NOT EXISTS events_period_kind ON events (date_hi, kind, date_lo);
DROP INDEX IF EXISTS events_date_hi;
