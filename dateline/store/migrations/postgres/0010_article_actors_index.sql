-- Dateline schema, version 10 (PostgreSQL). Keep in step with ../sqlite/0010_article_actors_index.sql.
-- article_actors (actor_id) is the leading column of article_actors_actor_article (version 2):
-- every query by actor_id (an actor's spellings and counts, the actors search's order, whether
-- an actor is still referred to, the foreign key's check when an actor is deleted) is an index
-- scan of that one (the plans: tests/store/test_schema_indexes.py). The narrower index only cost
-- each new article_actors row one more index insertion (ingest on PostgreSQL, issue 18).

DROP INDEX IF EXISTS article_actors_actor;
