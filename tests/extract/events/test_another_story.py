"""A new visitor, a new story (issue 14 items 1 and 7; events/story.py another_story, events/merge.py).

A visit whose own clause names its visitor and where the visitor goes does not borrow the parties
of the engagement told before it when that engagement was held by other people and placed nowhere,
or held in another state: the talks told last are another story, not this visit's hosts.
"""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2025-05-14"


def visit_of(record: Record) -> tuple[list[str], list[str]]:
    names = {a.id: a.name for a in record.actors}
    found = [e for e in record.events if e.kind == "visit"]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0].countries, sorted(names[p] for p in found[0].participants)


def test_a_visit_named_after_other_peoples_talks_keeps_its_own_parties(extract):
    record = extract(
        "EU foreign policy chief Kaja Kallas met with the head of the Organization of Islamic Cooperation, "
        "Hissein Brahim Taha. Estonian officials say Prime Minister Kristen Michal will raise "
        "the issue during his visit to Oslo next month.")
    assert visit_of(record) == (["EST", "NOR"], ["Kristen Michal"])


def test_a_stay_told_after_talks_of_two_other_states_is_the_visitors_own(extract):
    record = extract(
        "Serbian and Kosovar negotiators met to prepare the next round of the dialogue. "
        "Hungarian Foreign Minister Peter Szijjarto told reporters in Beijing on Wednesday that his "
        "country would not change its position.")
    assert visit_of(record) == (["CHN", "HUN"], ["Peter Szijjarto"])


def test_the_visitor_of_the_talks_told_before_still_takes_their_host(extract):
    record = extract(
        "BAKU, May 12 (APA) -- Azerbaijani President Ilham Aliyev received Turkish Foreign Minister Hakan "
        "Fidan on Monday. Fidan's visit to Baku will continue until Wednesday, the ministry said.")
    countries, people = visit_of(record)
    assert countries == ["AZE", "TUR"]
    assert "Hakan Fidan" in people


def test_a_past_visit_with_its_own_date_is_an_engagement_of_its_own(extract):
    record = extract(
        "BAKU, 14 May (APA) -- Pakistani Prime Minister Shehbaz Sharif is on an official visit to Azerbaijan. "
        "He met with President Ilham Aliyev at the Presidential Palace on Wednesday. Sharif's previous "
        "visit to Baku was in July 2024.", published="2025-05-14")
    past = [e for e in record.events if e.kind == "visit" and e.date is not None and e.date.start == "2024-07"]
    assert len(past) == 1
    assert past[0].status == "occurred"
    assert past[0].countries == ["AZE", "PAK"]
    assert len([e for e in record.events if e.kind == "visit"]) == 2  # today's visit is another


def test_a_visitor_of_another_state_in_the_same_city_opens_a_new_story(extract):
    """'Meanwhile, the Turkish foreign minister also arrived in Baku': a new visitor, a new frame; the
    Georgian premier and his Azerbaijani host are not his party."""
    record = extract(
        "BAKU, March 5 (Trend) -- A delegation led by Georgian Prime Minister Irakli Kobakhidze arrived in "
        "Baku on Tuesday for a two-day official visit.\n\nOn Wednesday, the Georgian premier held talks with "
        "Azerbaijani Prime Minister Ali Asadov at the Cabinet of Ministers. Following the talks, the two prime "
        "ministers signed a memorandum on energy cooperation.\n\nMeanwhile, Turkish Foreign Minister Hakan "
        "Fidan also arrived in Baku on Wednesday. Fidan met with his Azerbaijani counterpart Jeyhun Bayramov.",
        "2025-03-06")
    visits = [e for e in record.events if e.kind == "visit"]
    fidan = [e for e in visits if e.persons and e.persons[0] == "Hakan Fidan"]
    assert len(fidan) == 1
    assert sorted(fidan[0].countries) == ["AZE", "TUR"]
    assert "Irakli Kobakhidze" not in fidan[0].persons and "Ali Asadov" not in fidan[0].persons
    georgian = [e for e in visits if e.persons and e.persons[0] == "Irakli Kobakhidze"]
    assert len(georgian) == 1 and "Ali Asadov" in georgian[0].persons
