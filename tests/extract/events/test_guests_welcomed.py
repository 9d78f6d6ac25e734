"""Talks told by the host's greeting or by "consulted with" (lexicons/event_cues.yaml, filter.py
greeting_verbs; issue 14): "X welcomed Uzbek President Y at the Akorda", "greeted the Hungarian
delegation", "consulted with her Japanese counterpart" are meetings; a decision, a proposal or an
agreement welcomed is no one received."""

from __future__ import annotations

PUBLISHED = "2025-05-13"


def _meetings(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_a_head_of_state_welcomed_his_guest(extract):
    record = extract(
        "ASTANA, 12 May (Kazinform) -- President of Kazakhstan Kassym-Jomart Tokayev welcomed Uzbek "
        "President Shavkat Mirziyoyev at the Akorda on Monday.\n\n"
        "Trade between the two countries reached 4.5 billion dollars last year, the statistics bureau said.")
    meetings = _meetings(record)
    assert meetings and sorted(meetings[0].countries) == ["KAZ", "UZB"]
    assert sorted(meetings[0].persons) == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert meetings[0].place is not None and meetings[0].place.country == "KAZ"


def test_greeted_a_prime_minister(extract):
    record = extract(
        "Turkish President Recep Tayyip Erdogan greeted Hungarian Prime Minister Viktor Orban at the "
        "presidential palace in Ankara on Tuesday.")
    (meeting,) = _meetings(record)
    assert sorted(meeting.countries) == ["HUN", "TUR"]
    assert meeting.place is not None and meeting.place.name == "Ankara"


def test_consulted_with_a_counterpart(extract):
    record = extract(
        "Mongolian Foreign Minister Battsetseg Batmunkh consulted with her Japanese counterpart Takeshi "
        "Iwaya in Tokyo on Monday.")
    meetings = _meetings(record)
    assert [sorted(m.countries) for m in meetings] == [["JPN", "MNG"]]
    assert sorted(meetings[0].persons) == ["Battsetseg Batmunkh", "Takeshi Iwaya"]


def test_a_decision_or_proposal_welcomed_is_no_meeting(extract):
    for text in ("Kazakhstan welcomed the Russian proposal on Monday.",
                 "The Uzbek president welcomed the decision of the Kyrgyz government.",
                 "The ministry said it would consult with its partners."):
        assert _meetings(extract(text)) == [], text
