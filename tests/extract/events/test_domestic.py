"""Engagements at home are none (issue 14; events/domestic.py).

Talks that only one state's people hold (a president with a union, ministers with an industry),
and a visit that no state's official makes (a reporter, a footballer), told in a sentence that
names no other state and no foreign side, are not engagements between states; the same words with
a second state or a foreign side are.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record) -> list[tuple[str, list[str]]]:
    return [(e.kind, e.countries) for e in record.events if e.kind in {"visit", "meeting", "call"}]


@pytest.mark.parametrize("text", [
    "The Kenya Medical Practitioners Union decided to go ahead with the strike despite an emergency meeting with "
    "President William Ruto on Tuesday evening. The union leaders plan to meet again on Wednesday.",
    "The Ghana Teachers Association called off its strike after a late-night meeting with President John Mahama "
    "in Accra on Monday.",
    "VOA's Jane Moyo recently visited a cocoa cooperative just outside Accra.",
    "Football star Lionel Messi has arrived at the training ground of Inter Miami ahead of the new season.",
    "Singer Shakira arrived at the stadium in Bogota on Saturday for the first concert of her tour.",
])
def test_engagements_at_home_are_none(extract, text):
    assert kinds(extract(text)) == []


@pytest.mark.parametrize(("text", "kind", "countries"), [
    ("Peruvian President Dina Boluarte met Bolivian President Luis Arce in La Paz on Monday.",
     "meeting", ["BOL", "PER"]),
    ("Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe in Accra on Monday.",
     "meeting", ["GHA", "TGO"]),
    ("Kenyan President William Ruto spoke by telephone with Tanzanian President Samia Suluhu Hassan on Sunday.",
     "call", ["KEN", "TZA"]),
])
def test_the_same_words_between_two_states_stay(extract, text, kind, countries):
    assert (kind, countries) in kinds(extract(text))


def test_talks_told_in_a_visits_story_stay(extract):
    """The talks of a visit keep their place in the story even when their guest is told only by a title
    the text does not tie to a state ("The Amir")."""
    record = extract("The Amir of Kuwait Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah will pay a state visit to Ghana on "
                     "3-4 June. The Amir is due to hold talks with President John Mahama.")
    assert [k for k, _ in kinds(record)] == ["visit", "meeting"]
    (talks,) = [e for e in record.events if e.kind == "meeting"]
    assert talks.status == "planned"
    assert "John Mahama" in {a.name for i in talks.participants if (a := record.actor(i)) is not None}


@pytest.mark.parametrize("text", [
    "A suicide bomber struck in the town of Tizi Ouzou on Thursday. The Algerian president, Abdelmadjid "
    "Tebboune, later visited some of the wounded at a local hospital.",
    "Nigerian President Bola Tinubu toured the flooded city of Maiduguri on Monday. His office said the visit "
    "went ahead despite the rain.",
])
def test_a_visit_left_with_its_visitors_state_alone_is_none(extract, text):
    assert [k for k, _ in kinds(extract(text)) if k == "visit"] == []


def test_a_visit_whose_host_the_story_tells_stays(extract):
    record = extract("Nigerian President Bola Tinubu arrived in Accra on Monday. During the visit he will hold "
                     "talks on trade.")
    assert ("visit", ["GHA", "NGA"]) in kinds(record)
