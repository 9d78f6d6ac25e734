-- Dateline schema, version 10 (SQLite). Keep in step with ../postgres/0010_article_actors_index.sql.
-- Nothing changes on SQLite: PostgreSQL drops its index article_actors (actor_id) in version 10,
-- which article_actors_actor_article serves; SQLite keeps its copy (its ingest speed is the
-- yardstick PostgreSQL's is measured against) and the two schemas keep one numbering.

SELECT 1;
