"""Who a user means by a party: "AZE", "Kazakhstan", "Kazakh", "IAP", "Kamran Aliyev", "14".

In order: an actor id; a country code or IGO acronym (written in capitals, or three letters
that are a country's code); a country's name or demonym (the place rules of
:mod:`dateline.resolve.places`); else the best person, then organisation, then country whose
name contains the words (the most mentioned first; the others are kept as alternatives).
Countries and IGOs become codes (their events are those the code takes part in); an
organisation known by an acronym that events list as a participant does too.
"""

from __future__ import annotations

from dateline.errors import NotFoundError
from dateline.resolve.entities import country_name
from dateline.resolve.places import parse_place
from dateline.store.backend import Backend, Row
from dateline.store.brief_models import BriefParty
from dateline.store.queries.actors import actor_refs
from dateline.store.queries.common import actor_ref

__all__ = ["find_party"]

ALTERNATIVES = 5


def _code_party(db: Backend, query: str, code: str) -> BriefParty | None:
    """A country code or IGO acronym the store knows (an actor, or a participant of events)."""
    row = db.query_one("SELECT id, kind, name FROM actors WHERE kind IN ('country', "
                       "'organization') AND key = ? ORDER BY kind LIMIT 1", (code,))
    listed = db.scalar("SELECT 1 FROM event_countries WHERE country = ? LIMIT 1", (code,))
    named = country_name(code)
    if row is None and listed is None and named == code:
        return None
    kind = row["kind"] if row is not None else ("country" if len(code) == 3 and named != code
                                                else "organization")
    return BriefParty(query=query, key=code, name=named if named != code else (
        row["name"] if row is not None else code), kind=kind,
        actor_id=row["id"] if row is not None else None, country=code)


def _actor_party(db: Backend, query: str, row: Row,
                 alternatives: list | None = None) -> BriefParty:  # type: ignore[type-arg]
    """A party for an actor row: countries (and IGOs the events list) by code."""
    ref = actor_ref(row)
    key = str(ref.id)
    if ref.kind == "country" and ref.country:
        key = ref.country
    elif ref.kind == "organization":
        code = db.scalar("SELECT key FROM actors WHERE id = ?", (ref.id,))
        if code and "|" not in str(code) and db.scalar(
                "SELECT 1 FROM event_countries WHERE country = ? LIMIT 1", (code,)):
            key = str(code)
    return BriefParty(query=query, key=key, name=ref.name, kind=ref.kind, actor_id=ref.id,
                      title=ref.title, country=ref.country if ref.kind != "organization"
                      else (key if key != str(ref.id) else ref.country),
                      alternatives=alternatives or [])


def find_party(db: Backend, text: str) -> BriefParty:
    """The party ``text`` names; :class:`NotFoundError` when nothing in the store matches."""
    query = " ".join(text.split())
    if not query:
        raise NotFoundError("a party is empty: name a person, a country or an organisation")
    if query.isdigit():
        row = db.query_one("SELECT id, kind, name, title, country FROM actors WHERE id = ?",
                           (int(query),))
        if row is None:
            raise NotFoundError(f"no actor with id {query}")
        return _actor_party(db, query, row)
    letters = query.replace("-", "")
    if letters.isalpha() and ((letters.isupper() and 2 <= len(letters) <= 8)
                              or len(letters) == 3):
        found = _code_party(db, query, letters.upper())
        if found is not None:
            return found
    place = parse_place(query)
    if place is not None and place.country is not None:
        found = _code_party(db, query, place.country)
        if found is not None:
            return found
    for kind in ("person", "organization", "country", "group"):
        refs = actor_refs(db, kind, query, ALTERNATIVES + 1)
        if refs:
            first = refs[0]
            row = {"id": first.id, "kind": first.kind, "name": first.name,
                   "title": first.title, "country": first.country}
            return _actor_party(db, query, row, refs[1:])
    raise NotFoundError(f"no person, country or organisation matches {query!r}")
