"""Agency datelines the header grammar missed (session 13): a title-case city with its own
country and a dash but no date ("Jakarta, Indonesia \u2013"), a city alone on the line above the
body (Anadolu's web copy), an outlet tag that opens the body with a country's name ("(Xinhua)
Cuba and ..."), a month read as a place after an outlet ("KYODO NEWS - Dec 4, 2026"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from dateline.extract.header import find_dateline

PUBLISHED = "2026-12-04"


def _place(text: str) -> tuple[str, str | None] | None:
    m = find_dateline(text)
    return (m.place, m.country) if m else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta, Indonesia \u2013 President Prabowo Subianto received Malaysian Prime Minister Anwar Ibrahim "
     "at the Merdeka Palace on Thursday.", ("Jakarta", "IDN")),
    ("Nairobi, Kenya - Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State "
     "House.", ("Nairobi", "KEN")),
    ("Colombo, Sri Lanka \u2014 Sri Lankan Foreign Minister Vijitha Herath met his Maldivian counterpart "
     "in Colombo.", ("Colombo", "LKA")),
])
def test_a_title_case_city_its_country_and_a_dash_is_a_dateline(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ANKARA\n\nTurkish Foreign Minister Hakan Fidan received his Algerian counterpart Ahmed Attaf at the "
     "ministry on Thursday.", ("Ankara", "TUR")),
    ("Istanbul\n\nTurkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani "
     "at Dolmabahce Palace.", ("Istanbul", "TUR")),
    ("Erdogan receives Iraqi premier\nANKARA\nTurkish President Recep Tayyip Erdogan received Iraqi Prime "
     "Minister Mohammed Shia al-Sudani on Thursday.", ("Ankara", "TUR")),
])
def test_a_city_alone_on_its_line_above_the_body_is_the_dateline(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize("text", [
    "(Xinhua) Cuba and Laos signed a protocol on health cooperation in Vientiane on Thursday.",
    "(Prensa Latina) Venezuela and Nicaragua agreed to open a direct air route, officials said.",
    "KYODO NEWS - Dec 4, 2026 - 14:30 | World\n\nJapan and the Philippines agreed on Thursday to hold "
    "joint drills next year.",
    "Ankara\nthe capital hosted talks.",  # a city over a line that is no sentence of prose
])
def test_no_place_is_read_from_a_tag_a_month_or_a_lone_word(text):
    assert _place(text) is None


def test_the_country_after_a_tag_is_a_party_not_the_dateline(extract):
    record = extract("(Xinhua) Cuba and Laos signed a protocol on health cooperation in Vientiane on "
                     "Thursday.")
    assert record.dateline is None
    agreements = [e for e in record.events if e.kind == "agreement"]
    assert agreements and set(agreements[0].countries) == {"CUB", "LAO"}
