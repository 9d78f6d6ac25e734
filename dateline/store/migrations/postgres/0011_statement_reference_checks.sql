-- Dateline schema, version 11 (PostgreSQL). Keep in step with ../sqlite/0011_statement_reference_checks.sql.
-- mentions and article_actors refer to articles (ON DELETE CASCADE) and actors (NO ACTION), as
-- before; what changes is how PostgreSQL checks it. A FOREIGN KEY checks each inserted row on its
-- own (one query per row and key: a quarter of the server's ingest time, issue 18, with the
-- ~23 mentions and ~9 article_actors rows of an article). These triggers check one INSERT's rows
-- at once, with the same guarantees:
-- * an inserted or updated row whose article or actor does not exist is refused (SQLSTATE 23503,
--   foreign_key_violation), and the rows it refers to are locked FOR KEY SHARE, as a foreign
--   key's check locks them: a concurrent DELETE of them waits for this transaction, then sees
--   its rows and is refused (actors) or deletes them (articles);
-- * deleting an article deletes its mentions and article_actors rows in the same statement;
-- * deleting an actor, or changing an article's or actor's id, that a row still refers to is
--   refused (23503). TRUNCATE of either is refused by the foreign keys of the other tables.
-- Safe to run again (a store rewound to an older version, tests/store/test_store_derived.py).
-- tests/store/test_reference_checks.py holds each case on both backends (SQLite keeps its
-- foreign keys: its checks are index probes inside the insert, no query each).

ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_article_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_actor_id_fkey;
ALTER TABLE article_actors DROP CONSTRAINT IF EXISTS article_actors_article_id_fkey;
ALTER TABLE article_actors DROP CONSTRAINT IF EXISTS article_actors_actor_id_fkey;

-- The rows of new_rows (article_id, actor_id) must refer to existing articles and actors. Each
-- distinct id is looked up by its primary key (a LATERAL subquery with a locking clause is run
-- once per outer row, so the plan the function caches on its first call, when the tables are
-- small, stays an index probe as they grow).
CREATE OR REPLACE FUNCTION dateline_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT article_id FROM new_rows) n
               LEFT JOIN LATERAL (SELECT a.id FROM articles a WHERE a.id = n.article_id
                                  FOR KEY SHARE OF a) found ON true WHERE found.id IS NULL)
       OR EXISTS (SELECT 1 FROM (SELECT DISTINCT actor_id FROM new_rows) n
                  LEFT JOIN LATERAL (SELECT a.id FROM actors a WHERE a.id = n.actor_id
                                     FOR KEY SHARE OF a) found ON true WHERE found.id IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = format('a row of %I refers to an article or actor that does not exist',
                             TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS mentions_references ON mentions;
CREATE TRIGGER mentions_references AFTER INSERT ON mentions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dateline_check_references();
DROP TRIGGER IF EXISTS mentions_references_update ON mentions;
CREATE TRIGGER mentions_references_update AFTER UPDATE ON mentions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dateline_check_references();
DROP TRIGGER IF EXISTS article_actors_references ON article_actors;
CREATE TRIGGER article_actors_references AFTER INSERT ON article_actors
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dateline_check_references();
DROP TRIGGER IF EXISTS article_actors_references_update ON article_actors;
CREATE TRIGGER article_actors_references_update AFTER UPDATE ON article_actors
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dateline_check_references();

-- Deleting articles deletes their mentions and article_actors rows (ON DELETE CASCADE).
CREATE OR REPLACE FUNCTION dateline_delete_article_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM mentions WHERE article_id = ANY (ARRAY(SELECT id FROM old_rows));
    DELETE FROM article_actors WHERE article_id = ANY (ARRAY(SELECT id FROM old_rows));
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS articles_references ON articles;
CREATE TRIGGER articles_references AFTER DELETE ON articles REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dateline_delete_article_references();

-- An actor (or an article's or actor's former id) a row still refers to cannot go (NO ACTION).
CREATE OR REPLACE FUNCTION dateline_refuse_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    gone BIGINT := OLD.id;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
        RETURN NULL;
    END IF;
    IF (TG_TABLE_NAME = 'actors' AND (EXISTS (SELECT 1 FROM mentions WHERE actor_id = gone)
                                      OR EXISTS (SELECT 1 FROM article_actors WHERE actor_id = gone)))
       OR (TG_TABLE_NAME = 'articles' AND (EXISTS (SELECT 1 FROM mentions WHERE article_id = gone)
                                          OR EXISTS (SELECT 1 FROM article_actors WHERE article_id = gone))) THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = format('%I %s is still referred to by mentions or article_actors',
                             TG_TABLE_NAME, gone);
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS actors_references ON actors;
CREATE TRIGGER actors_references AFTER DELETE ON actors FOR EACH ROW
    EXECUTE FUNCTION dateline_refuse_referenced();
DROP TRIGGER IF EXISTS actors_id_references ON actors;
CREATE TRIGGER actors_id_references AFTER UPDATE OF id ON actors FOR EACH ROW
    EXECUTE FUNCTION dateline_refuse_referenced();
DROP TRIGGER IF EXISTS articles_id_references ON articles;
CREATE TRIGGER articles_id_references AFTER UPDATE OF id ON articles FOR EACH ROW
    EXECUTE FUNCTION dateline_refuse_referenced();
