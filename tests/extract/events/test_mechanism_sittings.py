"""Sittings of a mechanism two states hold, named by its pair or told as a round of its talks
(events/bilateral_bodies.py: named_pair, mechanism_sitting): a meeting of the two states, not a
gathering nor nothing."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.extract.events.bilateral_bodies import _pair


@pytest.mark.parametrize(("text", "countries", "status"), [
    ("ABU DHABI, 5th May, 2026 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan received a phone call from Johann "
     "Wadephul, Federal Minister for Foreign Affairs of Germany. The two ministers reviewed preparations for the "
     "fifth round of the UAE-German Strategic Dialogue, scheduled to take place in Berlin in June.",
     ["ARE", "DEU"], "planned"),
    ("PRETORIA, 9 April (SAnews) - The inaugural session of the South Africa-Angola Bi-National Commission (BNC) "
     "will be held in Luanda in September, the Department of International Relations and Cooperation said.",
     ["AGO", "ZAF"], "planned"),
    ("ISLAMABAD, Jan 26 (APP): The 5th round of Pakistan-Uzbekistan Bilateral Political Consultations was held "
     "in Islamabad on Monday.", ["PAK", "UZB"], "occurred"),
    ("BRASILIA, Aug 14 (Agencia Brasil) - The previous round of the Brazil-Argentina Strategic Dialogue was held "
     "in Buenos Aires in March 2025, the Itamaraty said.", ["ARG", "BRA"], "occurred"),
    ("KUWAIT, Jan 14 (KUNA) -- The Kuwaiti-Egyptian Joint Committee held its 14th session in Kuwait City on "
     "Wednesday.", ["EGY", "KWT"], "occurred"),
    ("DHAKA, Feb 10 (BSS) - Bangladesh and Malaysia held the 6th round of Foreign Office Consultations in Dhaka "
     "today.", ["BGD", "MYS"], "occurred"),
    ("DHAKA, Jan 20, 2026 (BSS) - Bangladesh and Malaysia will hold the 7th Foreign Office Consultations (FOC) "
     "in Kuala Lumpur on March 3 to review bilateral relations.", ["BGD", "MYS"], "planned"),
    ("DOHA, March 2 (QNA) - The Qatari-Omani Joint Committee will hold its 9th meeting in Muscat in December, "
     "the ministry announced on Monday.", ["OMN", "QAT"], "planned"),
    ("ASTANA, 9 September (Kazinform) - Kazakhstan and Azerbaijan will hold the next round of Interministerial "
     "Consultations in Baku in November, the Foreign Ministry said.", ["AZE", "KAZ"], "planned"),
])
def test_a_sitting_of_a_two_state_mechanism_is_their_meeting(extractor, text, countries, status):
    record = extractor.extract(Article(text=text, id="t", published="2026-05-05"))
    assert ("meeting", countries, status) in [(e.kind, e.countries, e.status) for e in record.events]
    assert not any(e.kind in {"gathering", "multilateral"} for e in record.events)


def test_a_business_council_of_two_states_is_no_meeting_of_theirs(extractor):
    text = ("BAKU, May 5 (Trend) - The third meeting of the Azerbaijan-Hungary Business Council will be held in "
            "Budapest in June, the chamber said.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-05"))
    assert not any(e.kind == "meeting" and e.countries == ["AZE", "HUN"] for e in record.events)


@pytest.mark.parametrize(("name", "pair"), [
    ("inaugural session of the South Africa-Angola Bi-National Commission", ("ZAF", "AGO")),
    ("13th meeting of the India-Sri Lanka Joint Commission", ("IND", "LKA")),
    ("the Bi-National Commission", None),
])
def test_a_pair_of_states_of_several_words(name, pair):
    assert _pair(name) == pair


def test_a_ministerial_dialogue_of_two_states_is_a_meeting(extractor):
    text = ("NEW DELHI, March 3 (PTI) India and Japan held the fourth 2+2 Ministerial Dialogue in New Delhi on "
            "Tuesday, with External Affairs Minister S Jaishankar hosting Japanese Foreign Minister Takeshi Iwaya.")
    record = extractor.extract(Article(text=text, id="t", published="2026-03-03"))
    kinds = [(e.kind, e.countries) for e in record.events]
    assert ("meeting", ["IND", "JPN"]) in kinds
    assert not any(k == "multilateral" for k, _ in kinds)


def test_a_partner_meeting_of_an_organisation_ministers_is_multilateral(extractor):
    text = ("MANILA, July 20 (PNA) -- The Philippines will host the China-ASEAN Foreign Ministers' Meeting in "
            "Manila next week, the Department of Foreign Affairs said.")
    record = extractor.extract(Article(text=text, id="t", published="2026-07-20"))
    assert [e.kind for e in record.events if "ASEAN" in e.countries] == ["multilateral"]

