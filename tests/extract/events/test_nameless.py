"""Places and outlets the tagger reads as people are no party of an engagement (events/nameless.py)."""

from __future__ import annotations

import pytest
from event_views import people

from dateline.article import Article


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("BAKU, May 4 (Trend) - Azerbaijani Interior Minister Vilayat Eyvazov met his Iranian counterpart Eskandar "
     "Momeni at the Astara crossing point on Tuesday.", "meeting", {"Vilayat Eyvazov", "Eskandar Momeni"}),
    ("CHOLPON-ATA, May 4 (Kabar) - Kyrgyz Foreign Minister Jeenbek Kulubaev held talks with his Kazakh counterpart "
     "Murat Nurtleu on the shore of Lake Issyk-Kul on Tuesday.", "meeting", {"Jeenbek Kulubaev", "Murat Nurtleu"}),
    ("Yerevan/Caucasus Wire/ Armenian Foreign Minister Ararat Mirzoyan held a meeting with his Georgian "
     "counterpart Maka Botchorishvili on Tuesday, Caucasus Wire reports.", "meeting",
     {"Ararat Mirzoyan", "Maka Botchorishvili"}),
])
def test_places_and_outlets_read_as_people_are_no_party(extractor, text, kind, expected):
    record = extractor.extract(Article(text=text, id="t", published="2026-05-05"))
    events = [e for e in record.events if e.kind == kind]
    assert events, [(e.kind, e.trigger.text) for e in record.events]
    assert people(record, events[0]) == expected


def test_a_titleless_person_named_as_people_are_stays_a_party(extractor):
    text = ("SEOUL, May 4 (Yonhap) - U.S. envoy Christopher Hill arrived in Seoul on Tuesday. Hill held talks with "
            "South Korean Foreign Minister Cho Tae-yul.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-05"))
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert "Christopher Hill" in people(record, meeting)


def test_a_city_read_as_a_person_attends_no_gathering(extractor):
    text = ("BISHKEK, May 26 (Kabar) - Kyrgyz Deputy Foreign Minister Nurlan Abdrakhmanov held consultations with "
            "Vietnamese Deputy Foreign Minister Nguyen Minh Vu in Bishkek on Tuesday.\n\nThe Vietnamese side "
            "informed about the Vietnam-Central Asia Business Forum, which Ho Chi Minh City will host on 8-9 "
            "October, and invited Kyrgyz companies to take part in it.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-26"))
    forums = [e for e in record.events if e.kind == "gathering"]
    assert forums and all("Ho Chi Minh City" not in e.persons for e in forums)
