"""The format of talks (events/talk_formats.py, events/mediators.py, events/pronoun_sides.py): talks
held in an online or video format are a call; a summit of two states' leaders is their meeting, and
a summit held in a third state stays that host's gathering; a dialogue told as held is talks; an
organisation that mediates or sponsors talks is one of their parties, and a plural pronoun reporting
the talks stands for the sides that report them."""

from __future__ import annotations

import pytest
from event_views import people


@pytest.mark.parametrize(("text", "countries"), [
    ("Georgian Prime Minister Irakli Kobakhidze and Armenian Prime Minister Nikol Pashinyan held a meeting in an "
     "online format on Thursday.", ["ARM", "GEO"]),
    ("Mongolian Foreign Minister Battsetseg Batmunkh held talks in a video format with her Kazakh counterpart "
     "Murat Nurtleu on Wednesday.", ["KAZ", "MNG"]),
    ("Turkmen Foreign Minister Rashid Meredov and Hungarian Foreign Minister Peter Szijjarto held virtual talks on "
     "Friday.", ["HUN", "TKM"]),
])
def test_talks_in_a_remote_format_are_a_call(extract, text, countries):
    record = extract(text)
    [call] = [e for e in record.events if e.kind == "call"]
    assert call.countries == countries
    assert not [e for e in record.events if e.kind in {"meeting", "visit"}]


@pytest.mark.parametrize(("text", "countries", "persons"), [
    ("HANOI, March 4 (VNA) - Vietnam and Indonesia signed three memoranda on Monday during a summit between "
     "President Luong Cuong and Indonesian President Prabowo Subianto in Hanoi.",
     ["IDN", "VNM"], {"Luong Cuong", "Prabowo Subianto"}),
    ("ANKARA, May 7 (AA) - Turkish President Recep Tayyip Erdogan and Hungarian Prime Minister Viktor Orban held "
     "a bilateral summit in Ankara on Tuesday.", ["HUN", "TUR"], {"Recep Tayyip Erdogan", "Viktor Orban"}),
    ("CANBERRA, Oct 2 - Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher "
     "Luxon will hold their annual summit in Sydney next week.", ["AUS", "NZL"],
     {"Anthony Albanese", "Christopher Luxon"}),
])
def test_a_summit_of_two_states_is_their_meeting(extract, text, countries, persons):
    record = extract(text)
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert [m.countries for m in meetings] == [countries]
    assert people(record, meetings[0]) == persons
    assert not [e for e in record.events if e.kind == "gathering"]


def test_a_summit_of_two_sides_is_a_gathering_only_in_a_third_state(extract):
    third = extract("Greece announced plans for a summit between Prime Minister Kyriakos Mitsotakis and Albanian "
                    "Prime Minister Edi Rama on May 3 in the Italian city of Bari.")
    [gathering] = [e for e in third.events if e.kind == "gathering"]
    assert gathering.countries == ["ITA"]
    assert not [e for e in third.events if e.kind == "meeting"]
    own = extract("Greece announced plans for a summit between Prime Minister Kyriakos Mitsotakis and Albanian "
                  "Prime Minister Edi Rama on May 3 in the Greek city of Thessaloniki.")
    assert [e.countries for e in own.events if e.kind == "meeting"] == [["ALB", "GRC"]]
    assert not [e for e in own.events if e.kind == "gathering"]


@pytest.mark.parametrize(("text", "countries"), [
    ("ASTANA, 12 March. The fourth round of strategic dialogue between Kazakhstan and the European Union was held "
     "in Brussels on March 11.", ["EU", "KAZ"]),
    ("ISLAMABAD, Jan 10 (APP) - Pakistan and Turkiye held a strategic dialogue in Ankara on Wednesday.",
     ["PAK", "TUR"]),
])
def test_a_dialogue_told_as_held_is_talks(extract, text, countries):
    record = extract(text)
    assert [(e.kind, e.countries) for e in record.events if e.kind != "visit"] == [("meeting", countries)]


def test_a_dialogue_called_for_is_no_talks_and_one_held_is(extract):
    called = extract("Kuwaiti Foreign Minister Abdullah Al-Yahya called for dialogue between Iran and the United "
                     "Arab Emirates on Monday.")
    assert not [e for e in called.events if e.kind in {"meeting", "multilateral"}]
    held = extract("Iran and the United Arab Emirates held a political dialogue in Abu Dhabi on Monday.")
    assert [e.countries for e in held.events if e.kind == "meeting"] == [["ARE", "IRN"]]


@pytest.mark.parametrize("text", [
    "KHARTOUM, May 3 - The fighting came during a new round of African Union-sponsored talks between the Sudanese "
    "government and the rebel groups.",
    "MAPUTO, Aug 9 - The Mozambican government and the rebels resumed peace talks under the auspices of the African "
    "Union on Monday.",
])
def test_government_rebel_talks_an_igo_sponsors_are_its_meeting_with_the_state(extract, text):
    record = extract(text)
    [meeting] = [e for e in record.events if e.kind == "meeting"]
    assert "AU" in meeting.countries and len(meeting.countries) == 2


def test_an_organisation_under_whose_auspices_two_states_talk_is_a_party(extract):
    record = extract("Eritrea and Djibouti began negotiations under United Nations auspices in Geneva on Monday.")
    [talks] = [e for e in record.events if e.kind == "multilateral"]
    assert talks.countries == ["DJI", "ERI", "UN"]


def test_a_pronoun_reporting_mediated_talks_stands_for_its_reporters(extract):
    record = extract("Serbia and Kosovo confirmed on Monday that they held talks mediated by Hungary in Budapest.")
    [talks] = [e for e in record.events if e.kind == "multilateral"]
    assert talks.countries == ["HUN", "SRB", "XKX"]


def test_a_telephone_exchange_is_a_call(extract):
    record = extract("Omani Foreign Minister Badr Albusaidi and his Iranian counterpart Abbas Araghchi had a "
                     "telephone exchange on Sunday.")
    assert [e.countries for e in record.events if e.kind == "call"] == [["IRN", "OMN"]]


def test_a_sitting_a_bilateral_body_holds_is_talks_of_its_states(extract):
    record = extract("KUWAIT, Jan 14 (KUNA) -- The Kuwaiti-Egyptian joint committee held its 12th session in Cairo on "
                     "Monday, co-chaired by Foreign Minister Abdullah Al-Yahya and Egyptian Foreign Minister Badr "
                     "Abdelatty.")
    assert [(e.kind, e.countries) for e in record.events if e.kind != "visit"] == [("meeting", ["EGY", "KWT"])]
