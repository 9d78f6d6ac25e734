-- Dateline schema, version 5 (SQLite). Keep in step with ../postgres/0005_actor_aliases.sql.
-- The other names of an actor that records give (Actor.aliases: the Cyrillic nominative of a
-- Russian report's person), newline-joined, first seen first. Search matches them through
-- actors.search_name, which holds their folded forms too.

ALTER TABLE actors ADD COLUMN aliases TEXT;
