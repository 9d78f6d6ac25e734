"""Talks a trip is for, told again in detail, are one set of talks (events/sameness.py, journeys.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize("text", [
    "Indonesian President Susilo Bambang Yudhoyono arrived in Seoul on Sunday for talks on trade. "
    "Mr. Yudhoyono is scheduled to meet South Korean President Lee Myung-bak on Monday.",
    "Chilean Foreign Minister Alejandro Foxley is in Lima for talks on the maritime dispute. "
    "He will meet with Peruvian Foreign Minister Jose Garcia Belaunde later this week.",
])
def test_talks_a_trip_is_for_and_the_meeting_told_after_are_one(extractor, text):
    record = extractor.extract(Article(text=text, id="t"))
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert talks[0].status == "planned"  # as the detailed mention tells it


def test_a_meeting_told_as_another_one_stays_apart(extractor):
    text = ("Indonesian President Susilo Bambang Yudhoyono arrived in Seoul on Sunday for talks with South Korean "
            "President Lee Myung-bak. The two leaders will meet again in Jakarta next year.")
    record = extractor.extract(Article(text=text, id="t"))
    assert len([e for e in record.events if e.kind == "meeting"]) == 2


def test_talks_only_called_for_are_no_trip(extractor):
    from dateline.extract.events.journeys import trip_purpose
    doc = extractor.nlp("The opposition called for talks with the government.")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert not trip_purpose(talks)
    doc = extractor.nlp("The minister arrived in Seoul for talks with his counterpart.")
    assert trip_purpose(next(t for t in doc if t.lower_ == "talks"))


def test_talks_with_one_host_and_as_well_as_with_another_are_two(extractor):
    text = ("During his stay in Italy, Brazilian President Luiz Inacio Lula da Silva will meet with Prime Minister "
            "Romano Prodi, as well as with President Giorgio Napolitano.")
    record = extractor.extract(Article(text=text, id="t"))
    assert len([e for e in record.events if e.kind == "meeting"]) == 2


def test_the_talks_told_after_a_meeting_of_two_ministers_tell_the_guest_s_stay(extractor):
    text = ("Egypt and Sudan agreed to boost cooperation on the Nile, following a meeting of the two countries' "
            "irrigation ministers in Cairo. Egyptian Irrigation Minister Mahmoud Abu Zeid held talks with his "
            "Sudanese counterpart, Kamal Ali Mohamed, in the Egyptian capital on Monday.")
    record = extractor.extract(Article(text=text, id="t"))
    visits = [e for e in record.events if e.kind == "visit"]
    assert [sorted(v.countries) for v in visits] == [["EGY", "SDN"]]


@pytest.mark.parametrize("text", [
    "Chinese President Hu Jintao and Brazilian President Luiz Inacio Lula da Silva are expected to discuss "
    "trade on Thursday.",
    "Thai Prime Minister Thaksin Shinawatra and Malaysian Prime Minister Abdullah Ahmad Badawi are due to "
    "discuss border security on Friday.",
])
def test_two_sides_scheduled_to_discuss_hold_talks(extractor, text):
    record = extractor.extract(Article(text=text, id="t"))
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1 and talks[0].status == "planned"


def test_two_sides_urged_to_discuss_hold_no_talks(extractor):
    text = ("The United Nations urged Thai Prime Minister Thaksin Shinawatra and Malaysian Prime Minister "
            "Abdullah Ahmad Badawi to discuss border security.")
    record = extractor.extract(Article(text=text, id="t"))
    assert not [e for e in record.events if e.kind == "meeting"]


def test_a_pair_left_with_no_subject_meeting_abroad_tells_the_guest_s_stay(extractor):
    text = ("Last week, state television showed footage of Bolivian President Evo Morales meeting with Cuban "
            "President Raul Castro in Havana.")
    record = extractor.extract(Article(text=text, id="t"))
    assert [sorted(e.countries) for e in record.events if e.kind == "visit"] == [["BOL", "CUB"]]


def test_talks_with_no_subject_read_set_the_pair_as_guest_and_host():
    from dateline.extract.document import EventDraft
    from dateline.extract.events.abroad import _guest_and_host
    talks = EventDraft(kind="meeting", trigger=(0, 7), sentence=(0, 40), status="occurred",
                       source=[], recipient=["guest", "host"])
    assert _guest_and_host(talks, ["guest"], ["host"])
    talks = EventDraft(kind="meeting", trigger=(0, 7), sentence=(0, 40), status="occurred",
                       source=["other"], recipient=["guest", "host"])
    assert not _guest_and_host(talks, ["guest"], ["host"])
