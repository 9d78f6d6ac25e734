"""Who holds the relevant offices on each side of a brief, as of a date.

The relevant offices are those (title, country) that people of a side held while taking part in
the newest shared events - and, for a person, the person's own. Each is answered with the
holder seen most recently by ``as_of`` (first and last seen: the publication dates of the
articles that show them in office), flagged when that holder took part in none of those events
(someone new since they last met).
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.store.backend import Backend
from dateline.store.brief_models import BriefParty, Office
from dateline.store.queries.common import actor_ref, marks

__all__ = ["OFFICE_WINDOW", "PER_SIDE", "offices", "side_codes"]

OFFICE_WINDOW = 500  # newest shared events read for the offices seen in them
PER_SIDE = 8


def side_codes(party: BriefParty) -> set[str]:
    """The state (or IGO) codes of a party's side: its own code, a person's country."""
    return {c for c in (party.country, None if party.key.isdigit() else party.key) if c}


def offices(db: Backend, newest: Sequence[int], a: BriefParty, b: BriefParty,
            as_of: str | None) -> list[Office]:
    """Per side, the offices of people seen in ``newest`` (the newest shared events; a person
    party's own offices first), each with its holder as of ``as_of``."""
    sides = {"a": side_codes(a), "b": side_codes(b)}
    codes = sorted(sides["a"] | sides["b"])
    if not codes:
        return []
    ids = list(newest[:OFFICE_WINDOW])
    rows = db.query(  # CROSS JOIN: from the events' actors to their roles, not all roles
        "SELECT r.title_key, r.country, COUNT(DISTINCT y.event_id) AS n FROM event_actors y "
        f"CROSS JOIN roles r WHERE y.event_id IN ({marks(ids)}) AND r.person_id = y.actor_id "
        f"AND r.country IN ({marks(codes)}) GROUP BY r.title_key, r.country "
        "ORDER BY n DESC, r.title_key", [*ids, *codes]) if ids else []
    met = {r["actor_id"] for r in db.query(
        f"SELECT DISTINCT actor_id FROM event_actors WHERE event_id IN ({marks(ids)})",
        ids)} if ids else set()
    wanted: list[tuple[str, str, str, int]] = []
    for side, party in (("a", a), ("b", b)):
        if party.kind == "person" and party.actor_id is not None:
            for role in db.query("SELECT title_key, country FROM roles WHERE person_id = ? "
                                 "ORDER BY last_seen DESC NULLS LAST, n_sources DESC",
                                 (party.actor_id,)):
                if role["country"]:
                    wanted.append((side, role["title_key"], role["country"], 0))
        wanted += [(side, r["title_key"], r["country"], int(r["n"])) for r in rows
                   if r["country"] in sides[side]]
    found: list[Office] = []
    done: set[tuple[str, str]] = set()
    counts = {(r["title_key"], r["country"]): int(r["n"]) for r in rows}
    for side, title_key, country, _ in wanted:
        if (title_key, country) in done or sum(o.side == side for o in found) >= PER_SIDE:
            continue
        done.add((title_key, country))
        holder = db.query_one(
            "SELECT r.*, p.id AS p_id, p.kind AS p_kind, p.name AS p_name, p.title AS p_title, "
            "p.country AS p_country FROM roles r JOIN actors p ON p.id = r.person_id WHERE "
            "r.title_key = ? AND r.country = ? "
            + ("AND (r.first_seen IS NULL OR r.first_seen <= ?) " if as_of else "")
            + "ORDER BY r.last_seen DESC NULLS LAST, r.n_sources DESC, r.id LIMIT 1",
            (title_key, country, *([as_of] if as_of else [])))
        if holder is None:
            continue
        found.append(Office(
            side=side, title=holder["title"], country=country,  # type: ignore[arg-type]
            organization=holder["organization"], holder=actor_ref(holder, "p_"),
            first_seen=holder["first_seen"], last_seen=holder["last_seen"],
            n_sources=holder["n_sources"], met=holder["p_id"] in met,
            shared_events=counts.get((title_key, country), 0)))
    return found
