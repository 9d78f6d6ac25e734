"""The heads of the sides of bilateral talks, told after them (events/represented.py): "The A
delegation was headed by X, and the B side by Y", "The meeting was co-chaired by X and Y", "The
delegations were led by X and Y" make X and Y parties of the talks; a person heading something that
is no side of the talks is not one."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-04-18"


def test_delegation_heads_told_with_a_gapped_second_side(extract):
    record = extract(
        "ZAGREB, April 17. The third round of political consultations between the foreign ministries of "
        "Azerbaijan and Croatia was held in Zagreb on Thursday. The Azerbaijani delegation was headed by "
        "Deputy Foreign Minister Elnur Mammadov, and the Croatian side by State Secretary Frano Matusic.")
    talks = one(record, "meeting")
    assert people(record, talks) == {"Elnur Mammadov", "Frano Matusic"}


def test_co_chairs_of_a_commission_sitting(extract):
    record = extract(
        "TASHKENT, April 17. The twelfth meeting of the Kazakh-Uzbek intergovernmental commission took place "
        "in Tashkent on Thursday. The meeting was co-chaired by Kazakh Deputy Prime Minister Serik "
        "Zhumangarin and Uzbek Deputy Prime Minister Jamshid Khodjaev.")
    talks = one(record, "meeting")
    assert people(record, talks) == {"Serik Zhumangarin", "Jamshid Khodjaev"}


def test_plural_delegations_led_and_an_exhibition_head_left_out(extract):
    record = extract(
        "ASTANA, April 17. Kazakhstan and Mongolia held talks on transit and trade in Astana on Thursday. "
        "The delegations were led by Kazakh Minister of Trade Arman Shakkaliyev and Mongolian Minister of "
        "Economy Luvsannyam Gantumur. The accompanying exhibition was headed by Kazakh Vice Minister of "
        "Culture Yerlan Kozhagapanov.")
    talks = one(record, "meeting")
    assert people(record, talks) == {"Arman Shakkaliyev", "Luvsannyam Gantumur"}


def test_the_parts_of_a_commission_headed(extract):
    record = extract(
        "BISHKEK, April 17. The Kyrgyz-Kazakh intergovernmental council held its meeting in Bishkek. The Kyrgyz "
        "part of the council was headed by Chairman of the Cabinet of Ministers Adylbek Kasymaliev, the Kazakh "
        "part by Prime Minister Olzhas Bektenov.")
    talks = one(record, "meeting")
    assert people(record, talks) == {"Adylbek Kasymaliev", "Olzhas Bektenov"}


def test_officials_of_both_states_told_by_the_next_sentence(extract):
    """Talks that name no one take the officials of both their states the next sentence has as its
    subject (events/told_attendees.py sides_told_after)."""
    record = extract(
        "DUSHANBE, April 17. Tajikistan and Turkmenistan held talks on energy transit in Dushanbe on Thursday. "
        "Tajik Minister of Energy Daler Juma and Turkmen Minister of Energy Atamyrat Saparov discussed the "
        "supply of electricity to Afghanistan.")
    talks = one(record, "meeting")
    assert people(record, talks) == {"Daler Juma", "Atamyrat Saparov"}


def test_heads_with_long_titles_of_their_own(extract):
    """'was headed by Chairman of the State Committee for Defense Industry X': the name sits five phrases
    below 'by' (events/represented.py _by_persons)."""
    record = extract(
        "MINSK, April 17. Belarus and Uzbekistan held talks on military-technical cooperation in Minsk. The "
        "Belarusian delegation was headed by Chairman of the State Authority for Military Industry Dmitry "
        "Pantus, while the Uzbek delegation was led by Chairman of the State Committee for Defense Industry "
        "Akmal Sultanov.")
    talks = one(record, "meeting")
    assert people(record, talks) == {"Dmitry Pantus", "Akmal Sultanov"}
