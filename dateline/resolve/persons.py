"""Is this person mention someone we already know?

One canonical person per real person: spelling and transliteration variants share a skeleton
(:mod:`dateline.resolve.names`), and country and office keep namesakes apart:

- full given names must agree ("Ilham Aliyev" never merges with "Kamran Aliyev");
- an initial ("K. Aliyev") matches a known full name only when title and country agree;
- a surname alone ("Aliyev") matches only when title (if any) and country agree and the
  qualifying people share one given name; when several could be meant, or the mention has no
  country, it is the person known only by that surname (and country, or none) - one such
  person per written form, created the first time and reused after (:func:`_same_written_form`),
  so a bare "Franklin" never becomes Benjamin Franklin by guess nor a new person per report;
- two known, different countries never match;
- spelling variants the skeleton does not fold ("Movahedi-Azad" / "Movahedi-Azadi", "Mohammad" /
  "Mohammed") are one person only when country and office agree (:func:`spelling_variants`,
  :func:`near_surname` in :mod:`dateline.resolve.names`); the store offers the people of the
  same country whose surname starts alike as candidates besides the namesakes;
- within one record, a bare surname with no country of its own ("Movahedi-Azad") is the one
  person of the record written in full with that surname (:func:`record_namesake`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dateline.record import Actor
from dateline.resolve.entities import title_key
from dateline.resolve.names import (
    PersonName,
    near_surname,
    parse_person_name,
    spelling_variants,
)

__all__ = ["PersonCandidate", "PersonObservation", "match_person", "observe_person",
           "record_namesake"]


@dataclass(frozen=True, slots=True)
class PersonObservation:
    """What one record says about a person."""

    name: str
    parsed: PersonName
    title_key: str | None
    country: str | None


@dataclass(slots=True)
class PersonCandidate:
    """A canonical person as the store knows it."""

    id: int
    name: str
    parsed: PersonName
    country: str | None
    title_keys: set[str] = field(default_factory=set)


def observe_person(actor: Actor) -> PersonObservation:
    """The matching keys of a record's person actor."""
    return PersonObservation(
        name=actor.name,
        parsed=parse_person_name(actor.name),
        title_key=title_key(actor.title) if actor.title else None,
        country=actor.country,
    )


def _country_ok(obs: PersonObservation, cand: PersonCandidate) -> bool:
    return obs.country is None or cand.country is None or obs.country == cand.country


def _office_agrees(obs: PersonObservation, cand: PersonCandidate) -> bool:
    """Title and country both known and both the same."""
    return (obs.title_key is not None and obs.title_key in cand.title_keys
            and obs.country is not None and obs.country == cand.country)


def _given_match(obs: PersonObservation, cand: PersonCandidate) -> bool:
    """Full given name written: same given name (or a spelling of the whole name, in the same
    office), or a candidate known only by initial/surname."""
    if cand.parsed.has_given:
        return (cand.parsed.given == obs.parsed.given or cand.parsed.full == obs.parsed.full
                or (_office_agrees(obs, cand) and spelling_variants(obs.parsed, cand.parsed)))
    if cand.parsed.initial:
        return cand.parsed.initial == obs.parsed.initial and _office_agrees(obs, cand)
    return _office_agrees(obs, cand)


def _initial_match(obs: PersonObservation, cand: PersonCandidate) -> bool:
    """Only an initial written ("K. Aliyev")."""
    if cand.parsed.initial != obs.parsed.initial:
        return cand.parsed.surname_only and _office_agrees(obs, cand)
    if cand.parsed.has_given:
        return _office_agrees(obs, cand)
    return True  # the same initial and surname as written before


def _surname_hits(obs: PersonObservation, pool: list[PersonCandidate],
                  near: list[PersonCandidate]) -> list[PersonCandidate]:
    """Only a surname written ("Prosecutor General Aliyev"): country must agree, then title;
    a surname spelt a letter apart counts in the same office only. With no country, none of
    them: the mention can only be the person known by that bare surname."""
    if obs.country is None:
        return []
    same = [c for c in pool if c.country == obs.country]
    same += [c for c in near if c not in same and _office_agrees(obs, c)]
    if obs.title_key is None:
        return same
    titled = [c for c in same if obs.title_key in c.title_keys]
    return titled or [c for c in same if c.parsed.surname_only and not c.title_keys]


def _same_written_form(obs: PersonObservation,
                       pool: list[PersonCandidate]) -> PersonCandidate | None:
    """The person known only by this surname (or initial) - the bucket for ambiguous mentions."""
    for cand in sorted(pool, key=lambda c: c.id):
        if (not cand.parsed.has_given and cand.parsed.initial == obs.parsed.initial
                and cand.country == obs.country):
            return cand
    return None


def _score(obs: PersonObservation, cand: PersonCandidate) -> tuple[int, int, int, int]:
    return (
        int(obs.country is not None and obs.country == cand.country),
        int(obs.title_key is not None and obs.title_key in cand.title_keys),
        int(cand.parsed.full == obs.parsed.full),
        -cand.id,
    )


def match_person(obs: PersonObservation,
                 candidates: Sequence[PersonCandidate]) -> PersonCandidate | None:
    """The known person ``obs`` refers to, or None when it is someone new (or ambiguous).

    ``candidates`` are the people with the same surname skeleton and, when the observation has
    a title and a country, others of that country: those match only as spelling variants of
    the name in the same office.
    """
    pool = [c for c in candidates if c.parsed.surname == obs.parsed.surname and _country_ok(obs, c)]
    pooled = {id(c) for c in pool}  # identity: comparing candidates field by field is slow
    others = [c for c in candidates if id(c) not in pooled and _country_ok(obs, c)]
    if obs.parsed.has_given:
        hits = [c for c in pool if _given_match(obs, c)]
        hits += [c for c in others if c.parsed.has_given and _office_agrees(obs, c)
                 and spelling_variants(obs.parsed, c.parsed)]
    elif obs.parsed.initial:
        hits = [c for c in pool if _initial_match(obs, c)]
        if len({c.parsed.given for c in hits if c.parsed.has_given}) > 1:
            return _same_written_form(obs, pool)
    else:
        hits = _surname_hits(obs, pool, [c for c in others if near_surname(obs.parsed, c.parsed)])
        if obs.country is None or len({c.parsed.given or c.parsed.initial for c in hits}) > 1:
            return _same_written_form(obs, pool)  # "Aliyev" could be Ilham or Kamran
    if not hits:
        return None
    return max(hits, key=lambda c: _score(obs, c))


def record_namesake(actor: Actor, actors: Sequence[Actor]) -> Actor | None:
    """The person of the same record ``actor`` names by surname alone, when it has no country
    of its own (or the same one) and exactly one person of the record, written with a given
    name, has that surname ("Movahedi-Azad" after "Mohammad Kazem Movahedi-Azad")."""
    if actor.kind != "person":
        return None
    surname = parse_person_name(actor.name)
    if not surname.surname_only:
        return None
    found = []
    for other in actors:
        if other.kind != "person" or other.id == actor.id:
            continue
        if actor.country is not None and other.country != actor.country:
            continue
        parsed = parse_person_name(other.name)
        if parsed.has_given and parsed.surname == surname.surname:
            found.append(other)
    return found[0] if len({f.name for f in found}) == 1 else None
