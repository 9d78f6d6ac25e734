"""Event dates from the story around them (issue 14, item 1): talks and signings of a planned
visit take its days, talks during a visit over before the report take the visit's days, the
lead's day is its first sentence's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Event, Record


@pytest.fixture
def extract(extractor):
    def run(text: str, published: str = "2026-12-03") -> Record:
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


def _one(record: Record, kind: str) -> Event:
    found = [e for e in record.events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def _dates(event: Event) -> tuple[str | None, str | None]:
    return (event.date.start, event.date.end) if event.date is not None else (None, None)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The Amir of Qatar Sheikh Tamim bin Hamad Al-Thani will pay a state visit to Rwanda on 8-9 December. "
     "The Amir is due to hold talks with President Paul Kagame.", "2026-12-08", "2026-12-09"),
    ("Peruvian Foreign Minister Elmer Schialer will travel to Chile from December 29 to January 2. The trip is "
     "planned to include talks with Chilean Foreign Minister Alberto van Klaveren.", "2026-12-29", "2027-01-02"),
])
def test_planned_talks_take_the_days_of_their_planned_visit(extract, text, start, end):
    record = extract(text)
    talks = _one(record, "meeting")
    assert talks.status == "planned"
    assert _dates(talks) == (start, end)


def test_a_planned_signing_takes_the_day_of_the_planned_talks(extract):
    record = extract("Omani Foreign Minister Badr Albusaidi will visit Nairobi on 10-12 December. He will hold "
                     "talks with Kenyan Prime Cabinet Secretary Musalia Mudavadi on December 11. Afterwards the "
                     "two ministers will sign a memorandum on visa exemption.")
    assert _dates(_one(record, "agreement")) == ("2026-12-11", "2026-12-11")
    assert _one(record, "agreement").status == "planned"


def test_talks_during_a_visit_over_before_the_report_take_its_days(extract):
    record = extract("Ethiopian Prime Minister Abiy Ahmed paid an official visit to Djibouti on 24-26 November. "
                     "During the visit, Abiy held talks with President Ismail Omar Guelleh.")
    assert _dates(_one(record, "meeting")) == ("2026-11-24", "2026-11-26")


def test_the_lead_is_dated_by_its_own_sentence_not_the_next(extract):
    record = extract("ASTANA, December 3 (Kazinform) - Kazakh President Kassym-Jomart Tokayev received Finnish "
                     "Foreign Minister Elina Valtonen at the Akorda. Valtonen arrived in Astana on Tuesday on an "
                     "official visit.")
    assert _dates(_one(record, "meeting")) == ("2026-12-03", "2026-12-03")


def test_a_headline_date_dates_the_lead_event(extract):
    record = extract("Aliyev and Kobakhidze hold talks in Baku on December 2\nBAKU, Azerbaijan, Dec. 3 (Trend) - "
                     "President Ilham Aliyev held talks with Georgian Prime Minister Irakli Kobakhidze. The sides "
                     "signed a joint declaration.")
    assert _dates(_one(record, "meeting")) == ("2026-12-02", "2026-12-02")
    assert _dates(_one(record, "agreement")) == ("2026-12-02", "2026-12-02")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The Omani-Iranian joint commission will meet in Muscat on 14 and 15 December.", "2026-12-14", "2026-12-15"),
    ("The Kazakh and Kyrgyz foreign ministers met in Bishkek on December 1 and 2.", "2026-12-01", "2026-12-02"),
])
def test_two_days_joined_by_and_are_a_span(extract, text, start, end):
    assert _dates(_one(extract(text), "meeting")) == (start, end)


def test_a_planned_date_before_the_report_stays_planned(extract):
    record = extract("RIYADH, Dec 10 (SPA) -- The GCC summit, slated for December 3 in Riyadh, was expected to "
                     "adopt a joint declaration, the Secretary General said.", published="2026-12-10")
    summit = _one(record, "gathering")
    assert summit.status == "planned"
    assert _dates(summit) == ("2026-12-03", "2026-12-03")


def test_talks_told_after_a_visit_over_before_the_report_take_its_days(extract):
    record = extract("Malaysian Prime Minister Anwar Ibrahim paid an official visit to Brazil from 24 to 26 November. "
                     "He held talks with President Luiz Inacio Lula da Silva in Brasilia.")
    talks = _one(record, "meeting")
    assert talks.date is not None and (talks.date.start, talks.date.end) == ("2026-11-24", "2026-11-26")


def test_talks_after_a_visit_still_on_keep_the_reports_day(extract):
    record = extract("Malaysian Prime Minister Anwar Ibrahim is paying an official visit to Brazil from 2 to 4 "
                     "December. He held talks with President Luiz Inacio Lula da Silva in Brasilia.")
    talks = _one(record, "meeting")
    assert talks.date is not None and talks.date.start == "2026-12-03"


def test_following_the_talks_names_the_talks_not_the_reception_told_after_them(extract):
    record = extract("ANKARA, Dec 3 (AA) - Turkish Foreign Minister Hakan Fidan held talks in Ankara on Thursday with "
                     "Moldovan Foreign Minister Mihai Popsoi, who arrived in Turkey on Wednesday evening.\n\n"
                     "On Wednesday evening, shortly after his arrival, Popsoi was received by Vice President Cevdet "
                     "Yilmaz.\n\nFollowing the talks, the ministers signed a memorandum on diplomatic training.",
                     published="2026-12-04")
    signed = _one(record, "agreement")
    assert signed.date is not None and signed.date.start == "2026-12-03"
