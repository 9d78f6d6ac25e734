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
