"""Datelines and publication dates at the top of reports (texts written for these tests)."""

from __future__ import annotations

import pytest

from dateline.extract.header import DatelineMatch, find_dateline
from dateline.extract.published import find_published
from dateline.record import Dateline

BODY = " The foreign ministers of the two countries held talks on regional transport links."


@pytest.mark.parametrize(("head", "place", "country", "month", "day", "outlet"), [
    ("BAKU, Azerbaijan, April 3.", "Baku", "AZE", 4, 3, None),
    ("ASTANA, Dec 5 (Reuters) -", "Astana", "KAZ", 12, 5, "Reuters"),
    ("MOSCOW, June 12 /TASS/.", "Moscow", "RUS", 6, 12, "TASS"),
    ("TASHKENT, Uzbekistan (UzDaily.com) --", "Tashkent", "UZB", None, None, "UzDaily.com"),
    ("Tbilisi/Trend/", "Tbilisi", "GEO", None, None, "Trend"),
    ("DUSHANBE, June 29 (Asia-Plus)", "Dushanbe", "TJK", 6, 29, "Asia-Plus"),
    ("ANKARA (AA) -", "Ankara", "TUR", None, None, "AA"),
    ("Baku, 3 April, AZERTAC", "Baku", "AZE", 4, 3, "AZERTAC"),
    ("ASHGABAT, Turkmenistan, June 10.", "Ashgabat", "TKM", 6, 10, None),
    ("BISHKEK, Sept. 14 (Kabar) -", "Bishkek", "KGZ", 9, 14, "Kabar"),
    ("YEREVAN, 21 March /ARKA/.", "Yerevan", "ARM", 3, 21, "ARKA"),
    ("GENEVA —", "Geneva", "CHE", None, None, None),
    ("PARIS, Ky. (WKYT) -", "Paris", "USA", None, None, "WKYT"),
    ("Springfield, Ill. (March 4, 2024) -", "Springfield", "USA", 3, 4, None),
    # State-agency shapes (issue 14, item 8)
    ("KUWAIT, May 5 (KUNA) --", "Kuwait City", "KWT", 5, 5, "KUNA"),  # the namesake capital
    ("BEIJING, May 5 (Xinhua) --", "Beijing", "CHN", 5, 5, "Xinhua"),
    ("TASHKENT /Kun.uz/.", "Tashkent", "UZB", None, None, "Kun.uz"),
    ("Bishkek (AKIpress) -", "Bishkek", "KGZ", None, None, "AKIpress"),
    ("DUSHANBE, 05.05.2024 /NIAT Khovar/.", "Dushanbe", "TJK", 5, 5, "NIAT Khovar"),
    ("BISHKEK, May 5. /Kabar/.", "Bishkek", "KGZ", 5, 5, "Kabar"),
    ("TASHKENT, Uzbekistan, May 5. /UzDaily.com/.", "Tashkent", "UZB", 5, 5, "UzDaily.com"),
    ("Astana. 5 May. KAZINFORM -", "Astana", "KAZ", 5, 5, "KAZINFORM"),
    ("Yerevan, May 5. ARMENPRESS.", "Yerevan", "ARM", 5, 5, "ARMENPRESS"),
    ("ABU DHABI, 5th May, 2024 (WAM) --", "Abu Dhabi", "ARE", 5, 5, "WAM"),
    ("Brasília, May 5 (Agência Brasil) -", "Brasília", "BRA", 5, 5, "Agência Brasil"),
    ("Tehran, IRNA --", "Tehran", "IRN", None, None, "IRNA"),
    ("Doha:", "Doha", "QAT", None, None, None),
    ("Nairobi \u2014", "Nairobi", "KEN", None, None, None),
])
def test_dateline_shapes(head: str, place: str, country: str, month: int | None, day: int | None,
                         outlet: str | None) -> None:
    text = head + BODY
    m = find_dateline(text)
    assert isinstance(m, DatelineMatch)
    assert (m.place, m.country, m.month, m.day, m.outlet) == (place, country, month, day, outlet)
    assert m.span == (0, len(head))
    assert m.to_record() == Dateline(place=place, country=country, span=(0, len(head)))


@pytest.mark.parametrize("prefix", [
    " date 2024-04-03\n",
    "date 2024-04-03\n",
    " date 2024-04-03\nAzerbaijan, Kazakhstan sign transport programme\n",
    "Azerbaijan, Kazakhstan sign transport programme\n\n",
    "(MENAFN- AzerNews) ",
])
def test_dateline_after_date_line_title_or_tag(prefix: str) -> None:
    text = prefix + "BAKU, Azerbaijan, April 3." + BODY
    m = find_dateline(text)
    assert m is not None and m.place == "Baku"
    assert text[m.span[0]:m.span[1]] == "BAKU, Azerbaijan, April 3."


def test_date_line_and_dateline_on_one_line() -> None:
    text = " date 2025-06-10 ASHGABAT, Turkmenistan, June 10. The ministers met."
    m = find_dateline(text)
    assert m is not None and (m.place, m.country, m.month, m.day) == ("Ashgabat", "TKM", 6, 10)
    assert find_published(text, None) == ("2025-06-10", "header")


def test_an_aggregator_tag_before_the_dateline_is_not_the_place() -> None:
    text = "(MENAFN - Trend News Agency) BAKU, Azerbaijan, May 5." + BODY
    m = find_dateline(text)
    assert m is not None and (m.place, m.country, m.outlet) == ("Baku", "AZE", "Trend News Agency")
    assert text[m.span[0]:m.span[1]] == "BAKU, Azerbaijan, May 5."


def test_a_capitalised_word_after_the_date_is_the_body_unless_an_outlet() -> None:
    text = "BAKU, Azerbaijan, May 5. KAZAKH delegates arrived on Monday."
    m = find_dateline(text)
    assert m is not None and m.outlet is None and text[m.span[0]:m.span[1]] == "BAKU, Azerbaijan, May 5."


def test_a_numeric_dateline_date_gives_the_publication_date() -> None:
    assert find_published("DUSHANBE, 05.05.2024 /NIAT Khovar/." + BODY, None) == ("2024-05-05", "dateline")


def test_outlet_tag_gives_the_outlet() -> None:
    m = find_dateline("(MENAFN- AzerNews) Baku, 3 April." + BODY)
    assert m is not None and m.outlet == "AzerNews"


@pytest.mark.parametrize("text", [
    "However, the ministers met in Baku on Monday.",
    "The ministers met in Baku on Monday.",
    "Officials (who asked not to be named) said the talks were useful.",
    "In Baku, the ministers met on Monday.",
    "UN: the council will meet on Monday.",
    "Kazakhstan: the new law takes effect on Monday.",
    "Washington said on Monday it would act.",
    "",
])
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_published_from_metadata_first() -> None:
    text = " date 2024-04-03\nBAKU, April 3." + BODY
    assert find_published(text, "2024-04-05") == ("2024-04-05", "metadata")
    assert find_published(text, "2024-04-05T09:30:00+04:00") == ("2024-04-05", "metadata")
    assert find_published(text, "not a date") == ("2024-04-03", "header")


@pytest.mark.parametrize(("text", "expected"), [
    (" date 2024-04-03\nBAKU, April 3." + BODY, "2024-04-03"),
    ("Date 10/1/2024 5:12:48 AM\nBAKU, Oct 1." + BODY, "2024-10-01"),
    ("Ministers meet\nPublished: 3 April 2024\n" + BODY, "2024-04-03"),
    ("Ministers meet\nApril 3, 2024 10:15\n" + BODY, "2024-04-03"),
    ("Ministers meet\n19 Mar. 21:30 (UTC+3 MSK)\nMOSCOW. The ministers met on 19 March 2024.",
     "2024-03-19"),
    ("Ministers meet\nUpdated: 2024-04-03 09:15\n" + BODY, "2024-04-03"),
])
def test_published_from_header(text: str, expected: str) -> None:
    assert find_published(text, None) == (expected, "header")


@pytest.mark.parametrize(("text", "expected"), [
    ("BAKU, Azerbaijan, April 3. The sides signed a Cooperation Program for 2024-2026.", "2024-04-03"),
    ("ASTANA, Dec 5 (Reuters) - Trade reached $1 billion in 2023, officials said on Dec 5, 2023.",
     "2023-12-05"),
    ("MOSCOW, June 12 /TASS/. The 2024 summit and the 2023 summit were compared; 2024 plans are set.",
     "2024-06-12"),
    ("Baku, 3 April, AZERTAC\nThe forum held on 28 March 2024 was followed by talks.", "2024-04-03"),
    ("BAKU, April 3. The strategy runs until 2035; trade grew in 2023 and in 2024.", "2024-04-03"),
    ("ASTANA, Dec 5 (Reuters) - The presidents held talks on Tuesday. Trade grew in 2023 and 2024.",
     "2023-12-05"),  # 5 December was a Tuesday in 2023, a Thursday in 2024
])
def test_published_from_dateline_and_year_evidence(text: str, expected: str) -> None:
    assert find_published(text, None) == (expected, "dateline")


def test_published_from_first_sentence() -> None:
    text = "Ministers meet\nOn April 3, 2024, the ministers of the two countries met in Baku."
    assert find_published(text, None) == ("2024-04-03", "body")


def test_dateline_without_year_evidence_and_nothing_else() -> None:
    assert find_published("BAKU, April 3." + BODY, None) == (None, "none")
    assert find_published("The ministers met." + BODY, None) == (None, "none")


@pytest.mark.parametrize(("text", "metadata"), [
    (" date 9999-12-31\nBAKU, Azerbaijan, May 1." + BODY, None),
    ("BAKU, Azerbaijan, May 1." + BODY, "9999-12-31"),
    (" date 0001-01-01\nBAKU, May 1, 0001." + BODY, None),
])
def test_a_publication_date_outside_the_calendar_s_working_years_is_no_date(
        text: str, metadata: str | None) -> None:
    published, source = find_published(text, metadata)
    assert published is None or 1000 <= int(published[:4]) <= 8999
