"""An ambassador at his post makes no visit: talks of a resident envoy are talks.

Agency copy tells an ambassador's work in the state he is posted to in the words of a trip:
"Japanese Ambassador to Azerbaijan X met Deputy Foreign Minister Y in Baku", "the newly appointed
Ambassador of Italy, X, visited the Foreign Ministry in Astana", "Kuwait's ambassador X visited the
Kano State". A visit is a journey to another state (examples/demo/GUIDE.md, Kinds); an envoy who
lives in the host state travels nowhere, so a visit whose every visitor is a resident envoy of his
state (an ambassador, a charge d'affaires, a consul, not a special or roving envoy) to a state host
is dropped, and the talks stay. An envoy's visit to an organisation ("the ambassador to the UN")
or a visit with another visitor (a minister the ambassador accompanies) stays.
"""

from __future__ import annotations

import re

from dateline.extract.document import ActorDraft, DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes

__all__ = ["at_post", "resident_envoy"]


def resident_envoy(actor: ActorDraft) -> bool:
    """An ambassador, charge d'affaires or consul: a post in a foreign capital, not a travelling envoy."""
    if actor.kind != "person" or not actor.title:
        return False
    title = actor.title.lower()
    words = set(re.findall(r"[a-zà-ÿ-]+", title))
    phrase = any(re.search(rf"\b{re.escape(p)}\b(?! for\b)", title) for p in word_set("resident_envoy_phrases"))
    return bool(words & word_set("resident_envoy_words") or phrase) and not words & word_set("travelling_envoy_words")


def _at_post(state: DocState, event: EventDraft) -> bool:
    if event.kind != "visit":
        return False
    visitors = [state.actor(a) for a in event.source if state.actor(a).kind == "person"]
    if not visitors or not all(resident_envoy(v) for v in visitors):
        return False
    homes = {v.country for v in visitors}
    hosts = set(event.countries) - homes
    if event.place is not None and event.place.country:
        hosts.add(event.place.country)
    hosts -= homes
    return bool(hosts) and None not in homes and not hosts & igo_codes()


def at_post(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events without the visits of ambassadors to the state they are posted to."""
    return [e for e in events if not _at_post(state, e)]
