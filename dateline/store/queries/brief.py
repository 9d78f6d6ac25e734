"""The brief before a meeting: the events two parties share, read once (ids by one join of the
two parties' (party, date) indexes, then a few columns of each by id) and sorted out here.

- *at a glance*: counts by kind and year, the first and latest engagement held (invitations
  aside), the latest bilateral meeting and multilateral meeting both attended;
- *agreements* signed between them, newest first;
- *invitations* and whether a matching visit followed (:mod:`.brief_invitations`);
- *announced*: planned engagements still ahead (ending on or after ``as_of``, or undated), those
  whose date has passed without a report of them held, and those an article reported planned
  before they began and that were reported held since;
- *offices*: who holds the offices seen on each side, as of ``as_of`` (:mod:`.offices`) - the
  newest report in the store unless asked.

Only the events a brief lists are read in full (with their actors and sources).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from dateline.errors import NotFoundError
from dateline.store.backend import Backend, Row, chunks
from dateline.store.brief_models import (
    Brief,
    BriefLine,
    BriefParty,
    Glance,
    InvitationLine,
    KindYear,
    SourceLink,
)
from dateline.store.queries.brief_invitations import followed_by, invitation_sides
from dateline.store.queries.common import bounds, marks
from dateline.store.queries.events import summaries
from dateline.store.queries.offices import offices
from dateline.store.queries.parties import find_party

__all__ = ["SHARED_CAP", "brief", "shared_events"]

AGREEMENTS = 50
INVITATIONS = 30
ANNOUNCED = 30
SHARED_CAP = 20_000  # shared events read (the newest): counts stop there
SOURCES = 3
_LIGHT = "id, kind, status, date_lo, date_hi, date_start, first_reported"


def _index(party: BriefParty) -> tuple[str, str, int | str]:
    if party.key.isdigit():
        return "event_actors", "actor_id", int(party.key)
    return "event_countries", "country", party.key


def shared_events(a: BriefParty, b: BriefParty) -> tuple[str, list[Any]]:
    """SQL for the ids of the events both parties take part in (newest first), and its
    parameters."""
    (ta, ca, va), (tb, cb, vb) = _index(a), _index(b)
    return (f"SELECT DISTINCT x.event_id, x.date_lo FROM {ta} x JOIN {tb} y ON "
            f"y.event_id = x.event_id AND y.{cb} = ? WHERE x.{ca} = ? "
            "ORDER BY x.date_lo DESC NULLS LAST, x.event_id DESC", [vb, va])


def _rows(db: Backend, ids: list[int], columns: str = "e.*") -> dict[int, Row]:
    out: dict[int, Row] = {}
    for part in chunks(ids):
        for row in db.query(f"SELECT {columns} FROM events e WHERE e.id IN ({marks(part)})",
                            list(part)):
            out[row["id"]] = row
    return out


def _sources(db: Backend, ids: list[int]) -> dict[int, list[SourceLink]]:
    """Up to ``SOURCES`` reporting articles per event: those that report its present status
    first, each oldest first."""
    out: dict[int, list[SourceLink]] = defaultdict(list)
    for part in chunks(ids):
        for row in db.query(
                "SELECT s.event_id, s.sentence_text, a.id, a.url, a.source, a.title, a.published "
                "FROM event_sources s JOIN articles a ON a.id = s.article_id JOIN events e ON "
                f"e.id = s.event_id WHERE s.event_id IN ({marks(part)}) ORDER BY s.event_id, "
                "CASE WHEN s.status = e.status THEN 0 ELSE 1 END, a.published NULLS LAST, a.id, "
                "s.id", list(part)):
            links = out[row["event_id"]]
            if len(links) < SOURCES and all(s.article_id != row["id"] for s in links):
                links.append(SourceLink(article_id=row["id"], url=row["url"],
                                        outlet=row["source"], title=row["title"],
                                        published=row["published"],
                                        sentence=row["sentence_text"]))
    return out


def _announced_then_held(db: Backend, rows: Iterable[Row]) -> list[int]:
    """Events held that an article reported planned before they began, newest first."""
    held = {r["id"]: r for r in rows if r["status"] == "occurred"
            and r["kind"] != "invitation" and r["date_start"]}
    found: set[int] = set()
    for part in chunks(sorted(held)):
        for h in db.query("SELECT event_id, reported_on FROM event_history WHERE status = "
                          f"'planned' AND event_id IN ({marks(part)})", list(part)):
            if h["reported_on"] and h["reported_on"][:10] < held[h["event_id"]]["date_start"]:
                found.add(h["event_id"])
    return [i for i in held if i in found]


def _newest(row: Row) -> tuple[str, int]:
    return row["date_lo"] or "", row["id"]


def _counts(rows: Iterable[Row]) -> tuple[dict[str, int], list[KindYear]]:
    kinds: dict[str, int] = defaultdict(int)
    years: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        kinds[row["kind"]] += 1
        years[((row["date_lo"] or "")[:4] or "undated", row["kind"])] += 1
    by_year = sorted((KindYear(year=y, kind=k, count=n) for (y, k), n in years.items()),
                     key=lambda k: (k.year == "undated", k.year, k.kind))
    return dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))), by_year


def brief(db: Backend, a: str, b: str, *, as_of: str | None = None) -> Brief:
    """The brief for parties ``a`` and ``b`` as a user types them (see
    :func:`~dateline.store.queries.parties.find_party`)."""
    pa, pb = find_party(db, a), find_party(db, b)
    if pa.key == pb.key:
        # no brief between a party and itself: nothing of that kind exists (404, like an unknown party)
        raise NotFoundError(f"{a!r} and {b!r} are the same party ({pa.name}): name two parties")
    day = bounds(as_of, None)[0] if as_of else db.scalar("SELECT MAX(published) FROM articles")
    day = str(day)[:10] if day else None
    sql, params = shared_events(pa, pb)
    ids = [r["event_id"] for r in db.query(f"{sql} LIMIT ?", [*params, SHARED_CAP + 1])]
    notes = [f"more than {SHARED_CAP:,} shared events: the newest {SHARED_CAP:,} are read"
             ] if len(ids) > SHARED_CAP else []
    ids = ids[:SHARED_CAP]
    light = _rows(db, ids, _LIGHT)
    newest = sorted(light.values(), key=_newest, reverse=True)  # undated last

    def pick(test: Callable[[Row], bool], rows: list[Row] = newest) -> list[int]:
        return [r["id"] for r in rows if test(r)]

    def held(r: Row) -> bool:
        return bool(r["status"] == "occurred" and r["kind"] != "invitation" and r["date_lo"])

    engagements = pick(held)
    meeting = pick(lambda r: r["status"] == "occurred" and r["kind"] == "meeting")[:1]
    multilateral = pick(lambda r: r["status"] == "occurred" and r["kind"] == "multilateral")[:1]
    agreements = pick(lambda r: r["status"] == "occurred" and r["kind"] == "agreement")
    invitations = sorted(pick(lambda r: r["kind"] == "invitation"), reverse=True, key=lambda i: (
        light[i]["date_lo"] or (light[i]["first_reported"] or "")[:10], i))[:INVITATIONS]
    planned = [r for r in newest if r["status"] == "planned"]
    ahead = sorted(pick(lambda r: not day or not r["date_hi"] or r["date_hi"] >= day, planned),
                   key=lambda i: (light[i]["date_lo"] is None, light[i]["date_lo"] or "", i))
    overdue = pick(lambda r: bool(day and r["date_hi"] and r["date_hi"] < day), planned)
    announced = sorted(_announced_then_held(db, newest), key=lambda i: _newest(light[i]),
                       reverse=True)
    chosen = {*engagements[:1], *engagements[-1:], *meeting, *multilateral,
              *agreements[:AGREEMENTS], *invitations, *ahead[:ANNOUNCED],
              *overdue[:ANNOUNCED], *announced[:ANNOUNCED]}
    full = _rows(db, sorted(chosen))
    items = {e.id: e for e in summaries(db, [full[i] for i in sorted(full)])}
    sources = _sources(db, sorted(items))

    def line(event_id: int) -> BriefLine:
        return BriefLine(event=items[event_id], sources=sources.get(event_id, []))

    follows = {}  # invitation -> (sides, state, the visit or meeting that followed)
    for event_id in invitations:
        inviters, invitees, hosts = invitation_sides(items[event_id])
        follows[event_id] = (inviters, invitees, hosts,
                             *followed_by(db, items[event_id], invitees, hosts))
    visits = {e.id: e for e in summaries(db, list({
        f[4]["id"]: f[4] for f in follows.values() if f[4] is not None}.values()))}

    def invitation(event_id: int) -> InvitationLine:
        inviters, invitees, hosts, state, follow = follows[event_id]
        return InvitationLine(
            event=items[event_id], sources=sources.get(event_id, []), inviter=inviters,
            invitee=invitees, host=hosts, state=state,  # type: ignore[arg-type]
            followed_by=visits[follow["id"]] if follow is not None else None)

    if len(agreements) > AGREEMENTS:
        notes.append(f"{len(agreements)} agreements: the newest {AGREEMENTS} are listed")
    by_kind, by_year = _counts(light.values())
    return Brief(
        a=pa, b=pb, as_of=day,
        glance=Glance(total=len(ids), by_kind=by_kind, by_year=by_year,
                      first=items[engagements[-1]] if engagements else None,
                      last=items[engagements[0]] if engagements else None,
                      last_meeting=line(meeting[0]) if meeting else None,
                      last_multilateral=line(multilateral[0]) if multilateral else None),
        agreements=[line(i) for i in agreements[:AGREEMENTS]], agreements_total=len(agreements),
        invitations=[invitation(i) for i in invitations],
        ahead=[line(i) for i in ahead[:ANNOUNCED]], overdue=[line(i) for i in overdue[:ANNOUNCED]],
        held=[line(i) for i in announced[:ANNOUNCED]],
        offices=offices(db, [r["id"] for r in newest], pa, pb, day), notes=notes)
