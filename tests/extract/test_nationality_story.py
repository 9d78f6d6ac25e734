"""The state of an official told by the story around him, when his own phrase names none
(nationality_story.py, nationality.py).

An official put in or out of a post serves the appointing official's state; a post that wire usage
gives one state ("Defense Secretary", "Senate Majority Leader") is that state's in a story naming
it, and only as a last resort; "U.S.-Venezuelan relations" names two states, not one; a country
another official of the sentence acts on ("accused the United States") is his other party.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _country(extractor, text: str, name: str) -> str | None:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(a.country for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Protesters stayed in the streets overnight. Kazakh President Kassym-Jomart Tokayev has dismissed "
     "Prosecutor General Berik Asylov after weeks of criticism.", "Berik Asylov", "KAZ"),
    ("Chilean President Gabriel Boric on Tuesday appointed Defense Minister Maya Fernandez after a "
     "cabinet reshuffle.", "Maya Fernandez", "CHL"),
    ("ASTANA, 3 March (Kazinform) -- The talks ended on Friday. Kyrgyz President Sadyr Japarov has fired "
     "Emergencies Minister Boobek Ajikeev, the presidential press service said. The decree takes effect "
     "at once.", "Boobek Ajikeev", "KGZ"),
])
def test_an_appointed_or_dismissed_official_serves_the_appointing_state(extractor, text, name, country):
    assert _country(extractor, text, name) == country


@pytest.mark.parametrize(("text", "name"), [
    ("Lawmakers in Washington passed the spending bill on Thursday. Senate Majority Leader Chuck Schumer "
     "said the United States would keep funding the program.", "Chuck Schumer"),
    ("Three U.S. envoys arrived in Cairo on Monday for talks on the ceasefire. Egyptian Foreign Minister "
     "Badr Abdelatty met them. Defense Secretary Lloyd Austin said the talks were useful.", "Lloyd Austin"),
    ("The White House asked Congress for more money. Senate Republican Minority Leader Mitch McConnell "
     "told reporters the United States could not wait.", "Mitch McConnell"),
])
def test_a_post_of_one_state_in_wire_usage_in_a_story_naming_it(extractor, text, name):
    assert _country(extractor, text, name) == "USA"


def test_a_usage_post_in_a_story_not_naming_that_state_has_no_country(extractor):
    text = ("The two armies held a joint exercise near the border. Defense Secretary Gilberto Teodoro "
            "watched the drills on Friday.")
    assert _country(extractor, text, "Gilberto Teodoro") is None


def test_the_home_state_of_agency_copy_comes_before_wire_usage(extractor):
    text = ("MANILA, March 4 (PNA) -- The United States and the Philippines will hold joint drills next "
            "month. Defense Secretary Gilberto Teodoro told reporters in Manila on Tuesday that the "
            "exercises would be the largest yet.")
    assert _country(extractor, text, "Gilberto Teodoro") == "PHL"


@pytest.mark.parametrize(("text", "name"), [
    ("Relations have been strained for years. Chinese-Filipino ties worsened after Premier Li Wen "
     "spoke on Friday.", "Li Wen"),
    ("U.S.-Cuban talks resumed on Monday after Foreign Minister Raul Ortega said he was ready.", "Raul Ortega"),
])
def test_a_pair_compound_does_not_give_one_state(extractor, text, name):
    assert _country(extractor, text, name) is None


def test_a_country_the_sentence_s_other_official_accuses_is_not_the_third_s(extractor):
    text = ("At a news conference in Quito, Ecuadorian Foreign Minister Ana Salcedo rejected the criticism. "
            "She said the government of President Luis Mendoza respected its neighbours and accused Peru of "
            "meddling in the dispute.")
    assert _country(extractor, text, "Luis Mendoza") != "PER"


def test_the_country_a_guest_visits_is_still_the_host_s(extractor):
    text = "Japanese Prime Minister Ken Sato plans to visit Jordan next week for talks with King Abdullah II."
    assert _country(extractor, text, "Abdullah II") == "JOR"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Senior General Min Aung, Burma's military ruler, arrived in New Delhi on Monday for talks.", "Min Aung", "MMR"),
    ("Burma's military ruler, Senior General Min Aung, arrived in New Delhi on Monday.", "Min Aung", "MMR"),
    ("President Luis Cordero, the Venezuelan leader, told supporters in Maracaibo he would run again.",
     "Luis Cordero", "VEN"),
    ("TASHKENT, 12 May (UzA) -- Crown Prince Salman Faisal, Bahrain's head of government, held talks with "
     "Uzbek officials on Tuesday. The sides discussed investment.", "Salman Faisal", "BHR"),
])
def test_a_state_owning_a_role_in_apposition_is_the_person_s(extractor, text, name, country):
    assert _country(extractor, text, name) == country


@pytest.mark.parametrize(("text", "name"), [
    ("The new route opened in May. Travellers must connect through other hubs, usually Singapore. "
     "Senator Mark Dell told reporters the bill would pass.", "Mark Dell"),
    ("Speaking from the Mexican Embassy in the capital, the former leader said the talks were over. "
     "Interim President Jose Lara said the offer stood.", "Jose Lara"),
    ("Cargo reached the port via Djibouti last week. Transport Minister Amos Kibet said the goods were safe.",
     "Amos Kibet"),
])
def test_a_place_passed_through_or_a_foreign_mission_is_no_story_state(extractor, text, name):
    assert _country(extractor, text, name) is None


def test_a_neighbour_s_story_state_is_still_taken(extractor):
    text = ("Kenya's parliament will vote on the budget next week. Transport Minister Amos Kibet said the "
            "road plan would be debated first.")
    assert _country(extractor, text, "Amos Kibet") == "KEN"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Officials in Taiwan say President Lai Ching-te will travel to Paraguay and Guatemala next month.",
     "Lai Ching-te", "TWN"),
    ("The government of Chile says Foreign Minister Alberto Ramos will fly to Lima on Monday for talks.",
     "Alberto Ramos", "CHL"),
])
def test_the_state_whose_officials_say_what_he_does_is_his(extractor, text, name, expected):
    record = extractor.extract(Article(text=text, id="t", published="2025-06-03"))
    assert {a.name: a.country for a in record.actors if a.kind == "person"}[name] == expected


def test_a_post_of_another_side_told_by_a_states_officials_keeps_no_state(extractor):
    record = extractor.extract(Article(text="Moldovan officials say Transnistrian leader Vadim Krasnov met "
                                            "Russian diplomats in Tiraspol.", id="t", published="2025-06-03"))
    assert {a.name: a.country for a in record.actors if a.kind == "person"}.get("Vadim Krasnov") != "MDA"
