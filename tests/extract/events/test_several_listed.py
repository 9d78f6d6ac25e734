"""Several engagements told in one sentence, in agency copy (events/several.py, events/one_each.py).

Issue 14, item 4: an official who meets several counterparts named one after another with their
long titles, behind a fronted phrase the parse hangs the subject's first name on; heads of state
who receive the credentials of several envoys, named or told by their states, or whose envoys are
the coordinated subject; hosts who receive one guest 'separately'. Each is one meeting per
counterpart. A trilateral meeting stays one multilateral meeting.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-14"


def _talks(record):
    return sorted((e.kind, sorted(e.countries)) for e in record.events if e.kind in {"meeting", "multilateral"})


def _meetings(*pairs):
    return sorted(("meeting", sorted(p.split())) for p in pairs)


def test_counterparts_met_behind_a_fronted_phrase_are_one_meeting_each(extract):
    """The parse gives 'met' the surname alone as its subject and hangs the first name and the title
    on the fronted phrase: the subject is still the minister, who met each of the three."""
    record = extract(
        "Tashkent, May 14 (Dunya). On the sidelines of the Tashkent Investment Forum, which opened on "
        "Wednesday, Minister of Investment of the Republic of Uzbekistan Laziz Kudratov met with Minister of "
        "Economy of the Kingdom of Bahrain Salman bin Khalifa Al Khalifa, Deputy Prime Minister of the "
        "Republic of Kazakhstan Serik Zhumangarin and Minister of Trade of the Republic of Indonesia Budi "
        "Santoso.")
    assert _talks(record) == _meetings("BHR UZB", "KAZ UZB", "IDN UZB")
    persons = sorted(sorted(e.persons) for e in record.events if e.kind == "meeting")
    assert all("Laziz Kudratov" in p for p in persons)


CREDENTIALS = [
    pytest.param(  # the envoys named after 'the credentials of', each with his state
        "MUSCAT, May 13 (ONA) -- His Majesty Sultan Haitham bin Tarik received on Wednesday the credentials "
        "of the Ambassador of Spain Javier Lopez, the Ambassador of Chile Rodrigo Perez and the Ambassador of "
        "Nigeria Ibrahim Bello.", ["ESP OMN", "CHL OMN", "NGA OMN"], id="credentials-of-named-envoys"),
    pytest.param(  # told by their states only, the last state deep in the list
        "DUSHANBE, 14 May. President Emomali Rahmon received the credentials of the newly appointed "
        "ambassadors of Italy, Pakistan and Mongolia on Wednesday.", ["ITA TJK", "PAK TJK", "MNG TJK"],
        id="credentials-of-listed-states"),
    pytest.param(  # the envoys are the subject: its words are one side, the head of state the other
        "ASHGABAT, 14 May. The Ambassador of Korea Kim Min-soo, the Ambassador of Hungary Zoltan Nagy and "
        "the Ambassador of Egypt Ahmed Fathy presented their credentials to President Serdar Berdimuhamedov "
        "on Wednesday.", ["KOR TKM", "HUN TKM", "EGY TKM"], id="envoys-as-subject"),
    pytest.param(  # no host told: the state they present them in (the dateline's)
        "ROME, May 14 (AzerTac). The ambassadors of Latvia and Ecuador presented their credentials at the "
        "Quirinale Palace in Rome on Wednesday.", ["ITA LVA", "ECU ITA"], id="envoys-without-host"),
    pytest.param(
        "ASTANA, 14 May. The President of Kazakhstan accepted credentials from the ambassadors of Portugal, "
        "Thailand and Kenya at the Akorda.", ["KAZ PRT", "KAZ THA", "KAZ KEN"], id="credentials-accepted"),
]


@pytest.mark.parametrize(("text", "pairs"), CREDENTIALS)
def test_credentials_of_several_envoys_are_one_meeting_each(extract, text, pairs):
    assert _talks(extract(text)) == _meetings(*pairs)


def test_two_hosts_receive_one_guest_separately(extract):
    """The tagger reads the guest's surname alone as no person: she is still received, by each host."""
    record = extract(
        "VIENTIANE, May 14 (KPL) - National Assembly President Saysomphone Phomvihane held talks with "
        "Speaker of the Parliament of Georgia Shalva Papuashvili in Vientiane on Wednesday. The same day, "
        "President Thongloun Sisoulith and Prime Minister Sonexay Siphandone received Papuashvili separately.")
    received = sorted(sorted(e.persons) for e in record.events if e.kind == "meeting")
    assert ["Shalva Papuashvili", "Thongloun Sisoulith"] in received
    assert ["Shalva Papuashvili", "Sonexay Siphandone"] in received


def test_a_trilateral_meeting_of_three_ministers_stays_one(extract):
    """Guard: one minister holding a trilateral meeting with two others is one multilateral meeting."""
    record = extract(
        "TBILISI, May 14. Georgian Foreign Minister Maka Botchorishvili held a trilateral meeting with "
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Turkish Foreign Minister Hakan Fidan in Batumi on "
        "Wednesday.")
    assert _talks(record) == [("multilateral", ["AZE", "GEO", "TUR"])]
