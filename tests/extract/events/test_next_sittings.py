"""A body's next sitting (issue 14, item 3): after the report of a body's sitting, "the council decided
that its next meeting will be held in Tbilisi" is that body meeting again (planned, multilateral, the
organisation and its host), and "the ministers agreed that their next meeting ..." is the ministers of
the states that met; "the two ministers" who talked on the sidelines plan talks of their own."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2025-10-02"


def _planned(record: Record) -> list:
    return [e for e in record.events if e.status == "planned"]


def test_the_council_decides_where_its_next_meeting_is_held(extract):
    record = extract(
        "YEREVAN, 2 October (Armenpress) -- The CIS Council of Heads of Security Agencies held "
        "its regular meeting in Yerevan on Thursday, chaired by the director of Armenia's National Security "
        "Service.\n\nThe heads of delegations discussed border security and the exchange of information on "
        "terrorist financing.\n\nThe council decided that its next meeting will be held in Tbilisi in the "
        "spring.")
    (sitting,) = _planned(record)
    assert sitting.kind == "multilateral"
    assert set(sitting.countries) == {"CIS", "GEO"}
    assert sitting.persons == []
    assert sitting.place is not None and sitting.place.name == "Tbilisi"


def test_the_ministers_of_the_states_that_met_plan_their_next_meeting(extract):
    record = extract(
        "ULAANBAATAR, 2 October (Montsame) -- Energy ministers of Mongolia, China and Russia met in Ulaanbaatar on "
        "Wednesday to review the Power of Siberia 2 pipeline route, the Mongolian Energy Ministry said.\n\n"
        "The ministers agreed that their next meeting will be held in Irkutsk in December.")
    (sitting,) = _planned(record)
    assert sitting.kind == "multilateral"
    assert set(sitting.countries) == {"MNG", "CHN", "RUS"}
    assert sitting.place is not None and sitting.place.country == "RUS"


def test_the_two_ministers_plan_talks_of_their_own(extract):
    record = extract(
        "ULAANBAATAR, 2 October (Montsame) -- Energy ministers of Mongolia, China and Russia met in Ulaanbaatar on "
        "Wednesday to review the pipeline route.\n\nOn the sidelines, Mongolian Energy Minister Choijilsuren "
        "Battogtokh held talks with Russian Energy Minister Sergei Tsivilev. The two ministers agreed that their "
        "next meeting will be held in Moscow in November.")
    (talks,) = _planned(record)
    assert talks.kind == "meeting"
    assert set(talks.countries) == {"MNG", "RUS"}


def test_the_next_meeting_of_two_states_commissions_stays_bilateral(extract):
    record = extract(
        "ASTANA, 2 October (Kazinform) -- The intergovernmental commissions of Kazakhstan and Kyrgyzstan on the "
        "demarcation of the state border held their ninth meeting in Astana on Thursday.\n\nThe sides agreed to "
        "hold the next meeting of the commissions in Bishkek in December.")
    (talks,) = _planned(record)
    assert talks.kind == "meeting"
    assert set(talks.countries) == {"KAZ", "KGZ"}
