"""A place told only in the report's headline: "Uzbek, Kyrgyz foreign ministers hold talks in Bishkek"
above "TASHKENT /UzA/ - Foreign Minister X held talks with his Kyrgyz counterpart Y."

The body's talks name no place, and the dateline would place them in the agency's city. The headline
(the text above the dateline, one line with no full stop) that places an engagement told as done
("hold talks in Bishkek", "meet in Bishkek", not "to visit Bishkek" nor "will meet in Bishkek") in a
city of another state gives that city to the engagements of the dateline's day that the city's state
is a party to, instead of the dateline's, and to those the headline itself tells, naming one of their
people ("Aliyev, Pashinyan meet in Abu Dhabi" above "BAKU (APA) - President Ilham Aliyev and Prime
Minister Nikol Pashinyan held a meeting": talks of two states in a third one's city).
"""

from __future__ import annotations

import re

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import demonym_code, lookup_place
from dateline.record import Place

__all__ = ["headline_place", "headline_tells"]

_PLACED = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'\u2019.-]*\s?){1,3})")


def headline_place(state: DocState) -> Place | None:
    """The city of another state than the dateline's that the headline places a done engagement in."""
    if state.dateline is None or state.dateline.resolved is None:
        return None
    head = state.text[:state.dateline.span[0]].strip()
    if not head or "\n" in head or head.endswith((".", "!", "?")):
        return None  # no headline, or a lead sentence
    words = {w.lower() for w in re.findall(r"[\w-]+", head)}
    if words & word_set("headline_ahead_words"):
        return None  # "to visit Bishkek", "will meet in Bishkek": ahead, not where the day's talks were
    for match in _PLACED.finditer(head):
        place = lookup_place(match.group(1).strip())
        if place is not None and place.country and demonym_code(place.name or "") != place.country \
                and place.country != state.dateline.resolved.country:
            return place
    return None


def headline_tells(state: DocState, event: EventDraft) -> bool:
    """The headline names one of the event's people (by the last word of the name): it tells that event."""
    if state.dateline is None:
        return False
    words = set(re.findall(r"[\w'\u2019-]+", state.text[:state.dateline.span[0]]))
    return any(state.actor(a).kind == "person" and state.actor(a).name.split()[-1] in words
               for a in event.participants)
