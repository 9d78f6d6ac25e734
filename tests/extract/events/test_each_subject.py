"""'A and B both held talks with C': one meeting per coordinated subject (events/each_subject.py).

Issue 14, item 4 (one sentence, several engagements): a quantifier floating after coordinated
subjects ("both", "each") tells that each of them met the other side on their own; without it the
subjects sat together, and "both sides" names the two sides of one meeting.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-04"


def _meetings(record):
    return sorted((sorted(e.persons), sorted(e.countries)) for e in record.events if e.kind == "meeting")


def test_both_after_two_ministers_is_two_meetings(extract):
    record = extract(
        "ANKARA, March 3 (Anadolu) -- Turkish Foreign Minister Hakan Fidan and Defense Minister Yasar Guler "
        "both held talks with Azerbaijani Foreign Minister Jeyhun Bayramov in Ankara on Monday.")
    assert _meetings(record) == [
        (["Hakan Fidan", "Jeyhun Bayramov"], ["AZE", "TUR"]),
        (["Jeyhun Bayramov", "Yasar Guler"], ["AZE", "TUR"])]
    for event in (e for e in record.events if e.kind == "meeting"):
        assert event.place is not None and event.place.name == "Ankara"


def test_each_of_two_leaders_of_two_states(extract):
    """Two leaders of two states, each with the same third side: two meetings, not one of three."""
    record = extract(
        "In a sign of the urgency of a ceasefire, Kenyan President William Ruto and Ghanaian President "
        "John Mahama each discussed the crisis with UN Secretary-General Antonio Guterres on Monday.")
    assert _meetings(record) == [
        (["Antonio Guterres", "John Mahama"], ["GHA", "UN"]),
        (["Antonio Guterres", "William Ruto"], ["KEN", "UN"])]


def test_subjects_without_a_quantifier_met_together(extract):
    record = extract(
        "BAKU, March 3 (AZERTAC) -- Azerbaijani Foreign Minister Jeyhun Bayramov and Economy Minister "
        "Mikayil Jabbarov held talks with Hungarian Foreign Minister Peter Szijjarto in Baku on Monday.")
    assert _meetings(record) == [
        (["Jeyhun Bayramov", "Mikayil Jabbarov", "Peter Szijjarto"], ["AZE", "HUN"])]


def test_both_sides_is_one_meeting(extract):
    record = extract(
        "TASHKENT, March 3 (UzA) -- Uzbek Foreign Minister Bakhtiyor Saidov held talks with his Tajik "
        "counterpart Sirojiddin Muhriddin on Monday. Both sides discussed water sharing and border trade.")
    assert _meetings(record) == [(["Bakhtiyor Saidov", "Sirojiddin Muhriddin"], ["TJK", "UZB"])]


@pytest.mark.parametrize(("text", "countries"), [
    # documents each subject state signed on its own with the same partner: one agreement each
    ("BRUSSELS (AP) - Kazakhstan and Uzbekistan signed separate agreements with the European Union on "
     "critical raw materials on Monday.", [["EU", "KAZ"], ["EU", "UZB"]]),
    ("BRUSSELS (AP) - Kazakhstan and Uzbekistan each signed an agreement with the European Union on "
     "critical raw materials on Monday.", [["EU", "KAZ"], ["EU", "UZB"]]),
    # together, or one text they both signed: one agreement
    ("BRUSSELS (AP) - Kazakhstan and Uzbekistan signed an agreement with the European Union on critical raw "
     "materials on Monday.", [["EU", "KAZ", "UZB"]]),
    ("TASHKENT (UzA) - The presidents of Uzbekistan and Kazakhstan both signed the declaration with the "
     "Kyrgyz leader.", [["KAZ", "KGZ", "UZB"]]),
])
def test_documents_each_state_signed_on_its_own(extract, text, countries):
    found = [e.countries for e in extract(text, published="2026-05-12").events if e.kind == "agreement"]
    assert sorted(found) == countries
