"""A wish is no engagement (events/clause.py is_wish): "hopes to visit Damascus soon", "wants to visit
Venezuela", "would like to visit Japan next year", "would welcome a visit by X" are neither held nor
scheduled (the guide: a planned visit only when it is scheduled or agreed); "welcomed the visit of X",
"hoping to announce the talks' progress" still tell the visit and the talks. "X's visit was planned
long before the floods" tells again the visit under way, whatever tense (events/merge.py)."""

from __future__ import annotations

import pytest
from event_views import one

PUBLISHED = "2025-05-14"


@pytest.mark.parametrize("text", [
    "ANKARA, May 14 (AA) -- Turkish President Recep Tayyip Erdogan said on Wednesday he hopes to visit "
    "Damascus soon.",
    "CARACAS, May 14 (VTV) -- Venezuelan Foreign Minister Yvan Gil said US envoy Richard Grenell wants to "
    "visit Venezuela.",
    "ASTANA, May 14 (Kazinform) -- Kazakh President Kassym-Jomart Tokayev would like to visit Japan next "
    "year, his spokesman Ruslan Zheldibay said.",
    "CARACAS, May 14 (VTV) -- Venezuelan President Nicolas Maduro said he would welcome a visit by US envoy "
    "Richard Grenell to Caracas.",
    "TOKYO, May 14 (Kyodo) -- Japanese Prime Minister Shigeru Ishiba hopes to meet Chinese President Xi "
    "Jinping at the APEC summit in November, a government source said.",
])
def test_a_wish_is_no_visit_nor_meeting(extract, text):
    assert not [e for e in extract(text).events if e.kind in {"visit", "meeting", "call"}]


def test_a_visit_welcomed_is_told(extract):
    record = extract("BAKU, May 14 (APA) -- Azerbaijani President Ilham Aliyev welcomed the visit of Slovak "
                     "Prime Minister Robert Fico to Baku on Wednesday.")
    visit = one(record, "visit")
    assert visit.countries == ["AZE", "SVK"]
    assert visit.status == "occurred"


def test_talks_whose_progress_is_hoped_for_are_told(extract):
    record = extract(
        "MOSCOW, May 14 (TASS) -- A new round of talks between Russia and the United States on strategic "
        "stability will take place in Geneva on June 23. Russian Foreign Minister Sergei Lavrov said the two "
        "sides are hoping to announce the talks' progress in July.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["RUS", "USA"]
    assert meeting.status == "planned"


def test_the_visit_told_as_planned_long_ago_is_the_visit_under_way(extract):
    record = extract(
        "BEIJING, May 14 (Xinhua) -- Uzbek President Shavkat Mirziyoyev arrived in Beijing on Wednesday for a "
        "state visit. Chinese and Uzbek officials say Mirziyoyev's visit was planned long before the floods.")
    visit = one(record, "visit")
    assert visit.status == "occurred"
    assert visit.countries == ["CHN", "UZB"]


@pytest.mark.parametrize("text", [
    "WASHINGTON, May 14 (AP) -- A bipartisan panel will urge the White House to pursue regional diplomacy, "
    "including direct talks with Iran and Syria.",
    "LONDON, May 14 (Reuters) -- Aid groups called on Britain to step up its efforts, including talks with "
    "Sudan's army leaders.",
])
def test_talks_listed_in_what_is_urged_are_asked_for(extract, text):
    """'urged X to pursue diplomacy, including talks with Y': the listed talks are part of what is asked
    for, neither held nor scheduled."""
    assert [e.kind for e in extract(text).events if e.kind in {"meeting", "multilateral"}] == []


def test_talks_listed_among_meetings_held_are_told(extract):
    record = extract("DAMASCUS, May 14 (SANA) -- Iranian Foreign Minister Abbas Araghchi held a series of meetings on "
                     "Wednesday, including talks with his Syrian counterpart.")
    assert [e.countries for e in record.events if e.kind == "meeting"] == [["IRN", "SYR"]]


@pytest.mark.parametrize("text", [
    "BOGOTA, May 14 (EFE) -- There has been no word on whether a meeting between Colombian President Gustavo "
    "Petro and Venezuelan President Nicolas Maduro will take place.",
    "NEW YORK, May 14 (AFP) -- U.N. Secretary-General Antonio Guterres said he will decide soon whether to "
    "convene talks between Armenia and Azerbaijan.",
])
def test_an_open_question_tells_no_engagement(extract, text):
    """'whether a meeting will take place', 'will decide whether to convene talks': an open question,
    neither held nor scheduled."""
    assert [e.kind for e in extract(text).events if e.kind in {"meeting", "multilateral", "visit"}] == []


def test_talks_that_set_an_open_question_were_held(extract):
    record = extract("ANKARA, May 14 (AA) -- It is not clear whether Turkish Foreign Minister Hakan Fidan raised the "
                     "border issue during his talks with Iraqi Foreign Minister Fuad Hussein in Ankara on Monday.")
    assert [e.countries for e in record.events if e.kind == "meeting"] == [["IRQ", "TUR"]]
