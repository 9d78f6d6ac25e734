"""The brief before a meeting: the events two parties share, read by a handful of indexed
queries over their intersection (never every event of a big country).

- *at a glance*: counts by kind and year, the first and latest engagement held (invitations
  aside), the latest bilateral meeting and multilateral meeting both attended;
- *agreements* signed between them, newest first;
- *invitations*: who invited whom, and whether a matching visit followed: on or after the
  invitation (its date, else its first report) the invitee (a person, else a state) paid a visit
  to one of the inviter's countries or held a bilateral meeting there (*honoured*); or such a
  visit is announced (*planned*); or neither (*open*);
- *announced*: planned engagements still ahead (ending on or after ``as_of``, or undated), those
  whose date has passed without a report of them held, and those an article reported planned
  before they began and that were reported held since;
- *offices*: the offices held on each side by people seen in their newest shared events (and a
  person party's own), each with its holder as of ``as_of`` - the newest report in the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any

from dateline.store.backend import Backend, Row, chunks
from dateline.store.brief_models import (
    Brief,
    BriefLine,
    BriefParty,
    Glance,
    InvitationLine,
    KindYear,
    Office,
    SourceLink,
)
from dateline.store.models import ActorRef, EventSummary
from dateline.store.queries.common import actor_ref, bounds, marks
from dateline.store.queries.events import summaries
from dateline.store.queries.parties import find_party

__all__ = ["brief", "shared_events"]

AGREEMENTS = 50
INVITATIONS = 30
ANNOUNCED = 30
OFFICE_WINDOW = 500  # newest shared events read for the offices seen in them
OFFICES_PER_SIDE = 8
SOURCES = 3


def _index(party: BriefParty) -> tuple[str, str, int | str]:
    if party.key.isdigit():
        return "event_actors", "actor_id", int(party.key)
    return "event_countries", "country", party.key


def shared_events(a: BriefParty, b: BriefParty) -> tuple[str, list[Any]]:
    """SQL for the ids of the events both parties take part in, and its parameters."""
    (ta, ca, va), (tb, cb, vb) = _index(a), _index(b)
    return (f"SELECT DISTINCT x.event_id FROM {ta} x JOIN {tb} y ON y.event_id = x.event_id "
            f"AND y.{cb} = ? WHERE x.{ca} = ?", [vb, va])


class _Reader:
    """The brief's queries over the shared events; summaries and sources read once at the end."""

    def __init__(self, db: Backend, a: BriefParty, b: BriefParty) -> None:
        self.db = db
        self.shared, self.params = shared_events(a, b)
        self.rows: dict[int, Row] = {}

    def events(self, where: str = "", params: Sequence[Any] = (), order: str = "", *,
               limit: int) -> list[int]:
        rows = self.db.query(
            f"SELECT e.* FROM events e WHERE e.id IN ({self.shared}) {where} {order} LIMIT ?",
            [*self.params, *params, limit])
        for row in rows:
            self.rows[row["id"]] = row
        return [row["id"] for row in rows]

    def finish(self) -> tuple[dict[int, EventSummary], dict[int, list[SourceLink]]]:
        ids = sorted(self.rows)
        items = {e.id: e for e in summaries(self.db, [self.rows[i] for i in ids])}
        return items, _sources(self.db, ids)


def _sources(db: Backend, ids: list[int]) -> dict[int, list[SourceLink]]:
    out: dict[int, list[SourceLink]] = defaultdict(list)
    for part in chunks(ids):
        for row in db.query(
                "SELECT s.event_id, s.sentence_text, a.id, a.url, a.source, a.title, a.published "
                "FROM event_sources s JOIN articles a ON a.id = s.article_id JOIN events e ON "
                f"e.id = s.event_id WHERE s.event_id IN ({marks(part)}) ORDER BY s.event_id, "
                "CASE WHEN s.status = e.status THEN 0 ELSE 1 END, a.published NULLS LAST, a.id, "
                "s.id",
                list(part)):
            links = out[row["event_id"]]
            if len(links) < SOURCES and all(s.article_id != row["id"] for s in links):
                links.append(SourceLink(article_id=row["id"], url=row["url"],
                                        outlet=row["source"], title=row["title"],
                                        published=row["published"],
                                        sentence=row["sentence_text"]))
    return out


def _glance_counts(reader: _Reader) -> tuple[int, dict[str, int], list[KindYear]]:
    rows = reader.db.query(
        "SELECT e.kind, substr(e.date_lo, 1, 4) AS year, COUNT(*) AS n FROM events e "
        f"WHERE e.id IN ({reader.shared}) GROUP BY e.kind, substr(e.date_lo, 1, 4)",
        reader.params)
    by_kind: dict[str, int] = defaultdict(int)
    for row in rows:
        by_kind[row["kind"]] += int(row["n"])
    years = sorted((KindYear(year=r["year"] or "undated", kind=r["kind"], count=int(r["n"]))
                    for r in rows), key=lambda k: (k.year == "undated", k.year, k.kind))
    return sum(by_kind.values()), dict(sorted(by_kind.items(), key=lambda kv: -kv[1])), years


def _people(event: EventSummary, skip: Collection[int] = ()) -> list[ActorRef]:
    seen: dict[int, ActorRef] = {}
    for actor in [*event.source, *event.recipient, *event.participants]:
        if actor.kind == "person" and actor.id not in skip:
            seen.setdefault(actor.id, actor)
    return list(seen.values())


def _sides(invitation: EventSummary) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    """(inviters, invitees, host countries) of an invitation."""
    inviters = [a for a in invitation.source if a.kind == "person"]
    invitees = _people(invitation, {a.id for a in inviters})
    hosts = sorted({a.country for a in [*inviters, *invitation.source] if a.country})
    if not invitees:
        invitees = [a for a in [*invitation.recipient, *invitation.participants]
                    if a.kind != "person" and a.country not in hosts]
    if not hosts:
        guests = {a.country for a in invitees}
        hosts = [c for c in invitation.countries if c not in guests][:1]
    return inviters, invitees, hosts


def _follow(db: Backend, invitation: EventSummary, invitees: list[ActorRef],
            hosts: list[str]) -> tuple[str, Row | None]:
    """The invitee's first visit to a host country (or meeting held there) on or after the
    invitation: ('honoured', row), ('planned', row) or ('open', None)."""
    guests = {w.country for w in invitees if w.country}
    if not hosts or not invitees or (guests and guests <= set(hosts)):
        return "open", None  # nobody to come, or nowhere abroad to come to
    after = invitation.date.start or (invitation.first_reported or "")[:10] or None
    lo = bounds(after, None)[0] if after else None
    found: list[Row] = []
    for who in invitees:
        value: int | str | None
        if who.kind == "person":  # a visit the invitee pays (a source), or a meeting there
            table, column, value = "event_actors", "actor_id", who.id
            visitor = "x.role = 'source'"
        else:
            table, column, value = "event_countries", "country", who.country
            visitor = "1 = 1"
        found += db.query(
            f"SELECT DISTINCT e.* FROM {table} x JOIN events e ON e.id = x.event_id "
            f"WHERE x.{column} = ? AND e.id <> ? {'AND e.date_hi >= ? ' if lo else ''}AND ("
            f"(e.kind = 'visit' AND {visitor} AND (upper(e.place_country) IN ({marks(hosts)}) "
            f"OR e.id IN (SELECT event_id FROM event_countries WHERE country IN "
            f"({marks(hosts)})))) OR (e.kind = 'meeting' AND upper(e.place_country) IN "
            f"({marks(hosts)}))) ORDER BY e.date_lo NULLS LAST, e.id LIMIT 20",
            [value, invitation.id, *([lo] if lo else []), *hosts, *hosts, *hosts])
    for status in ("occurred", "planned"):
        rows = [r for r in found if r["status"] == status]
        if rows:
            best = min(rows, key=lambda r: (r["kind"] != "visit", r["date_lo"] or "", r["id"]))
            return ("honoured" if status == "occurred" else "planned"), best
    return "open", None


def _side_codes(party: BriefParty) -> set[str]:
    return {c for c in (party.country, None if party.key.isdigit() else party.key) if c}


def _offices(db: Backend, reader: _Reader, a: BriefParty, b: BriefParty,
             as_of: str | None) -> list[Office]:
    """Per side, the offices of people seen in the newest shared events (a person party's own
    first), each with its holder as of ``as_of``."""
    sides = {"a": _side_codes(a), "b": _side_codes(b)}
    codes = sorted(sides["a"] | sides["b"])
    if not codes:
        return []
    newest = (f"SELECT e.id FROM events e WHERE e.id IN ({reader.shared}) "
              "ORDER BY e.date_lo DESC NULLS LAST, e.id DESC LIMIT ?")
    rows = db.query(
        "SELECT r.title_key, r.country, COUNT(DISTINCT y.event_id) AS n FROM "
        f"({newest}) x JOIN event_actors y ON y.event_id = x.id JOIN roles r ON "
        f"r.person_id = y.actor_id WHERE r.country IN ({marks(codes)}) "
        "GROUP BY r.title_key, r.country ORDER BY n DESC, r.title_key",
        [*reader.params, OFFICE_WINDOW, *codes])
    met = {r["actor_id"] for r in db.query(
        f"SELECT DISTINCT y.actor_id FROM ({newest}) x JOIN event_actors y ON y.event_id = x.id",
        [*reader.params, OFFICE_WINDOW])}
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
    offices: list[Office] = []
    done: set[tuple[str, str]] = set()
    counts = {(r["title_key"], r["country"]): int(r["n"]) for r in rows}
    for side, title_key, country, _ in wanted:
        if (title_key, country) in done or sum(o.side == side for o in offices) >= OFFICES_PER_SIDE:
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
        offices.append(Office(
            side=side, title=holder["title"], country=country,  # type: ignore[arg-type]
            organization=holder["organization"], holder=actor_ref(holder, "p_"),
            first_seen=holder["first_seen"], last_seen=holder["last_seen"],
            n_sources=holder["n_sources"], met=holder["p_id"] in met,
            shared_events=counts.get((title_key, country), 0)))
    return offices


def brief(db: Backend, a: str, b: str, *, as_of: str | None = None) -> Brief:
    """The brief for parties ``a`` and ``b`` as a user types them (see
    :func:`~dateline.store.queries.parties.find_party`)."""
    from dateline.errors import UsageError

    pa, pb = find_party(db, a), find_party(db, b)
    if pa.key == pb.key:
        raise UsageError(f"{a!r} and {b!r} are the same party ({pa.name})")
    day = bounds(as_of, None)[0] if as_of else db.scalar(
        "SELECT MAX(published) FROM articles")
    day = str(day)[:10] if day else None
    reader = _Reader(db, pa, pb)
    total, by_kind, by_year = _glance_counts(reader)
    held = "AND e.status = 'occurred' AND e.kind <> 'invitation' AND e.date_lo IS NOT NULL"
    first = reader.events(held, order="ORDER BY e.date_lo, e.id", limit=1)
    last = reader.events(held, order="ORDER BY e.date_lo DESC, e.id DESC", limit=1)
    newest = "ORDER BY e.date_lo DESC NULLS LAST, e.id DESC"
    meeting = reader.events("AND e.status = 'occurred' AND e.kind = 'meeting'", order=newest,
                            limit=1)
    multilateral = reader.events("AND e.status = 'occurred' AND e.kind = 'multilateral'",
                                 order=newest, limit=1)
    agreements = reader.events("AND e.kind = 'agreement' AND e.status = 'occurred'",
                               order=newest, limit=AGREEMENTS)
    n_agreements = int(db.scalar(
        f"SELECT COUNT(*) FROM events e WHERE e.id IN ({reader.shared}) AND "
        "e.kind = 'agreement' AND e.status = 'occurred'", reader.params) or 0)
    invitations = reader.events("AND e.kind = 'invitation'", order=(
        "ORDER BY COALESCE(e.date_lo, substr(e.first_reported, 1, 10)) DESC NULLS LAST, "
        "e.id DESC"), limit=INVITATIONS)
    soon = "ORDER BY e.date_lo NULLS LAST, e.id"
    ahead = reader.events("AND e.status = 'planned'" + (
        " AND (e.date_hi IS NULL OR e.date_hi >= ?)" if day else ""), [day] if day else [],
        soon, limit=ANNOUNCED)
    overdue = reader.events("AND e.status = 'planned' AND e.date_hi < ?", [day], newest,
                            limit=ANNOUNCED) if day else []
    announced = reader.events(  # reported planned before it began, held since
        "AND e.status = 'occurred' AND e.kind <> 'invitation' AND e.date_start IS NOT NULL "
        "AND e.id IN (SELECT h.event_id FROM event_history h WHERE h.event_id = e.id AND "
        "h.status = 'planned' AND substr(h.reported_on, 1, 10) < e.date_start)",
        order=newest, limit=ANNOUNCED)
    items, sources = reader.finish()

    def line(event_id: int) -> BriefLine:
        return BriefLine(event=items[event_id], sources=sources.get(event_id, []))

    lines: list[InvitationLine] = []
    for event_id in invitations:
        event = items[event_id]
        inviters, invitees, hosts = _sides(event)
        state, follow = _follow(db, event, invitees, hosts)
        lines.append(InvitationLine(
            event=event, sources=sources.get(event_id, []), inviter=inviters, invitee=invitees,
            host=hosts, state=state,  # type: ignore[arg-type]
            followed_by=summaries(db, [follow])[0] if follow is not None else None))
    notes = []
    if n_agreements > AGREEMENTS:
        notes.append(f"{n_agreements} agreements: the newest {AGREEMENTS} are listed")
    return Brief(
        a=pa, b=pb, as_of=day,
        glance=Glance(total=total, by_kind=by_kind, by_year=by_year,
                      first=items[first[0]] if first else None,
                      last=items[last[0]] if last else None,
                      last_meeting=line(meeting[0]) if meeting else None,
                      last_multilateral=line(multilateral[0]) if multilateral else None),
        agreements=[line(i) for i in agreements], agreements_total=n_agreements,
        invitations=lines, ahead=[line(i) for i in ahead],
        overdue=[line(i) for i in overdue], held=[line(i) for i in announced],
        offices=_offices(db, reader, pa, pb, day), notes=notes)
