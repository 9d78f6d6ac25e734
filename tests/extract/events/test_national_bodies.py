"""The sitting of one state's own legislature or party is no gathering between states (issue 14,
item 3: what is not an international gathering), while a sitting of an organisation of states, a
parliamentary one included, stays a gathering with its organisation and host."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"


def gatherings(record):
    return [e for e in record.events if e.kind in {"gathering", "multilateral"}]


@pytest.mark.parametrize("text", [
    "TEHRAN, June 9 (Pars Wire) -- The 12th session of the Iranian parliament opened on Monday. Speaker "
    "Mohammad Bagher Ghalibaf addressed the lawmakers on the draft budget.",
    "BEIJING, June 9 (Sinolink) -- The annual session of China's National People's Congress opened in Beijing "
    "on Monday with nearly 3,000 deputies attending.",
    "HANOI, June 9 (Red River News) -- The 14th National Congress of the Communist Party of Vietnam will open in "
    "Hanoi on January 19, the party's Central Committee said.",
    "HAVANA, June 9 (Caribe Wire) -- President Miguel Diaz-Canel said the ruling Communist Party will hold a "
    "congress in April, the first party congress since 2021.",
    "YEREVAN, June 9 (Ararat Press) -- The National Assembly of Armenia held its regular session on Monday, "
    "discussing the draft budget for next year.",
    "MOGADISHU, June 9 (Horn Daily) -- Lawmakers walked out of a parliamentary session in Mogadishu on Monday "
    "during a vote on the electoral law.",
])
def test_a_sitting_of_one_states_legislature_or_party_is_no_gathering(extract, text):
    assert gatherings(extract(text)) == []


@pytest.mark.parametrize(("text", "org", "country"), [
    ("BAKU, June 9 (Caspian Wire) -- The plenary session of the Parliamentary Assembly of Turkic States will be "
     "held in Baku on June 20, the Milli Majlis press service said.", "TURKPA", "AZE"),
    ("GENEVA, June 9 (Alpine Wire) -- The 151st Assembly of the Inter-Parliamentary Union opened in Geneva on "
     "Monday with speakers of parliament from 120 countries attending.", "IPU", "CHE"),
])
def test_a_sitting_of_a_parliamentary_organisation_stays_a_gathering(extract, text, org, country):
    (event,) = gatherings(extract(text))
    assert event.kind == "gathering"
    assert {org, country} <= set(event.countries)


def test_a_summit_told_beside_a_party_congress_stays(extract):
    record = extract(
        "HANOI, June 9 (Red River News) -- Vietnamese Prime Minister Pham Minh Chinh left Hanoi on Monday for "
        "Kuala Lumpur to attend the 47th ASEAN Summit, a week after the party congress closed.")
    (event,) = gatherings(record)
    assert event.kind == "gathering"
    assert {"ASEAN", "MYS"} <= set(event.countries)


@pytest.mark.parametrize("text", [
    "WASHINGTON, June 9 (Potomac Wire) -- The president said his goal for the year is to work with Congress to "
    "keep taxes low.",
    "WASHINGTON, June 9 (Potomac Wire) -- Former senator John Glenn joined members of the U.S. Congress for a "
    "preview of the mission.",
    "MANILA, June 9 (Archipelago News) -- The Philippine Congress will convene on Monday to debate the budget.",
])
def test_a_legislature_told_by_its_bare_name_is_no_gathering(extract, text):
    assert not gatherings(extract(text))


def test_a_world_congress_of_states_stays_a_gathering(extract):
    record = extract("BAKU, June 9 (Caspian Wire) -- The 7th World Congress of Ministers of Culture opened in Baku "
                     "on Monday with delegations from 40 states.")
    assert [e.kind for e in gatherings(record)] == ["gathering"]
