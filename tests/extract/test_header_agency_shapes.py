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


@pytest.mark.parametrize(("text", "expected"), [
    ("KALBAJAR, Dec 4 (Trend) - Azerbaijani Defence Minister Zakir Hasanov met with his Turkish "
     "counterpart Yasar Guler.", ("Kalbajar", "AZE")),
    ("Jabrayil, December 4, AZERTAC\nPresident Ilham Aliyev met with the President of Kyrgyzstan.",
     ("Jabrayil", "AZE")),
    ("JAHRA, Dec 4 (KUNA) -- Kuwaiti Interior Minister Sheikh Fahad Yousef Al-Sabah received the "
     "Omani envoy.", ("Jahra", "KWT")),
    ("UNITED NATIONS, Dec 4 (Xinhua) -- The UN chief met the Chinese envoy.", ("United Nations", None)),
])
def test_a_town_the_gazetteer_lacks_is_of_the_national_agency_state(text, expected):
    assert _place(text) == expected


def test_talks_in_a_town_the_gazetteer_lacks_are_placed_there(extract):
    record = extract("Zangilan, December 4, AZERTAC\n\nPresident of the Republic of Azerbaijan Ilham Aliyev "
                     "met with President of Kazakhstan Kassym-Jomart Tokayev in Zangilan.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert record.dateline is not None and (record.dateline.place, record.dateline.country) == ("Zangilan", "AZE")
    assert meetings and meetings[0].place is not None
    assert (meetings[0].place.name, meetings[0].place.country) == ("Zangilan", "AZE")


@pytest.mark.parametrize(("text", "expected"), [
    ("Author: Leyla Gasimova | 04.12.2026 - Update: 05.12.2026\n\nANKARA\n\nTurkish Foreign Minister Hakan "
     "Fidan received the Hungarian foreign minister.", "2026-12-04"),
    ("Source: Xinhua| 2026-12-04 21:05:10|Editor: huaxia\n\nUrumqi, Dec. 4 -- Chinese and Kazakh officials "
     "met in Urumqi.", "2026-12-04"),
])
def test_the_date_on_a_page_stamp_line_is_the_publication_date(text, expected):
    from dateline.extract.published import find_published

    assert find_published(text, None) == (expected, "header")


def test_a_signed_dateline_under_a_headline_subheadline_and_summary_is_found():
    text = ("04 December 2026 12:31\nAliyev receives Kyrgyz foreign minister\nThe sides discussed transport links\n"
            "The ministers also spoke of the next session of the commission.\n"
            "Baku, December 4, AZERTAC\nPresident Ilham Aliyev received Kyrgyz Foreign Minister Jeenbek Kulubaev.")
    assert _place(text) == ("Baku", "AZE")
    assert _place(text.replace("Baku, December 4, AZERTAC", "BAKU, Azerbaijan --")) is None  # unsigned: too deep
