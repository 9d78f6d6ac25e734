"""'Leaders of A, B, C and D are to meet', 'The presidents of A and B met': a plural title "of" a list of
states names each state's official of that title wherever the report names him
(events/plural_officials.py state_officials); when one state's is unnamed or two share the title,
no one is guessed."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2025-06-02"


def _meetings(record: Record) -> list:
    return [e for e in record.events if e.kind in {"meeting", "multilateral", "gathering"}]


def test_leaders_of_four_states_named_in_the_next_sentence(extract):
    record = extract(
        "Leaders of Peru, Chile, Bolivia and Ecuador are to meet in the Chilean city of Arica on Tuesday to discuss "
        "trade and migration. Peruvian President Dina Boluarte, her Chilean and Bolivian counterparts, Gabriel "
        "Boric and Luis Arce, as well as Ecuadorian President Daniel Noboa are also to discuss water rights.")
    (event,) = [e for e in _meetings(record) if len(e.countries) == 4]
    assert event.countries == ["BOL", "CHL", "ECU", "PER"]
    assert set(event.persons) == {"Dina Boluarte", "Gabriel Boric", "Luis Arce", "Daniel Noboa"}


def test_agency_report_of_the_presidents_of_three_states(extract):
    record = extract(
        "ASTANA, June 2 (Kazinform) -- Kazakh President Kassym-Jomart Tokayev received the credentials of new "
        "ambassadors on Monday.\n\n"
        "Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov arrived in the capital in the "
        "evening.\n\n"
        "The presidents of Kazakhstan, Uzbekistan and Kyrgyzstan will meet in Astana on Tuesday to discuss "
        "water and energy.")
    (event,) = [e for e in _meetings(record) if len(e.countries) == 3]
    assert event.countries == ["KAZ", "KGZ", "UZB"]
    assert set(event.persons) == {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov"}


def test_an_unnamed_leader_names_no_one(extract):
    record = extract(
        "Peruvian President Dina Boluarte returned from Madrid on Monday. Leaders of Peru, Chile and Bolivia are "
        "to meet in Arica on Tuesday to discuss trade.")
    for event in _meetings(record):
        if len(event.countries) == 3:
            assert "Dina Boluarte" not in event.persons
