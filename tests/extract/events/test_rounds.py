"""A planned round whose own words name no one has no people (events/rounds.py)."""

from __future__ import annotations

from event_views import people

from dateline.article import Article

LEAD = ("RIYADH, March 3 (SPA) - Saudi Foreign Minister Faisal bin Farhan held political consultations with "
        "his Tajik counterpart Sirojiddin Muhriddin in Riyadh on Monday. ")


def planned(record):
    return [e for e in record.events if e.kind in {"meeting", "multilateral"} and e.status == "planned"]


def test_a_next_round_told_as_the_subject_names_no_one(extractor):
    record = extractor.extract(Article(text=LEAD + "The next round of consultations will be held in Dushanbe in "
                                                   "the autumn.", id="t", published="2026-03-03"))
    rounds = planned(record)
    assert rounds and all(people(record, e) == set() for e in rounds)
    assert all(set(e.countries) >= {"SAU", "TJK"} for e in rounds)


def test_people_who_agree_to_meet_again_are_its_people(extractor):
    record = extractor.extract(Article(text=LEAD + "Faisal bin Farhan and Muhriddin agreed to meet again in "
                                                   "Dushanbe in the autumn.", id="t", published="2026-03-03"))
    rounds = planned(record)
    assert rounds and any(people(record, e) == {"Faisal bin Farhan", "Sirojiddin Muhriddin"} for e in rounds)


def test_a_next_round_the_sides_agree_to_hold_names_no_one(extractor):
    record = extractor.extract(Article(text=LEAD + "The sides agreed to hold the next round of consultations in "
                                                   "Dushanbe in the autumn.", id="t", published="2026-03-03"))
    rounds = planned(record)
    assert rounds and all(people(record, e) == set() and e.persons == [] for e in rounds)
    assert all(set(e.countries) >= {"SAU", "TJK"} for e in rounds)


def test_the_next_trilateral_meeting_the_ministers_agree_on_names_no_one(extractor):
    text = ("TBILISI, Jan 15 (Trend) -- The defence ministers of Azerbaijan, Georgia and Turkiye, Zakir Hasanov, "
            "Irakli Chikovani and Yasar Guler, met in Tbilisi on Thursday. The ministers agreed to hold the next "
            "trilateral meeting in Baku in the second half of the year.")
    record = extractor.extract(Article(text=text, id="t", published="2026-01-15"))
    held = [e for e in record.events if e.kind == "multilateral" and e.status == "occurred"]
    assert held and set(held[0].persons) == {"Zakir Hasanov", "Irakli Chikovani", "Yasar Guler"}
    rounds = planned(record)
    assert rounds and all(e.persons == [] and e.countries == ["AZE", "GEO", "TUR"] for e in rounds)
