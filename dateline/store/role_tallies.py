"""An office's tally: how many reports name a person in it, the first and the last day.

``ROLE_TALLIES`` folds a batch's new sources into their offices' tallies: the count grows by the
(office, article) pairs not yet recorded and the first and last days widen to take theirs in. It
runs before the sources are written and never reads what an office held before, so what a report
costs does not grow with the number of reports its people already have. ``ROLE_RECOUNT``
recounts an office from all its sources: the rare upkeep after reports are removed or replaced.
Both are the same SQL on SQLite and PostgreSQL; ``ROLE_TALLIES`` takes the batch's rows
(``Backend.json_rows``) as ``{rows}`` and the people condition (``Backend.json_member``) as
``{people}``.
"""

from __future__ import annotations

__all__ = ["ROLE_RECOUNT", "ROLE_TALLIES"]

ROLE_RECOUNT = (
    "UPDATE roles SET n_sources = (SELECT COUNT(*) FROM role_sources s WHERE s.role_id = roles.id), "
    "first_seen = (SELECT MIN(seen_on) FROM role_sources s WHERE s.role_id = roles.id), "
    "last_seen = (SELECT MAX(seen_on) FROM role_sources s WHERE s.role_id = roles.id)")

ROLE_TALLIES = (
    "UPDATE roles SET n_sources = roles.n_sources + d.n, "
    "first_seen = CASE WHEN d.lo IS NOT NULL AND (roles.first_seen IS NULL OR d.lo < roles.first_seen) "
    "THEN d.lo ELSE roles.first_seen END, "
    "last_seen = CASE WHEN d.hi IS NOT NULL AND (roles.last_seen IS NULL OR d.hi > roles.last_seen) "
    "THEN d.hi ELSE roles.last_seen END "
    "FROM (SELECT role_id, COUNT(*) AS n, MIN(seen_on) AS lo, MAX(seen_on) AS hi FROM "
    "(SELECT DISTINCT r.id AS role_id, u.article_id, u.seen_on FROM {rows} AS u "
    "JOIN (SELECT id, person_id, identity FROM roles WHERE {people}) r "
    "ON r.person_id = u.person_id AND r.identity = u.identity WHERE NOT EXISTS "
    "(SELECT 1 FROM role_sources s WHERE s.role_id = r.id AND s.article_id = u.article_id)) n "
    "GROUP BY role_id) d WHERE roles.id = d.role_id")
