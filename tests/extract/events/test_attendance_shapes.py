"""Who attends a gathering, told in shapes the parser hangs apart (events/attendance.py _doer,
_bare_backref): a gathering named in the compound before its head noun ("to attend a United Nations
General Assembly meeting"), a setting hung on the verb's object ("to discuss the crisis at the
summit"), a part of the gathering told by its time ("at the close of the summit", "on the second day
of the summit"), a gathering told again with a possessive of its day ("Friday's conference"), and a name of
two states joined by a dash that the parser cuts ("address the Zambia–Botswana Investment Forum"),
and those among the people attending it ("was among the dozens of leaders attending the funeral")."""

from __future__ import annotations

from event_views import one

PUBLISHED = "2025-09-15"


def test_a_gathering_named_before_its_head_noun(extract):
    record = extract("Peruvian Foreign Minister Elmer Schialer will attend a United Nations General Assembly "
                     "meeting on climate finance in New York on Monday.")
    assert one(record, "gathering").persons == ["Elmer Schialer"]


def test_the_setting_hung_on_the_object_of_the_verb(extract):
    record = extract("Kenyan President William Ruto and Ugandan President Yoweri Museveni are expected to discuss "
                     "the border dispute at the East African Community summit in Arusha on Saturday.")
    assert set(one(record, "gathering").persons) == {"William Ruto", "Yoweri Museveni"}


def test_what_the_object_names_is_no_attendee(extract):
    record = extract("Kenyan President William Ruto criticized the decisions of Ugandan President Yoweri Museveni "
                     "at the East African Community summit in Arusha on Saturday.")
    assert one(record, "gathering").persons == ["William Ruto"]


def test_said_at_the_close_of_the_summit(extract):
    record = extract("Greek Prime Minister Kyriakos Mitsotakis said at the close of the European Union summit in "
                     "Brussels on Friday that the migration pact must be enforced.")
    assert one(record, "gathering").persons == ["Kyriakos Mitsotakis"]


def test_spoke_on_the_second_day_of_the_summit(extract):
    record = extract("Russian President Vladimir Putin spoke at the second day of the United Nations World Summit "
                     "in New York on Thursday.")
    assert one(record, "gathering").persons == ["Vladimir Putin"]


def test_a_conference_told_again_with_the_possessive_of_its_day(extract):
    record = extract("Japan will host a conference on the recovery of Ukraine in Tokyo on Friday. Japanese Foreign "
                     "Minister Yoko Kamikawa will open Friday's conference.")
    assert one(record, "gathering").persons == ["Yoko Kamikawa"]


def test_a_forum_named_by_two_states_joined_by_a_dash(extract):
    record = extract("Zambian Foreign Minister Mulambo Haimbe will address the Zambia–Botswana Investment Forum in "
                     "Lusaka next Tuesday.")
    assert one(record, "gathering").persons == ["Mulambo Haimbe"]


def test_among_the_leaders_attending(extract):
    record = extract("Indian Prime Minister Narendra Modi was among the dozens of leaders attending the funeral of "
                     "Pope Francis in Rome on Saturday.")
    assert one(record, "gathering").persons == ["Narendra Modi"]


def test_who_will_be_among_the_leaders_attending(extract):
    record = extract("South African President Cyril Ramaphosa, who will be among the leaders attending the G20 "
                     "summit in Rio de Janeiro, said on Monday that Africa needed a bigger voice.")
    assert one(record, "gathering").persons == ["Cyril Ramaphosa"]
