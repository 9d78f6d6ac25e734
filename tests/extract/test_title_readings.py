"""A title the NER reads as a given name: 'Amir of the State of Qatar' (dateline/extract/title_readings.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def persons(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def test_amir_of_a_state_in_apposition_is_the_title(extractor):
    record = run(extractor, "DOHA (QNA) - His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of "
                            "Qatar, received a phone call on Sunday from President of the Republic of Indonesia "
                            "Prabowo Subianto.")
    found = persons(record)
    assert "Amir" not in found
    assert found["Tamim bin Hamad Al Thani"] == ("Amir", "QAT")
    call = next(e for e in record.events if e.kind == "call")
    assert call.countries == ["IDN", "QAT"]


def test_the_amir_of_a_state_before_the_name(extractor):
    record = run(extractor, "The Amir of Kuwait, Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, received Jordanian "
                            "Foreign Minister Ayman Safadi at Bayan Palace on Monday.")
    found = persons(record)
    assert "Amir" not in found and found["Mishal Al-Ahmad Al-Jaber Al-Sabah"] == ("Amir", "KWT")


def test_amir_as_a_given_name_stays_a_name(extractor):
    record = run(extractor, "Amir Haddad, Israel's ambassador to Cyprus, met Cypriot Foreign Minister "
                            "Constantinos Kombos in Nicosia.")
    found = persons(record)
    assert found["Amir Haddad"][1] == "ISR"


def test_the_amir_with_an_article_is_the_title(extractor):
    record = run(extractor, "KUWAIT, Oct 14 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber "
                            "Al-Sabah received at Bayan Palace on Tuesday Omani Foreign Minister Badr Al-Busaidi. "
                            "His Highness the Amir also received the Saudi ambassador.")
    found = persons(record)
    assert "Amir" not in found
    assert found["Mishal Al-Ahmad Al-Jaber Al-Sabah"] == ("Amir", "KWT")
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["KWT", "OMN"]


def test_amir_before_an_honorific_is_the_title(extractor):
    """'Amir Sheikh Tamim': no given name is followed by 'Sheikh'; the visit's host is one person."""
    record = run(extractor, "ASHGABAT, 14 October. Turkmen Foreign Minister Rashid Meredov will visit Qatar "
                            "next week, where he will be received by Amir Sheikh Tamim bin Hamad Al Thani.")
    found = persons(record)
    assert "Amir" not in found and found["Tamim bin Hamad Al Thani"][0] == "Amir"
