"""'It was decided to hold the next meeting in X' after the report of a body's sitting (issue 14, item
3): a bare "next meeting" (no owner, no counterpart) is the next sitting of the body the report told
last, a planned multilateral meeting of its organisation and host; after bilateral talks it stays
the two sides' next talks. Talks "on the sidelines of the meeting" are at the sitting that was held,
not at the next one."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"

ECO_REPORT = (
    "ASHGABAT, 14 May (TDH) -- Turkmen Foreign Minister Rashid Meredov attended the 28th meeting of the Council "
    "of Foreign Ministers of the Economic Cooperation Organization held in Tehran on Tuesday.\n\n"
    "The meeting was attended by the foreign ministers of Iran, Pakistan, Turkiye, Azerbaijan and Kazakhstan "
    "as well as ECO Secretary General Asad Majeed Khan.\n\n"
    "The ministers adopted the Tehran Declaration and a road map on transport connectivity.\n\n"
    "It was decided to hold the next meeting in Ashgabat in 2026.\n\n"
    "On the sidelines of the meeting, Meredov held talks with his Pakistani counterpart Ishaq Dar."
)


def planned(record: Record) -> list[Event]:
    return [e for e in record.events if e.status == "planned"]


def test_the_next_meeting_after_a_body_sitting_is_its_next_sitting(extract):
    record = extract(ECO_REPORT)
    [nxt] = planned(record)
    assert nxt.kind == "multilateral"
    assert set(nxt.countries) == {"ECO", "TKM"}
    assert nxt.place is not None and nxt.place.name == "Ashgabat"
    assert nxt.date is not None and nxt.date.start == "2026"


def test_sideline_talks_are_at_the_sitting_held_not_the_next(extract):
    record = extract(ECO_REPORT)
    [talks] = [e for e in record.events if e.kind == "meeting"]
    assert set(talks.countries) == {"PAK", "TKM"}
    assert talks.place is not None and talks.place.country == "IRN"


def test_another_body_in_another_region(extract):
    record = extract(
        "LIMA, 14 May (Andina) -- The ninth meeting of the Council of Interior Ministers of the Andean Community "
        "took place in Lima on Monday, chaired by Peruvian Interior Minister Julio Diaz.\n\n"
        "The ministers approved a joint plan against illegal mining.\n\n"
        "They agreed to hold the next meeting in Quito in November.")
    [nxt] = planned(record)
    assert nxt.kind == "multilateral"
    assert "ECU" in nxt.countries
    assert nxt.place is not None and nxt.place.name == "Quito"


def test_after_bilateral_talks_the_next_meeting_stays_the_two_sides(extract):
    record = extract(
        "DUSHANBE, 14 May (Khovar) -- Tajik Foreign Minister Sirojiddin Muhriddin held talks with his Kyrgyz "
        "counterpart Jeenbek Kulubaev in Dushanbe on Monday.\n\n"
        "The ministers discussed border delimitation and water use.\n\n"
        "The sides agreed to hold the next meeting in Bishkek in the autumn.")
    [nxt] = planned(record)
    assert nxt.kind == "meeting"
    assert set(nxt.countries) == {"KGZ", "TJK"}
