-- Dateline schema, version 6 (PostgreSQL). Keep in step with ../sqlite/0006_article_language.sql.
-- The language of an article's text, as its record gives it (Record.lang: 'en' from the English
-- pipeline, 'ru' from the Russian path): the PLOVER export's text_info.language and the API's
-- article.lang. Rows stored before: the record's lang; a record written before that field by the
-- English pipeline is 'en'; an error record has none.

ALTER TABLE articles ADD COLUMN lang TEXT;
UPDATE articles SET lang = COALESCE(record::jsonb ->> 'lang',
                                    CASE WHEN record::jsonb -> 'error' IS NULL THEN 'en' END);
