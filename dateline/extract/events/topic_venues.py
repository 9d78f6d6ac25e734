"""'Iran and Oman held talks on maritime security in Muscat': the venue the parser hangs on the topic.

The small parser attaches a closing 'in <city>' to the last noun before it, so the place of talks
"on X in Muscat" sits inside the topic's phrase, where the place rules do not look (a place in a topic
is usually what was talked about: 'the situation in Gaza'). It is the venue when it is a city (not a
country or region) of a state that is itself a side of the engagement, and the noun it hangs on is not
one that places what was talked about ('the situation in Basra', the ``topic_place_heads`` list).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from dateline.extract.events.words import word_set
from dateline.extract.places import demonym_code, lookup_place
from dateline.record import Place

__all__ = ["topic_venue"]

_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})
_CLIMB = 4  # nouns and prepositions between the city and the topic's preposition


def _through_topic(city: Token, verb: Token, trigger: Token) -> bool:
    """'in Muscat' under 'on maritime security' under the trigger (or its object): no verb between."""
    prep = city.head
    if city.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() in word_set("topic_place_heads"):
        return False
    cur = prep.head
    for _ in range(_CLIMB):
        if cur.pos_ in {"VERB", "AUX"}:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in _TOPIC_PREPS:
            owner = cur.head.head
            return owner.i in (verb.i, trigger.i) or (owner.dep_ == "dobj" and owner.head.i in (verb.i, trigger.i))
        cur = cur.head
    return False


def topic_venue(ents: Iterable[Span], verb: Token, trigger: Token, countries: Iterable[str]) -> Place | None:
    """The city of a side's state told inside the engagement's topic phrase (see the module)."""
    sides = set(countries)
    for ent in ents:
        if ent.label_ != "GPE" or not _through_topic(ent.root, verb, trigger):
            continue
        place = lookup_place(ent.text)
        if place is not None and place.name and place.country in sides and demonym_code(place.name) != place.country:
            return place  # a city of a side's state, never the state itself
    return None
