"""A gathering told as the audience of a speech or the goal of a delegation (events/gathering_audiences.py),
one told inside a part of it ("the high-level week of the UN General Assembly"), and the host that prepares
to hold it ("has begun preparations to host the summit")."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2026-09-20"


def _gatherings(record: Record):
    return [e for e in record.events if e.kind == "gathering"]


@pytest.mark.parametrize(("text", "countries", "person"), [
    ("ASTANA, 20 September. President Kassym-Jomart Tokayev will deliver a speech to the General Assembly "
     "in New York on Tuesday, the Akorda press service reported.", {"UN", "USA"}, "Kassym-Jomart Tokayev"),
    ("DOHA, Sept 20 (QNA) -- Speaker of the Shura Council Hassan bin Abdullah Al-Ghanim is heading the Qatari "
     "delegation to a meeting of the Asian Parliamentary Assembly in Baku this week.", {"APA", "AZE"},
     "Hassan bin Abdullah Al-Ghanim"),
    ("ISLAMABAD, Sept 20 (APP) -- Prime Minister Shehbaz Sharif departed for New York on Sunday to attend "
     "the high-level week of the 81st UN General Assembly.", {"UN", "USA"}, "Shehbaz Sharif"),
])
def test_a_gathering_spoken_to_or_travelled_to_is_told(extract, text, countries, person):
    found = _gatherings(extract(text))
    assert len(found) == 1, [(e.kind, e.name, e.countries) for e in extract(text).events]
    assert set(found[0].countries) == countries
    assert person in found[0].persons


def test_a_standing_delegation_to_an_assembly_is_no_sitting(extract):
    record = extract("BAKU, Azerbaijan, Sept. 20. Samad Seyidov, head of the Azerbaijani delegation to the "
                     "Parliamentary Assembly of the Council of Europe, delivered a speech to the Global Baku Forum "
                     "on Sunday.")
    assert [e.name for e in _gatherings(record)] == ["Global Baku Forum"]


@pytest.mark.parametrize("text", [
    "KUWAIT, Sept 20 (KUNA) -- Kuwait has begun preparations to host the 47th Gulf Cooperation Council summit "
    "in December, Foreign Minister Abdullah Al-Yahya said on Sunday.",
    "KUWAIT, Sept 20 (KUNA) -- Kuwait's bid to host the 47th Gulf Cooperation Council summit in December "
    "was welcomed by the council's ministers on Sunday.",
])
def test_the_state_preparing_to_host_a_summit_hosts_it(extract, text):
    found = _gatherings(extract(text))
    assert len(found) == 1 and set(found[0].countries) == {"GCC", "KWT"}


def test_the_next_gathering_of_a_series_is_not_the_one_told(extract):
    record = extract("ASTANA, 28 May. The Astana International Forum gathered more than 5,000 participants from 70 "
                     "countries. The forum ended on Thursday. The next forum will take place in 2027.",
                     published="2026-05-29")
    found = _gatherings(record)
    assert [(e.status, e.date.start if e.date else None) for e in found] == [("occurred", "2026-05-28")]


def test_a_gathering_name_keeps_its_bracketed_short_name_whole(extract):
    record = extract("BAKU, Azerbaijan, Sept. 20. Deputy Prime Minister Shahin Mustafayev spoke within the "
                     "framework of the 13th World Urban Forum (WUF13) in Baku on Sunday.")
    assert [e.name for e in _gatherings(record)] == ["13th World Urban Forum (WUF13)"]


def test_whoever_speaks_in_an_address_to_a_summit_attends_it(extract):
    record = extract("TASHKENT, 9 October (UzA). In his address to the summit of the Organization of Turkic States "
                     "in Gabala, President Shavkat Mirziyoyev called for closer transport ties.",
                     published="2026-10-09")
    assert [e.persons for e in _gatherings(record)] == [["Shavkat Mirziyoyev"]]
