"""The Russian lexicons (``ru_*.yaml``) as phrase tables over lemma keys, built once.

Countries take the Russian names of pycountry's ISO 3166 locale plus ``ru_places.yaml``;
organisations and groups point at the English entries (``organizations.yaml``, ``groups.yaml``)
by their keys, so both languages name a party the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.errors import LexiconError
from dateline.extract.places import GroupEntry, OrgEntry, group_entries, org_by_acronym
from dateline.extract.russian.words import PhraseTable, lemmas, ru_lexicon

__all__ = ["Place", "Title", "countries", "cues", "demonyms", "event_words", "groups", "title_words", "modifiers",
           "organizations", "places", "title_complements", "titles"]


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    organization: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    noun: bool = False
    travel: bool = False
    hosted: bool = False
    needs: tuple[str, ...] = ()
    plural: bool = False  # only in the plural ("консультации": talks; "консультация": advice)


@dataclass(frozen=True, slots=True)
class Place:
    """A place word: a country (``city`` None) or a city (English gazetteer name)."""

    country: str | None
    city: str | None = None


@cache
def titles() -> PhraseTable[Title]:
    data = ru_lexicon("ru_titles.yaml")
    return PhraseTable([(phrase, Title(e["title"], e.get("organization"), e.get("country")))
                        for e in data["titles"] for phrase in e["ru"]])


@cache
def modifiers() -> PhraseTable[str]:
    data = ru_lexicon("ru_titles.yaml")
    return PhraseTable([(phrase, e["en"]) for e in data["modifiers"] for phrase in e["ru"]])


@cache
def portfolios() -> PhraseTable[str]:
    """A minister's portfolio joined to a listed one (``ru_titles.yaml``: portfolios) -> English."""
    return PhraseTable([(phrase, e["en"]) for e in ru_lexicon("ru_titles.yaml")["portfolios"] for phrase in e["ru"]])


@cache
def scope_places() -> PhraseTable[str]:
    """Regions a post is for (``ru_titles.yaml``: scope_places) -> English."""
    return PhraseTable([(phrase, e["en"]) for e in ru_lexicon("ru_titles.yaml")["scope_places"] for phrase in e["ru"]])


@cache
def title_complements() -> PhraseTable[bool]:
    return PhraseTable([(p, True) for p in ru_lexicon("ru_titles.yaml")["complements"]])


def _iso_names() -> list[tuple[str, str]]:
    import gettext

    import pycountry

    try:
        russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except OSError as exc:
        raise LexiconError("pycountry's Russian locale is missing") from exc
    out = []
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                out.append((russian.gettext(value).replace("\u0301", ""), country.alpha_3))
    return out


@cache
def complement_stems() -> PhraseTable[bool]:
    """The office words after a title, on crude stems (names pymorphy3 lemmatises by guess)."""
    return PhraseTable([(p, True) for p in ru_lexicon("ru_titles.yaml")["complements"]], crude=True)


@cache
def state_bodies() -> PhraseTable[str]:
    """A state's legislature by its own name ("Милли Меджлис": AZE), on crude stems."""
    data = ru_lexicon("ru_titles.yaml")["state_bodies"]
    return PhraseTable([(p, code) for code, phrases in data.items() for p in phrases], crude=True)


@cache
def counterparts() -> PhraseTable[bool]:
    """Words for an official's opposite number ("коллега")."""
    return PhraseTable([(p, True) for p in ru_lexicon("ru_titles.yaml")["counterparts"]])


@cache
def countries() -> PhraseTable[str]:
    """Russian country names (any case) -> ISO-3."""
    data = ru_lexicon("ru_places.yaml")
    listed = [(name, code) for code, names in data["countries"].items() for name in names]
    return PhraseTable(listed + _iso_names())  # the listed forms win


@cache
def demonyms() -> PhraseTable[str]:
    data = ru_lexicon("ru_places.yaml")
    return PhraseTable([(word, code) for code, words in data["demonyms"].items() for word in words])


def _place_entries() -> list[tuple[str, Place]]:
    data = ru_lexicon("ru_places.yaml")
    cities = [(ru, Place(None, en)) for en, names in data["cities"].items() for ru in names]
    return cities + [(name, Place(code)) for name, code in _country_pairs()]


@cache
def places() -> PhraseTable[Place]:
    """Cities and countries as places (any case)."""
    return PhraseTable(_place_entries())


@cache
def place_stems() -> PhraseTable[Place]:
    """The same on crude stems, for names pymorphy3 lemmatises by guess ("в Габале")."""
    return PhraseTable(_place_entries(), crude=True)


def _country_pairs() -> list[tuple[str, str]]:
    data = ru_lexicon("ru_places.yaml")
    return [(n, c) for c, names in data["countries"].items() for n in names] + _iso_names()


@cache
def organizations() -> PhraseTable[OrgEntry]:
    data = ru_lexicon("ru_organizations.yaml")
    entries = []
    for acronym, names in data["organizations"].items():
        org = org_by_acronym(acronym)
        if org is None:
            raise LexiconError(f"ru_organizations.yaml: {acronym} is not in organizations.yaml")
        entries += [(name, org) for name in names]
    return PhraseTable(entries)


@cache
def groups() -> PhraseTable[GroupEntry]:
    data = ru_lexicon("ru_organizations.yaml")
    by_key = {g.key: g for g in group_entries()}
    entries = []
    for key, names in data["groups"].items():
        if key not in by_key:
            raise LexiconError(f"ru_organizations.yaml: group {key} is not in groups.yaml")
        entries += [(name, by_key[key]) for name in names]
    return PhraseTable(entries)


@cache
def cues() -> PhraseTable[Cue]:
    data = ru_lexicon("ru_events.yaml")
    return PhraseTable([
        (phrase, Cue(c["kind"], bool(c.get("noun")), bool(c.get("travel")), bool(c.get("hosted")),
                     tuple(lemmas(" ".join(c.get("needs") or []))), bool(c.get("plural"))))
        for c in data["cues"] for phrase in c["ru"]])


@cache
def title_words(name: str) -> PhraseTable[bool]:
    """One word list of ``ru_titles.yaml`` (``delegations``, ``led_by``) as a phrase table."""
    return PhraseTable([(p, True) for p in ru_lexicon("ru_titles.yaml")[name]])


@cache
def event_words(name: str) -> PhraseTable[bool]:
    """One word list of ``ru_events.yaml`` (``planned``, ``documents``, ...) as a phrase table."""
    return PhraseTable([(p, True) for p in ru_lexicon("ru_events.yaml")[name]])
