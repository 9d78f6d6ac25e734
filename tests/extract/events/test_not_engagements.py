"""Engagements the text only names, refrains from or holds at home are none (issue 14).

"not authorized to sign any agreements" names no document in particular; "held off extending the
invitation" refrains from it; "hopes to resume talks" wishes for them; "to meet separatist
leaders" meets no state's officials; "a visit to the Indian state of Kerala" by India's own
minister stays at home. The same words about a named engagement between two states stay.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def engagements(record: Record) -> list[tuple[str, list[str]]]:
    return sorted((e.kind, e.countries) for e in record.events)


@pytest.mark.parametrize(("text", "kind"), [
    ("The Alliance for National Renewal says its envoys at the Nairobi conference are not authorized to sign "
     "any agreements on behalf of the movement.", "agreement"),
    ("Georgian Prime Minister Irakli Kobakhidze held talks with Armenian Prime Minister Nikol Pashinyan in "
     "Yerevan. No agreements were signed during the visit, the statement said.", "agreement"),
    ("Any agreement reached in the talks will have to be ratified by parliament, the speaker said.", "agreement"),
    ("Alliance leaders said Montenegro met the conditions for membership, but held off extending the invitation "
     "after Croatia threatened a veto.", "invitation"),
    ("Serbian President Aleksandar Vucic says he hopes to resume talks with Kosovo's leaders after the "
     "parliamentary elections.", "meeting"),
    ("Iran's foreign minister Abbas Araghchi says Tehran wants to continue negotiations with the European Union "
     "despite the deadlock.", "meeting"),
    ("Pakistani Prime Minister Shehbaz Sharif also plans to meet Baloch separatist leaders during his visit to "
     "Iran.", "meeting"),
    ("The Kyrgyz delegation in Dushanbe is not authorized to sign any agreements with Tajikistan on the border, "
     "the Foreign Ministry of Kyrgyzstan said.", "agreement"),
])
def test_named_only_refrained_or_wished_engagements_are_none(extract, text, kind):
    assert kind not in {e.kind for e in extract(text).events}


@pytest.mark.parametrize("text", [
    "President Donald Trump is to visit the southern U.S. state of Texas on Monday to give a speech on the border.",
    "Indian Home Minister Amit Shah will visit the Indian state of Manipur next week to review security.",
    "Prime Minister Fumio Kishida visited his home prefecture on Saturday to meet local supporters.",
])
def test_visit_to_a_part_of_ones_own_state_is_none(extract, text):
    assert [e for e in extract(text).events if e.kind == "visit"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov signed an "
     "agreement on border delimitation in Almaty on Monday.", ("agreement", ["ARM", "AZE"])),
    ("Kazakh President Kassym-Jomart Tokayev invited Uzbek President Shavkat Mirziyoyev to pay a state visit "
     "to Astana.", ("invitation", ["KAZ", "UZB"])),
    ("Serbian President Aleksandar Vucic will resume talks with Hungarian Prime Minister Viktor Orban in "
     "Budapest on Friday.", ("meeting", ["HUN", "SRB"])),
    ("Indian Prime Minister Narendra Modi will visit the U.S. state of Texas next week and meet President "
     "Donald Trump in Houston.", ("visit", ["IND", "USA"])),
])
def test_named_engagements_between_states_stay(extract, text, expected):
    assert expected in engagements(extract(text))


def test_agency_report_keeps_the_visit_and_drops_the_refused_signing(extract):
    text = (
        "ASTANA, 13 May (Kazinform) -- Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu "
        "arrived in Tashkent on an official visit, the press service of the ministry reports.\n\n"
        "During the visit, Murat Nurtleu held talks with Minister of Foreign Affairs of Uzbekistan Bakhtiyor "
        "Saidov on trade, water and transport.\n\n"
        "The Uzbek side said it would not sign any agreements on water sharing before the summit of the heads "
        "of state, and held off extending the invitation to the working group.")
    got = engagements(extract(text))
    assert ("visit", ["KAZ", "UZB"]) in got
    assert ("meeting", ["KAZ", "UZB"]) in got
    assert all(kind not in {"agreement", "invitation"} for kind, _ in got)


def test_talks_no_state_takes_part_in_are_none(extract):
    """A reporter's interview with a researcher names no state: no engagement; the same verb between
    two ministers stays."""
    assert extract("BBC's John Simpson spoke with Amnesty International researcher Maria Lopez about the "
                   "floods.").events == []
    got = engagements(extract("Kyrgyz Foreign Minister Jeenbek Kulubaev spoke with his Tajik counterpart "
                              "Sirojiddin Muhriddin about the border."))
    assert ("meeting", ["KGZ", "TJK"]) in got
