"""Invitations in the brief: who invited whom, and whether a matching visit followed.

The inviters are the people the invitation reports as its source; the invitees the other people
taking part (else the states invited); the host countries are the inviters' (else the one state
the invitees do not serve). A visit followed when, on or after the invitation (its date, else
its first report), the invitee paid a visit to a host country (as a visitor: a source of the
visit) or held a bilateral meeting there: *honoured*; when such a visit is only announced:
*planned*; else the invitation is *open*. A query per invitee, on its (party, date) index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from dateline.store.backend import Backend, Row
from dateline.store.models import ActorRef, EventSummary
from dateline.store.queries.common import bounds, marks

__all__ = ["followed_by", "invitation_sides", "people_of"]

UNDER_WAY_DAYS = 31  # a visit that began this long before the invitation can still follow it


def people_of(event: EventSummary, skip: Collection[int] = ()) -> list[ActorRef]:
    """The people taking part in ``event`` (but ``skip``), once each, sources first."""
    seen: dict[int, ActorRef] = {}
    for actor in [*event.source, *event.recipient, *event.participants]:
        if actor.kind == "person" and actor.id not in skip:
            seen.setdefault(actor.id, actor)
    return list(seen.values())


def invitation_sides(invitation: EventSummary
                     ) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    """(inviters, invitees, host countries) of an invitation."""
    inviters = [a for a in invitation.source if a.kind == "person"]
    invitees = people_of(invitation, {a.id for a in inviters})
    hosts = sorted({a.country for a in [*inviters, *invitation.source] if a.country})
    if not invitees:
        invitees = [a for a in [*invitation.recipient, *invitation.participants]
                    if a.kind != "person" and a.country not in hosts]
    if not hosts:
        guests = {a.country for a in invitees}
        hosts = [c for c in invitation.countries if c not in guests][:1]
    return inviters, invitees, hosts


def followed_by(db: Backend, invitation: EventSummary, invitees: list[ActorRef],
                hosts: list[str]) -> tuple[str, Row | None]:
    """The invitee's first visit to a host country (or meeting held there) on or after the
    invitation: ('honoured', row), ('planned', row) or ('open', None)."""
    guests = {w.country for w in invitees if w.country}
    if not hosts or not invitees or (guests and guests <= set(hosts)):
        return "open", None  # nobody to come, or nowhere abroad to come to
    after = invitation.date.start or (invitation.first_reported or "")[:10] or None
    lo = bounds(after, None)[0] if after else None
    # the invitee's events from a little before (a visit under way) on the (party, date) index
    since = (dt.date.fromisoformat(lo) - dt.timedelta(days=UNDER_WAY_DAYS)).isoformat() \
        if lo else None
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
            f"WHERE x.{column} = ? AND e.id <> ? "
            f"{'AND x.date_lo >= ? AND e.date_hi >= ? ' if lo else ''}AND ("
            f"(e.kind = 'visit' AND {visitor} AND (upper(e.place_country) IN ({marks(hosts)}) "
            f"OR EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id AND "
            f"c.country IN ({marks(hosts)})))) OR (e.kind = 'meeting' AND upper(e.place_country) IN "
            f"({marks(hosts)}))) ORDER BY e.date_lo NULLS LAST, e.id LIMIT 20",
            [value, invitation.id, *([since, lo] if lo else []), *hosts, *hosts, *hosts])
    for status in ("occurred", "planned"):
        rows = [r for r in found if r["status"] == status]
        if rows:
            best = min(rows, key=lambda r: (r["kind"] != "visit", r["date_lo"] or "", r["id"]))
            return ("honoured" if status == "occurred" else "planned"), best
    return "open", None
