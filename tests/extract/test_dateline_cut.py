"""The dateline is a sentence of its own (extract/dateline_cut.py): the lead sentence parses as if it
were absent, so the dateline's city is never the subject of the lead's verb nor the official an
apposition of it; the record's dateline and dates stay what the header reads."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2026-03-05"

AGENCY_LEADS = [
    ("ASTANA (Kazinform) - President of Kazakhstan Kassym-Jomart Tokayev received Foreign Minister of "
     "Hungary Peter Szijjarto at the Akorda.", "ASTANA", "received"),
    ("DUBAI, 5th June, 2025 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, met "
     "with Ahmed Attaf, Algerian Minister of Foreign Affairs, in Abu Dhabi.", "DUBAI", "met"),
    ("Ankara, 12 May (AA) Turkish Foreign Minister Hakan Fidan held talks with his Egyptian counterpart "
     "Badr Abdelatty on Monday.", "Ankara", "held"),
    ("BAKU, Azerbaijan, Dec. 3 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with Georgian "
     "Foreign Minister Maka Botchorishvili.", "BAKU", "met"),
    ("TASHKENT, March 5. /UzA/. President Shavkat Mirziyoyev received the Minister of Foreign Affairs of "
     "the Republic of Korea Cho Tae-yul.", "TASHKENT", "received"),
    ("Beijing, Oct 2 (Xinhua) -- Chinese Premier Li Qiang met with visiting Vietnamese Prime Minister Pham "
     "Minh Chinh in Beijing on Thursday.", "Beijing", "met"),
    ("KUWAIT, Jan 3 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya received a phone call from his "
     "Omani counterpart Badr Albusaidi.", "KUWAIT", "received"),
]


@pytest.mark.parametrize(("text", "city", "verb"), AGENCY_LEADS)
def test_the_dateline_is_its_own_sentence_and_the_lead_keeps_its_subject(extractor, text, city, verb):
    doc = extractor.nlp(text)
    sents = list(doc.sents)
    assert sents[0].text.startswith(city)
    assert verb not in sents[0].text.split()
    lead = sents[1]
    assert lead.root.text == verb
    subjects = [t for t in lead.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    assert subjects and all(city not in [w.text for w in t.subtree] for t in subjects)
    assert doc[0].dep_ == "ROOT"  # the city heads its own fragment, not the lead's clause


@pytest.mark.parametrize("text", [
    "GENEVA, Feb 5 - Sudan and South Sudan held talks on border security on Tuesday.",
    "NAIROBI, March 3 - Kenya and Somalia signed an agreement on maritime cooperation.",
    "LIMA, June 2 – Peru and Chile held their first round of consultations on fisheries.",
])
def test_the_lead_opens_with_its_subject_not_a_one_word_sentence(extractor, text):
    # the parser, left free after the preset cut, made "Sudan" a sentence of its own
    lead = list(extractor.nlp(text).sents)[1]
    assert lead.root.pos_ == "VERB"
    assert any(t.dep_ in {"nsubj", "nsubjpass"} for t in lead.root.children), lead.text


def test_a_dash_dateline_keeps_the_states_of_the_lead_as_sides(extract):
    record = extract("GENEVA, Feb 5 - Sudan and South Sudan held talks on border security on Tuesday, the UN said.")
    meeting = _one(record, "meeting")
    assert set(meeting.countries) == {"SDN", "SSD"}


def test_a_byline_and_a_headline_above_the_dateline_stay_apart(extractor):
    doc = extractor.nlp("By Staff Writer\nABU DHABI, April 14 (WAM) -- The UAE and Kenya signed a memorandum of "
                        "understanding on trade cooperation.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1].startswith("The UAE and Kenya signed")
    assert any(s.startswith("ABU DHABI") for s in sents)


def test_text_without_a_dateline_is_parsed_as_before(extractor):
    text = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday."
    doc = extractor.nlp(text)
    assert len(list(doc.sents)) == 1


def _one(record: Record, kind: str) -> Event:
    found = [e for e in record.events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def _people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def test_the_host_of_an_agency_lead_is_a_party_not_an_apposition_of_the_city(extract):
    record = extract(
        "ASTANA (Kazinform) - President of Kazakhstan Kassym-Jomart Tokayev received Foreign Minister of Hungary "
        "Peter Szijjarto at the Akorda.\n\nThe sides discussed trade, investment and energy cooperation.")
    assert record.dateline is not None and record.dateline.place == "Astana"
    meeting = _one(record, "meeting")
    assert set(meeting.countries) == {"HUN", "KAZ"}
    assert _people(record, meeting) == {"Kassym-Jomart Tokayev", "Peter Szijjarto"}
    assert meeting.place is not None and meeting.place.country == "KAZ"
    assert meeting.date is not None and meeting.date.start == "2026-03-05"


def test_a_dated_dateline_dates_the_lead_and_names_no_official(extract):
    record = extract(
        "DUBAI, 5th June, 2025 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, met "
        "with Ahmed Attaf, Algerian Minister of Foreign Affairs, in Abu Dhabi.\n\nThe two ministers reviewed "
        "bilateral relations and regional developments.", "2025-06-05")
    meeting = _one(record, "meeting")
    assert set(meeting.countries) == {"ARE", "DZA"}
    assert _people(record, meeting) == {"Abdullah bin Zayed Al Nahyan", "Ahmed Attaf"}
    assert meeting.place is not None and meeting.place.name == "Abu Dhabi"
    assert meeting.date is not None and meeting.date.start == "2025-06-05"
    assert not any(a.kind == "person" and "Dubai" in a.name for a in record.actors)


def test_a_visit_range_in_the_lead_dates_the_visit_and_the_weekday_the_talks(extract):
    record = extract(
        "WINDHOEK, 14 March (NAMPA) - Zambian Foreign Minister Mulambo Haimbe, on a working visit to Namibia from "
        "11 to 14 March, held talks with Namibian Minister of International Relations Selma Ashipala-Musavyi "
        "on Wednesday.\n\nThe ministers agreed to convene the Joint Permanent Commission later this year.",
        "2024-03-14")
    meeting = _one(record, "meeting")
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == ("2024-03-13", "2024-03-13")
    visit = _one(record, "visit")
    assert visit.date is not None and visit.date.start == "2024-03-11"


@pytest.mark.parametrize("body", [
    "Speaking in Lusaka on Tuesday, Angolan President Joao Lourenco said Angola would build the railway line.",
    "The foreign ministers of Egypt, Jordan and Iraq met in Amman on Sunday to discuss the electricity link.",
])
def test_a_date_line_above_the_body_is_no_part_of_the_lead(extractor, body):
    # the parser had read " date" as a clause of the lead ("Speaking" hung from "date")
    doc = extractor.nlp(" date 2026-03-03\n" + body)
    sents = [s for s in doc.sents if s.text.strip()]
    assert sents[0].text.strip().startswith("date")
    assert sents[1].text.startswith(body.split()[0])
    assert all(t.head.i >= sents[1].start for t in sents[1])


def test_a_dated_text_without_a_dateline_keeps_its_participial_stay(extract):
    record = extract(" date 2026-03-03\nSpeaking in Lusaka on Tuesday, Angolan President Joao Lourenco said "
                     "Angola would build the railway line.", published=None)
    visit = _one(record, "visit")
    assert set(visit.countries) == {"AGO", "ZMB"}


def test_a_dated_text_without_a_dateline_keeps_its_multilateral_lead(extract):
    record = extract(" date 2026-03-03\nThe foreign ministers of Egypt, Jordan and Iraq met in Amman on Sunday "
                     "to discuss the electricity link.", published=None)
    meeting = _one(record, "multilateral")
    assert set(meeting.countries) == {"EGY", "IRQ", "JOR"}
