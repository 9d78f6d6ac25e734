"""Which meetings agency copy tells, and which words only look like one.

- 'met with A, and with B', 'held talks with A and then with B': the repeated 'with' starts talks
  of their own, one meeting each (events/with_each.py), also when A is an IGO's head;
- 'where he will meet with business leaders and bankers': no state's officials, no meeting
  (events/sides.py meets_non_officials);
- 'after two decades of negotiations': talks counted in years are a process, no engagement
  (events/non_engagements.py);
- 'Read also: X holds consultations with Y' run on in the same sentence, 'Photo: X receives Y
  before their talks': page furniture and captions tell no engagement of their own."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-04-16"


def _meetings(record) -> list:
    return [e for e in record.events if e.kind == "meeting"]


def _talks(record) -> set[tuple[str, ...]]:
    return {tuple(sorted(e.countries)) for e in record.events if e.kind in {"meeting", "multilateral"}}


@pytest.mark.parametrize(("text", "pairs"), [
    ("ANKARA, April 16 (AA) - On the margins of the NATO foreign ministers' meeting, Turkish Foreign Minister "
     "Hakan Fidan met with NATO Secretary General Mark Rutte, and with Foreign Minister of Poland Radoslaw Sikorski.",
     {("NATO", "TUR"), ("POL", "TUR")}),
    ("ASHGABAT, 16 April. Minister of Foreign Affairs of Turkmenistan Rashid Meredov held talks with Deputy Prime "
     "Minister of Pakistan Mohammad Ishaq Dar, and then with Foreign Minister of Iran Abbas Araghchi.",
     {("PAK", "TKM"), ("IRN", "TKM")}),
    ("DOHA, April 16 (QNA) -- HE Minister of State Mohammed bin Abdulaziz Al-Khulaifi met today with the "
     "Secretary-General of the Arab League Ahmed Aboul Gheit and later with Egyptian Foreign Minister Badr Abdelatty.",
     {("LAS", "QAT"), ("EGY", "QAT")}),
])
def test_a_repeated_with_is_one_meeting_each(extract, text, pairs):
    record = extract(text, published=PUBLISHED)
    assert pairs <= _talks(record)
    assert not any(len(e.countries) > 2 for e in record.events if e.kind in {"meeting", "multilateral"})


def test_together_with_stays_one_meeting(extract):
    record = extract(
        "BAKU, April 16 (AZERTAC) - President Ilham Aliyev received Foreign Minister of Georgia Maka Botchorishvili "
        "together with Foreign Minister of Turkiye Hakan Fidan.", published=PUBLISHED)
    assert _talks(record) == {("AZE", "GEO", "TUR")}


def test_business_leaders_are_no_counterpart(extract):
    record = extract(
        "JAKARTA, April 16 (ANTARA) - Indonesian Trade Minister Budi Santoso held talks with Brazilian Vice "
        "President Geraldo Alckmin in Jakarta on Thursday. On Friday Alckmin flies to Surabaya, where he will "
        "meet with business leaders and exporters.", published=PUBLISHED)
    assert [m.status for m in _meetings(record)] == ["occurred"]


def test_years_of_negotiations_are_no_meeting(extract):
    record = extract(
        "ASTANA, 16 April. President Kassym-Jomart Tokayev held talks with President of Turkmenistan Serdar "
        "Berdimuhamedov in Astana. The trilateral gas pipeline agreement of Kazakhstan, Turkmenistan and China "
        "was reached in 2024 after years of negotiations.", published=PUBLISHED)
    assert _talks(record) == {("KAZ", "TKM")}


def test_furniture_and_captions_tell_no_talks(extract):
    record = extract(
        "TASHKENT, April 16 (UzA). President Shavkat Mirziyoyev held talks with President of Latvia Edgars "
        "Rinkevics at the Kuksaroy residence on Thursday.\n\nPhoto: President Shavkat Mirziyoyev welcomes "
        "President Edgars Rinkevics before their talks in Tashkent.\n\nRead also: Uzbekistan and Oman hold "
        "political consultations\n\nAll materials are available with a hyperlink.", published=PUBLISHED)
    assert [(tuple(sorted(m.countries)), m.status) for m in _meetings(record)] == [(("LVA", "UZB"), "occurred")]


def test_the_next_round_agreed_during_talks_is_a_meeting_of_its_own(extract):
    record = extract(
        "RIGA, April 16 (LETA) - Latvian Foreign Minister Baiba Braze and Foreign Minister of Uzbekistan "
        "Bakhtiyor Saidov held talks in Riga on Thursday, during which they agreed to hold the next round of "
        "political consultations in Tashkent in the autumn.", published=PUBLISHED)
    meetings = sorted(_meetings(record), key=lambda e: e.status)
    assert [m.status for m in meetings] == ["occurred", "planned"]
    assert {tuple(sorted(m.countries)) for m in meetings} == {("LVA", "UZB")}
    assert meetings[1].place is not None and meetings[1].place.country == "UZB"


def test_the_ministers_meeting_of_a_dialogue_is_no_gathering(extract):
    record = extract(
        "TOKYO, April 16 (Kyodo) -- Japanese Foreign Minister Toshimitsu Motegi held talks with Kyrgyz Foreign "
        "Minister Jeenbek Kulubaev. The two ministers agreed to hold the next foreign ministers' meeting of the "
        "\"Central Asia plus Japan\" Dialogue in Dushanbe this autumn.", published=PUBLISHED)
    assert not [e for e in record.events if e.kind == "gathering"]
    (sitting,) = [e for e in record.events if e.kind == "multilateral"]
    assert sitting.status == "planned" and {"JPN", "KGZ", "TJK"} <= set(sitting.countries)


def test_a_business_council_sitting_is_no_meeting_of_states(extract):
    record = extract(
        "ABU DHABI, 16th April, 2026 (WAM) -- The UAE and Azerbaijan foreign ministers held talks in Abu Dhabi "
        "today. The ministers also discussed preparations for the next meeting of the UAE-Azerbaijan Business "
        "Council.", published=PUBLISHED)
    assert [e.status for e in record.events if e.kind in {"meeting", "multilateral"}] == ["occurred"]


def test_a_separate_meeting_with_an_official_of_no_told_state_is_with_the_others_state(extract):
    record = extract(
        "BAKU, April 16 (KUNA) -- Kuwait's Minister of Finance Noura Al-Fassam held talks here on Thursday with "
        "Azerbaijani Minister of Finance Sahil Babayev.\n\nAl-Fassam also held separate meetings with Chairman of "
        "the Milli Majlis Sahiba Gafarova and Minister of Economy, Energy and Industry Mikayil Jabbarov, with whom "
        "she discussed investment.", published=PUBLISHED)
    assert [sorted(m.countries) for m in _meetings(record)] == [["AZE", "KWT"]] * 3
