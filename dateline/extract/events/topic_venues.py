"""'Iran and Oman held talks on maritime security in Muscat': the venue the parser hangs on the topic.

The small parser attaches a closing 'in <city>' to the last noun before it, so the place of talks
"on X in Muscat" sits inside the topic's phrase, where the place rules do not look (a place in a topic
is usually what was talked about: 'the situation in Gaza'). It is the venue when it is a city (not a
country or region) of a state that is itself a side of the engagement, and the noun it hangs on is not
one that places what was talked about ('the situation in Basra', the ``topic_place_heads`` list).
The same holds for a city the parser hangs on the last noun of the engagement's own long name or of a
participle after it: 'the first meeting of the joint committee for economic cooperation in Baku', 'the
next talks involving their foreign and defence ministers in Canberra' (:func:`_inside_engagement`).
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
_NAME_CLIMB = 8  # nouns, prepositions and a participle between the city and the engagement's noun


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


def _inside_engagement(city: Token, trigger: Token) -> bool:
    """'in Baku' under the engagement's noun through its own of-, for- and with-phrases or a participle
    on it ('involving X'), no finite verb between: the place the small parser hangs on the name's last noun."""
    prep = city.head
    if city.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() in word_set("topic_place_heads") \
            or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    cur = prep.head
    for _ in range(_NAME_CLIMB):
        if cur.i == trigger.i:
            return True
        if cur.pos_ in {"VERB", "AUX"} and not (cur.dep_ == "acl" and cur.tag_ in {"VBG", "VBN"}):
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in _TOPIC_PREPS:
            return False  # a topic's place: _through_topic decides
        cur = cur.head
    return False


def topic_venue(ents: Iterable[Span], verb: Token, trigger: Token, countries: Iterable[str]) -> Place | None:
    """The city of a side's state told inside the engagement's topic phrase (see the module)."""
    sides = set(countries)
    for ent in ents:
        # (a city the tagger reads as an organisation inside the name: 'in Turkmenbashi')
        inside = ent.label_ in {"GPE", "ORG"} and _inside_engagement(ent.root, trigger)
        if not inside and (ent.label_ != "GPE" or not _through_topic(ent.root, verb, trigger)):
            continue
        place = lookup_place(ent.text)
        if place is not None and place.name and (place.country in sides or inside and not sides) \
                and demonym_code(place.name) != place.country:
            return place  # a city of a side's state (of any state in the name of talks whose sides are untold)
    return None
