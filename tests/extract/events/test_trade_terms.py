"""The sides of a supply deal told in its terms (events/trade_terms.py): "a deal under which X would
pay for Russian gas" is X's deal with Russia; a clause that only describes what a document funds
("a memorandum which will fund a line linking its grid with Y") adds no side."""

from __future__ import annotations

from event_views import agreements

PUBLISHED = "2025-11-20"


def test_the_buyer_and_the_goods_origin_are_the_deals_sides(extract):
    for text, sides in (
        ("Ukraine signed a deal last Wednesday under which it would pay $95 for 1,000 cubic meters of Russian "
         "gas.", ["RUS", "UKR"]),
        ("Kyiv signed a deal on Monday under which it will buy Azerbaijani gas through 2030.", ["AZE", "UKR"]),
        ("Moldova signed a contract to import Romanian electricity.", ["MDA", "ROU"]),
        ("Serbia signed a contract under which it will purchase Kazakh oil for its refinery in Pancevo.",
         ["KAZ", "SRB"]),
    ):
        found = agreements(extract(text))
        assert [a.countries for a in found] == [sides], text


def test_a_clause_of_what_the_document_funds_adds_no_side(extract):
    found = agreements(extract("Moldova signed a memorandum which will fund a line linking its grid with Romania."))
    assert [a.countries for a in found] == [["MDA"]]


def test_a_deal_told_after_another_story_takes_its_own_sides(extract):
    record = extract(
        "KYIV, 19 November (Ukrinform) -- Ukrainian President Volodymyr Zelensky told reporters in Astana, "
        "Kazakhstan, that the vote was unconstitutional.\n\n"
        "The vote followed criticism of a deal reached last Wednesday under which Ukraine would pay $250 for "
        "1,000 cubic meters of Azerbaijani gas.")
    deals = agreements(record)
    assert [d.countries for d in deals] == [["AZE", "UKR"]]
    assert not any(a.name == "Volodymyr Zelensky" for i in deals[0].participants if (a := record.actor(i)))


def test_the_subject_of_a_clause_opened_by_in_which_made_the_document(extract):
    for text, sides in (
        ("BRASILIA, March 11 -- The summit ended on Tuesday with a final communique in which the presidents of "
         "Brazil, Colombia and Peru pledged to fight illegal mining.", ["BRA", "COL", "PER"]),
        ("The talks closed with a joint declaration in which Egypt and Jordan reaffirmed their support for the "
         "Arab Peace Initiative.", ["EGY", "JOR"]),
    ):
        found = agreements(extract(text))
        assert [a.countries for a in found] == [sides], text
