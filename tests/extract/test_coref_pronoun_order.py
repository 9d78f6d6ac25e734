"""A sentence-initial pronoun is the subject of the nearest sentence before it that names a person,
in text order (coref._resolve_pronoun): a pronoun resolved earlier in the report ("because he
faces an election") is no newer than the names told after it."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-03-08"


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def test_he_is_the_last_sentence_subject_not_the_earlier_pronoun(extract):
    record = extract(
        "Ecuadorian President Daniel Noboa will not attend the ceremony because he faces a runoff "
        "vote on Sunday. The celebrations in Lima end on Saturday with a parade. Uruguayan President "
        "Yamandu Orsi says the two countries have agreed to reopen the border crossing. He made the "
        "remarks after meeting on Friday in Montevideo with Chilean Foreign Minister Alberto van Klaveren.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 1
    assert people(record, meetings[0]) == {"Yamandu Orsi", "Alberto van Klaveren"}
    assert meetings[0].countries == ["CHL", "URY"]


def test_agency_report_he_after_a_quote_of_another_official(extract):
    record = extract(
        "ASTANA, 7 March (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu said he was satisfied with "
        "the talks. Kyrgyz Foreign Minister Zheenbek Kulubaev, who arrived in Astana on Thursday, noted "
        "the growth of mutual trade. He held talks on Friday with Kazakh Prime Minister Olzhas Bektenov.")
    meetings = [e for e in record.events if e.kind == "meeting" and "Olzhas Bektenov" in people(record, e)]
    assert len(meetings) == 1
    assert people(record, meetings[0]) == {"Zheenbek Kulubaev", "Olzhas Bektenov"}
    assert meetings[0].countries == ["KAZ", "KGZ"]


def test_he_in_the_same_sentence_still_takes_the_named_subject(extract):
    record = extract(
        "Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan in Yerevan "
        "on Tuesday. Later he visited the Matenadaran.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings and people(record, meetings[0]) == {"Irakli Kobakhidze", "Nikol Pashinyan"}
