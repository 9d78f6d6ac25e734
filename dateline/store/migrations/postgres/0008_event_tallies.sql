-- Dateline schema, version 8 (PostgreSQL). Keep in step with ../sqlite/0008_event_tallies.sql.
-- The running summary of each event's reports (resolve/event_tally.py, as JSON), so a new report
-- is folded into the event's canonical fields without reading its other reports (store/events.py
-- EventWriter). An event without one (stored before this version, or whose reports were removed
-- or replaced) is re-aggregated from all its reports, which writes it. A table of its own, not a
-- column of events: the read queries never see it.

CREATE TABLE event_tallies (
    event_id BIGINT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    tally    TEXT NOT NULL
);
