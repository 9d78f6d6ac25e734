"""Talks with others: "also met with other senior Georgian officials" after talks with the president is a
meeting of its own, whose counterparts are not the president (events/act_cues.other_counterparts,
merge.py, story.py); "holding talks with European Union and NATO leaders" names organisations, not a
trade union (events/sides.py)."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-05-14"


def test_talks_with_other_officials_are_another_meeting(extract):
    record = extract(
        "TBILISI, May 13 (Interpressnews) -- NATO Secretary General Mark Rutte conferred with Georgian President "
        "Mikheil Kavelashvili in Tbilisi on Tuesday. Earlier in the day, Rutte also met with other senior "
        "Georgian officials.")
    meetings = sorted((sorted(people(record, e)), e.countries) for e in record.events if e.kind == "meeting")
    assert meetings == [(["Mark Rutte"], ["GEO", "NATO"]),
                        (["Mark Rutte", "Mikheil Kavelashvili"], ["GEO", "NATO"])]


def test_the_same_talks_told_again_stay_one(extract):
    record = extract(
        "TBILISI, May 13 (Interpressnews) -- NATO Secretary General Mark Rutte conferred with Georgian President "
        "Mikheil Kavelashvili in Tbilisi on Tuesday. Rutte met with the Georgian officials at the presidential "
        "palace.")
    assert len([e for e in record.events if e.kind == "meeting"]) == 1


def test_talks_with_union_and_alliance_leaders_are_talks_between_states(extract):
    record = extract("BRUSSELS, May 13 (APP) -- Pakistani Prime Minister Shehbaz Sharif is in Brussels, holding "
                     "talks with European Union and NATO leaders.")
    [meeting] = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert {"EU", "PAK"} <= set(meeting.countries)
    assert "Shehbaz Sharif" in people(record, meeting)


def test_talks_with_trade_unions_are_no_engagement(extract):
    record = extract("PARIS, May 13 (AFP) -- French Prime Minister Francois Bayrou held talks with trade unions "
                     "on pension reform on Tuesday.")
    assert not [e for e in record.events if e.kind in {"meeting", "multilateral"}]
