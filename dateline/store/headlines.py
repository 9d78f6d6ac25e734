"""Headlines: one line that reads like news for every canonical event.

"Zhandos Umiraliyev (KAZ) visits Baku", "Aliyev and Umiraliyev meet in Baku", "29th IAP Annual
Conference, Baku, 29 Sep – 2 Oct 2024", "Call: Tokayev – Mirziyoyev". The same text is the
``headline`` of every event in the JSON twins, the exports (jsonl, csv, parquet), the UI and the
brief. :func:`headline` reads only what an :class:`~dateline.store.models.EventSummary` carries
(kind, status, name, date, place, countries and its actors by side), so it costs no query.

People are named by their short name (surname; the given name before "bin"; the family name
first for the states in ``name_words.yaml`` ``family_name_first``), or in full when two people in
one headline share it (Ilham and Kamran Aliyev). Planned events read "to visit", "to meet".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from typing import Any, Protocol

from dateline.lexicons import load_lexicon
from dateline.resolve.entities import country_name, organization_key

__all__ = ["date_span", "headline", "is_state", "short_event_name", "short_name"]

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_NAMED = 3  # people (or states) named in one headline before "and N others"
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)


class _Actor(Protocol):
    id: int
    kind: str
    name: str
    country: str | None


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = load_lexicon("name_words.yaml")
    return (frozenset(words["patronymic_chain"]), frozenset(words["family_name_first"]),
            frozenset(words["patronymic_suffixes"]))


def short_name(name: str, country: str | None = None) -> str:
    """How a headline names a person: "Aliyev", "Faisal" (Faisal bin Farhan Al Saud), "Xi"
    (Xi Jinping, CHN)."""
    chain, family_first, suffixes = _words()
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].lower().strip(".") in suffixes:
        tokens.pop()
    if len(tokens) <= 1:
        return " ".join(tokens) or name
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower() in chain:
            return " ".join(tokens[:i])
    if country and country.upper() in family_first:
        return tokens[0]
    return tokens[-1]


def _persons(actors: Iterable[_Actor], skip: Collection[int] = ()) -> list[_Actor]:
    seen: dict[int, _Actor] = {}
    for actor in actors:
        if actor.kind == "person" and actor.id not in skip:
            seen.setdefault(actor.id, actor)
    return list(seen.values())


def _codes(actors: Iterable[_Actor]) -> list[str]:
    """The countries (or IGO codes) of country actors, in order, once each."""
    out: list[str] = []
    for actor in actors:
        code = actor.country if actor.kind == "country" else None
        if code and code not in out:
            out.append(code)
    return out


def _names(people: Sequence[_Actor], *, full: bool = False) -> list[str]:
    """Short names, in full for those whose short name another person here shares."""
    shorts = [short_name(p.name, p.country) for p in people]
    return [p.name if full or shorts.count(s) > 1 else s for p, s in zip(people, shorts, strict=True)]


def _join(items: Sequence[str], limit: int = MAX_NAMED) -> str:
    items = list(dict.fromkeys(i for i in items if i))
    if len(items) > limit + 1:
        return f"{', '.join(items[:limit])} and {len(items) - limit} others"
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


@cache
def is_state(code: str) -> bool:
    """An ISO 3166-1 alpha-3 code (not an IGO's acronym such as ``IAP`` or ``EU``)."""
    import pycountry

    return len(code) == 3 and pycountry.countries.get(alpha_3=code.upper()) is not None


def _country(code: str) -> str:
    """A state's name ("Kazakhstan"); an IGO by its acronym ("IAP")."""
    return country_name(code) if is_state(code) else code


def _part(value: str) -> tuple[int, int | None, int | None]:
    bits = [int(b) for b in value.split("-")[:3] if b.isdigit()]
    return bits[0], (bits[1] if len(bits) > 1 else None), (bits[2] if len(bits) > 2 else None)


def _one(year: int, month: int | None, day: int | None) -> str:
    return " ".join(str(x) for x in (day, MONTHS[month - 1] if month else None, year) if x)


def date_span(start: str | None, end: str | None = None) -> str:
    """"29 Sep – 2 Oct 2024", "29–30 Sep 2024", "6 Nov 2024", "Sep – Nov 2025", "2025";
    '' without a start."""
    if not start:
        return ""
    a = _part(start)
    b = _part(end) if end and end != start else a
    if a == b:
        return _one(*a)
    (y1, m1, d1), (y2, m2, d2) = a, b
    if y1 == y2 and m1 and m2 and (d1 is None) == (d2 is None):
        if d1 is None:
            return f"{MONTHS[m1 - 1]} – {MONTHS[m2 - 1]} {y1}"
        if m1 == m2:
            return f"{d1}–{d2} {MONTHS[m1 - 1]} {y1}"
        return f"{d1} {MONTHS[m1 - 1]} – {d2} {MONTHS[m2 - 1]} {y1}"
    return f"{_one(*a)} – {_one(*b)}"


def short_event_name(name: str) -> str:
    """A conference's name as a headline writes it: the organiser's acronym for "of the
    <organisation>", the first of "A and B" dropped to A: "29th Annual Conference and General
    Meeting of the International Association of Prosecutors" -> "29th IAP Annual Conference"."""
    text = " ".join(name.split())
    match = re.search(r"\s\(([A-Z]{2,8})\)$", text)
    spelled = match.group(1) if match else None
    if match:
        text = text[:match.start()]
    for found in re.finditer(r" of the ", text):
        head, org = text[:found.start()], text[found.end():]
        key = spelled or organization_key(org)
        if "|" in key or not head:
            continue
        head = head.split(" and ")[0]
        words = head.split()
        if words and _ORDINAL.match(words[0]):
            return " ".join([words[0], key, *words[1:]])
        return f"{key} {head}"
    return name.strip()


def _where(event: Any, skip: Iterable[str] = ()) -> str | None:
    """The place's name (a city, else a country), unless it is one of ``skip``'s countries."""
    place = event.place
    if place is None:
        return None
    if place.country and place.country in skip and (
            not place.name or place.name == _country(place.country)):
        return None
    return place.name or (_country(place.country) if place.country else None)


def _label(event: Any) -> str:
    """A named event: "<short name>, <place>, <dates>"."""
    parts = [short_event_name(event.name)] if event.name else []
    if not parts:
        igos = [c for c in event.countries if not is_state(c)]
        parts = [f"{igos[0]} gathering" if igos else "Gathering"]
    where = _where(event)
    if where and where.lower() not in parts[0].lower():
        parts.append(where)
    when = date_span(event.date.start, event.date.end)
    if when:
        parts.append(when)
    return ", ".join(parts)


def _visit(event: Any, planned: bool) -> str:
    hosts = {a.id for a in event.recipient}
    visitors = _persons(event.source, hosts) or _persons(event.source)
    if visitors:
        names = _names(visitors, full=True)
        who = _join([f"{n} ({p.country})" if p.country else n
                     for n, p in zip(names, visitors, strict=True)], 1)
        own = {p.country for p in visitors if p.country}
    else:
        own = set(_codes(event.source)[:1] or event.countries[:1])
        who = f"Delegation of {_country(next(iter(own)))}" if own else "Delegation"
    where = _where(event, own) or _join([_country(c) for c in event.countries if c not in own])
    verb = ("to visit" if planned else "visits") if len(visitors) <= 1 else (
        "to visit" if planned else "visit")
    return f"{who} {verb} {where}".strip() if where else f"{who} {'to pay' if planned else 'pays'} a visit"


def _sides(event: Any) -> tuple[list[str], list[str]]:
    """Everyone taking part as people's short names, and the countries no named person
    represents."""
    people = _persons([*event.source, *event.recipient, *event.participants])
    covered = {p.country for p in people if p.country}
    states = [c for c in event.countries if c not in covered]
    return _names(people), [_country(c) for c in states]


def _meet(event: Any, planned: bool) -> str:
    if event.name and event.kind == "multilateral":
        return _label(event)
    people, states = _sides(event)
    where = _where(event, [c for c in event.countries if _country(c) in states])
    tail = f" in {where}" if where else ""
    if event.kind == "multilateral":
        igos = [c for c in event.countries if not is_state(c)]
        n_states = len(event.countries) - len(igos)
        if n_states > MAX_NAMED + 1 or igos:
            what = f"{igos[0]} meeting" if igos else "Meeting"
            return f"{what} of {n_states} states{tail}" if n_states > 1 else f"{what}{tail}"
        if len(people) < 2 or len(people) > MAX_NAMED + 1:
            people, states = [], [_country(c) for c in event.countries]
    if people and states:
        verb = "to hold" if planned else ("holds" if len(people) == 1 else "hold")
        return f"{_join(people)} {verb} talks with {_join(states)}{tail}"
    names = people or states
    if len(names) < 2:
        return f"Talks{tail}" if not names else f"{names[0]} {'to hold' if planned else 'holds'} talks{tail}"
    verb = ("to meet" if planned else "meet") if people else (
        "to hold talks" if planned else "hold talks")
    return f"{_join(names)} {verb}{tail}"


def _side(actors: Iterable[_Actor], skip: Collection[int] = ()) -> list[str]:
    people = _persons(actors, skip)
    if people:
        return _names(people)
    return [_country(c) for c in _codes(actors)]


def _call(event: Any, planned: bool) -> str:
    a = _side(event.source)
    b = _side(event.recipient, {x.id for x in event.source}) or _side(event.participants)
    if not b:
        b = [_country(c) for c in event.countries if _country(c) not in a]
    names = _names(_persons([*event.source, *event.recipient, *event.participants]))
    if len(names) >= 2 and len(a) + len(b) > len(names):
        a, b = names[:1], names[1:]
    label = "Call planned" if planned else "Call"
    return f"{label}: {' – '.join(x for x in (_join(a), _join(b)) if x)}" if a or b else label


def _agreement(event: Any, planned: bool) -> str:
    states = [c for c in event.countries if is_state(c)] or list(event.countries)
    if len(states) > MAX_NAMED:
        who = f"{len(states)} states"
    else:
        who = _join([_country(c) for c in states]) or _join(_side(event.source)) or "Parties"
    single = len(states) == 1 and len(who.split(" and ")) == 1
    verb = "to sign" if planned else ("signs" if single else "sign")
    name = event.name
    if not name:
        what = "an agreement"
    elif " " not in name.strip() and name.islower():
        what = f"a {name}"
    else:
        what = name
    return f"{who} {verb} {what}"


def _invitation(event: Any) -> str:
    inviters = _persons(event.source)
    skip = {p.id for p in inviters}
    invitees = _persons([*event.recipient, *event.participants], skip)
    names = _names([*inviters, *invitees])
    by, to = names[:len(inviters)], names[len(inviters):]
    if not by:
        by = [_country(c) for c in _codes(event.source)]
    own = {p.country for p in inviters if p.country} | set(_codes(event.source))
    if not to:
        to = [_country(c) for c in _codes(event.recipient) if c not in own] or [
            _country(c) for c in event.countries if c not in own]
    if by and to:
        return f"{_join(by)} {'invites' if len(by) == 1 else 'invite'} {_join(to)}"
    if by:
        return f"Invitation from {_join(by)}"
    return f"Invitation to {_join(to)}" if to else "Invitation"


def headline(event: Any) -> str:
    """The headline of an event (an :class:`~dateline.store.models.EventSummary` or anything
    with its fields)."""
    planned = event.status == "planned"
    kind = event.kind
    if kind == "visit":
        return _visit(event, planned)
    if kind in ("meeting", "multilateral"):
        return _meet(event, planned)
    if kind == "gathering":
        return _label(event)
    if kind == "call":
        return _call(event, planned)
    if kind == "agreement":
        return _agreement(event, planned)
    if kind == "invitation":
        return _invitation(event)
    if event.name:
        return _label(event)
    people, states = _sides(event)
    return f"Engagement: {' – '.join(people + states)}" if people or states else "Engagement"
