"""Datelines in the shapes real agencies sign their copy (issue 14, item 8), and the day a
republished report tells of. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.article import Article
from dateline.extract.header import find_dateline
from dateline.extract.published import find_published, told_day


@pytest.mark.parametrize(("text", "place", "country", "month", "day", "year", "outlet", "body"), [
    ("BAKU, Azerbaijan, Dec.3 (Trend) - The minister met his Moldovan counterpart.",
     "Baku", "AZE", 12, 3, None, "Trend", "The minister"),
    ("ADDIS ABABA, December 3/2026(ENA) - Prime Minister Abiy Ahmed received the Djiboutian envoy.",
     "Addis Ababa", "ETH", 12, 3, 2026, "ENA", "Prime Minister"),
    ("Tokyo, Dec. 3 (Jiji Press)--Japan's prime minister met the Chilean president.",
     "Tokyo", "JPN", 12, 3, None, "Jiji Press", "Japan's"),
    ("DUSHANBE, December 3, 2026, Asia-Plus -- Tajik President Emomali Rahmon received the Qatari envoy.",
     "Dushanbe", "TJK", 12, 3, 2026, "Asia-Plus", "Tajik"),
    ("Almaty. December 3. KazTAG - The Kazakh foreign minister met the Latvian ambassador.",
     "Almaty", "KAZ", 12, 3, None, "KazTAG", "The Kazakh"),
    ("Montevideo, Dec 3 (EFE).- The Uruguayan president received his Paraguayan counterpart.",
     "Montevideo", "URY", 12, 3, None, "EFE", "The Uruguayan"),
    ("ABU DHABI, 3rd December, 2026 (WAM) -- The UAE President received the Prime Minister of Malta.",
     "Abu Dhabi", "ARE", 12, 3, 2026, "WAM", "The UAE"),
    ("Doha, December 03 (QNA) - The Amir received the President of Rwanda.",
     "Doha", "QAT", 12, 3, None, "QNA", "The Amir"),
    ("TEHRAN (IRNA) - The Iranian foreign minister met his Armenian counterpart.",
     "Tehran", "IRN", None, None, None, "IRNA", "The Iranian"),
    # hyphenated cities and a bracketed country after the city
    ("Nur-Sultan, December 3 (Kazinform) - The Kazakh prime minister received the Omani envoy.",
     "Nur-Sultan", "KAZ", 12, 3, None, "Kazinform", "The Kazakh"),
    ("Port-au-Prince, Dec. 3 (HPN) - The Haitian foreign minister met the Dominican envoy.",
     "Port-au-Prince", "HTI", 12, 3, None, "HPN", "The Haitian"),
    ("New Delhi [India], December 3 (ANI): The Indian foreign minister met his Peruvian counterpart.",
     "New Delhi", "IND", 12, 3, None, "ANI", "The Indian"),
    # a capitalised city, a full stop and the outlet, no date
    ("ASTANA. KAZINFORM - The Kazakh foreign minister received the Latvian ambassador.",
     "Astana", "KAZ", None, None, None, "KAZINFORM", "The Kazakh"),
    ("BISHKEK. Kabar - The Kyrgyz president met the Qatari envoy.",
     "Bishkek", "KGZ", None, None, None, "Kabar", "The Kyrgyz"),
])
def test_agency_datelines_are_read_to_the_start_of_the_story(text, place, country, month, day, year, outlet, body):
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.country, found.month, found.day, found.year, found.outlet) == (
        place, country, month, day, year, outlet)
    assert text[found.span[1]:].lstrip().startswith(body)


@pytest.mark.parametrize("text", [
    "NEW YORK. The UN Secretary-General met the Chilean president.",
    "ASTANA. KAZAKH officials met the Latvian ambassador - the ministry said.",
])
def test_a_city_and_a_full_stop_before_a_word_that_is_no_outlet_is_not_read_as_city_and_outlet(text):
    found = find_dateline(text)
    assert found is None or found.outlet is None


def test_a_byline_above_the_dateline_does_not_hide_it():
    text = ("Kyrgyz foreign minister received in Baku\nBy Leyla Mammadli, Staff writer\n"
            "Photo: press service\nBaku, December 3, AZERTAC\nPresident Ilham Aliyev received Jeenbek Kulubaev.")
    found = find_dateline(text)
    assert found is not None and (found.place, found.month, found.day, found.outlet) == ("Baku", 12, 3, "AZERTAC")


@pytest.mark.parametrize("head", [
    "Home / Politics\nMongolian minister visits Vientiane\n12:05, 3 December 2026\n",
    "News | Region\nMongolian minister visits Vientiane\nWednesday, 3 December 2026\n",
    "Politics\nMongolian minister visits Vientiane\n03.12.2026, 14:25\n",
])
def test_section_paths_and_printed_times_above_the_headline_do_not_hide_the_dateline(head):
    text = head + "VIENTIANE, Dec 3 (KPL) - The Lao foreign minister received his Mongolian counterpart."
    found = find_dateline(text)
    assert found is not None and (found.place, found.country, found.outlet) == ("Vientiane", "LAO", "KPL")
    assert find_published(text, None) == ("2026-12-03", "header")


def test_three_lines_of_prose_end_the_search_for_a_dateline():
    text = ("The Lao foreign minister received his Mongolian counterpart.\nThey discussed trade.\n"
            "They signed two agreements.\nVIENTIANE, Dec 3 (KPL) - The ministers met again.")
    assert find_dateline(text) is None


def test_a_numeric_printed_date_with_a_clock_time_is_the_publication_date():
    text = "Politics\n03.12.2026, 14:25\nASTANA. KAZINFORM - The Kazakh foreign minister met the Lao envoy."
    assert find_published(text, None) == ("2026-12-03", "header")


@pytest.mark.parametrize(("text", "published", "told"), [
    ("BAKU, Azerbaijan, Dec. 3 (Trend) - ...", dt.date(2026, 12, 4), dt.date(2026, 12, 3)),
    ("ABU DHABI, 31st December (WAM) -- ...", dt.date(2027, 1, 1), dt.date(2026, 12, 31)),
    ("BAKU, Azerbaijan, Dec. 3 (Trend) - ...", dt.date(2026, 12, 3), None),  # the same day
    ("BAKU, Azerbaijan, Dec. 3 (Trend) - ...", dt.date(2026, 12, 20), None),  # too far: another story
    ("KUWAIT, Oct 3 (KUNA) -- ...", dt.date(2026, 10, 2), dt.date(2026, 10, 3)),  # stamped in UTC, a day behind
    ("BEIJING, Jan. 1 (Xinhua) -- ...", dt.date(2026, 12, 31), dt.date(2027, 1, 1)),  # ... across the new year
    ("KUWAIT, Oct 5 (KUNA) -- ...", dt.date(2026, 10, 2), None),  # days ahead: not a time zone
    ("TEHRAN (IRNA) - ...", dt.date(2026, 12, 4), None),  # no date in the dateline
])
def test_the_day_a_report_tells_of_is_its_datelines_when_published_a_little_later(text, published, told):
    assert told_day(find_dateline(text), published) == told


def test_a_report_stamped_the_day_before_its_dateline_dates_today_by_the_dateline(extractor):
    record = extractor.extract(Article(
        text="DOHA, Nov 5 (QNA) -- Qatar's Minister of State Mohammed Al-Khulaifi met today with the Deputy "
             "Foreign Minister of Kyrgyzstan Asein Isaev in Doha. On Monday, Al-Khulaifi received the "
             "Ambassador of Chile.",
        id="t", published="2026-11-04T21:30:00Z"))
    assert record.published == "2026-11-04"
    assert sorted(e.date.start for e in record.events if e.kind == "meeting" and e.date) == ["2026-11-02", "2026-11-05"]


def test_a_republished_report_dates_today_by_its_dateline_and_keeps_its_publication_date(extractor):
    record = extractor.extract(Article(
        text="(MENAFN - Trend News Agency) BAKU, Azerbaijan, Dec. 3 (Trend) - Azerbaijani Foreign Minister "
             "Jeyhun Bayramov held talks with Moldovan Foreign Minister Mihai Popsoi in Baku today. On Tuesday, "
             "Bayramov received the Latvian Foreign Minister Baiba Braze.",
        id="t", published="2026-12-04"))
    assert record.published == "2026-12-04"
    talks = [e for e in record.events if e.trigger.text == "talks"]
    assert talks and talks[0].date is not None and talks[0].date.start == "2026-12-03"
    received = [e for e in record.events if e.trigger.text == "received"]
    assert received and received[0].date is not None and received[0].date.start == "2026-12-01"
    assert not any(a.name in {"Trend", "MENAFN"} for a in record.actors)
