"""Whether a visit opens a story of its own, or is told in passing within the story under way.

Read by the merge (two visits of one report are two engagements when the later one opens another
story) and by the story frame (:mod:`.story`: a visit told in passing, dated before the story's,
neither joins nor ends it).
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.time.values import PartialDate

__all__ = ["another_story", "dated_before"]


def another_story(state: DocState, visit: EventDraft, last: EventDraft) -> bool:
    """A visit whose clause names its visitor and where the visitor is opens a story of its own: the
    parties of the engagement told last are not its hosts when that engagement was elsewhere ("X met
    Y in Ankara. ... X told reporters in Beirut"), or when none of its people is the visitor and it
    was placed nowhere ("officials of A and B met on Monday. ... Prime Minister X will raise the issue
    during his visit to Oslo"): a new visitor, a new story. So is a visit told in passing with a date
    of its own before that engagement's ("Sharif's previous visit to Baku was in July 2024"), and a
    visit told with its own destination after a multilateral meeting ("Kazakhstan was represented by
    X, who is on a working visit to Tajikistan": X's own trip) or after talks placed nowhere that did
    not involve the destination or the visitor, told by his state ("the upcoming visit of the
    President of Uzbekistan to Tokyo")."""
    if visit.kind == "visit" and visit.date is not None and visit.source and dated_before(visit, last):
        return True
    place = visit.place
    if visit.kind != "visit" or visit.place_from not in {"text", "destination"} or place is None \
            or not place.country:
        return False
    persons = state.persons(visit.source)
    if persons and (last.place.country != place.country if last.place is not None and last.place.country
                    else not set(persons) & set(last.participants)):
        return True
    told, own = set(countries_of(state, state.persons(last.participants))), set(countries_of(state, persons))
    if told and own and not told & own:
        return True  # "Meanwhile, the Turkish foreign minister also arrived in Baku": a new visitor
    return visit.place_from == "text" and _placed_elsewhere(visit, last, persons or visit.source)


def _placed_elsewhere(visit: EventDraft, last: EventDraft, visitors: list[str]) -> bool:
    """The told destination is not where the last engagement was (or, placed nowhere, none of
    its states or people)."""
    assert visit.place is not None
    if not visitors:
        return False
    if last.kind == "multilateral" and visitors is not visit.source:
        return True
    if last.place is not None:
        return last.place.country != visit.place.country
    return visit.place.country not in last.countries and not set(visitors) & set(last.participants)


def dated_before(event: EventDraft, visit: EventDraft) -> bool:
    """A visit told in passing, dated before the story's ('The Saudi minister last visited Jordan in
    November'): it does not end the story."""
    if event.date is None or not event.date_start or not visit.date_start:
        return event.pluperfect
    told, current = PartialDate.parse(event.date_start), PartialDate.parse(visit.date_start)
    p = min(told.precision, current.precision)
    return str(told.coarsen(p)) < str(current.coarsen(p))
