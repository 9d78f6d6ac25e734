-- Dateline schema, version 11 (SQLite). Keep in step with ../postgres/0011_statement_reference_checks.sql.
-- Nothing changes on SQLite: PostgreSQL checks the references of mentions and article_actors
-- once per statement from version 11 instead of with a foreign key's query per row; SQLite's
-- foreign keys are index probes inside the insert and stay, and the two schemas keep one
-- numbering.

SELECT 1;
