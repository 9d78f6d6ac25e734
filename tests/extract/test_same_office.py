"""Whether two officials hold the same office (extract/same_office.py)."""

from __future__ import annotations

from dateline.extract.same_office import same_office


def test_a_ministry_told_two_ways_is_one_office():
    assert same_office("Foreign Minister", "Minister of Foreign Affairs")
    assert same_office("Defence Minister", "Minister of Defense")
    assert same_office("External Affairs Minister", "Minister of Foreign Affairs and International Cooperation")


def test_each_title_of_a_chain_is_an_office():
    assert same_office("Deputy Prime Minister and Foreign Minister", "Foreign Minister")
    assert same_office("Minister of Foreign Affairs, Emigration and Egyptian Expatriates", "Foreign Minister")


def test_heads_of_state_and_of_government():
    assert same_office("President", "King")
    assert same_office("Premier", "Prime Minister")
    assert not same_office("President", "Prime Minister")


def test_other_offices_differ():
    assert not same_office("Deputy Foreign Minister", "Foreign Minister")
    assert not same_office("Minister of Agriculture", "Minister of Foreign Affairs")
    assert not same_office("Spokesman of the Foreign Ministry", "Foreign Minister")
    assert not same_office(None, "President")


def test_a_secretary_who_heads_a_ministry_is_its_minister():
    assert same_office("Secretary of State", "Foreign Minister")
    assert same_office("Defense Secretary", "Minister of Defence")
    assert not same_office("Press Secretary", "Minister of Information")
