"""A name in brackets after its title (name_spans.py, people/phrases.py, title_brackets.py).

Agency copy lists a delegation as "the Minister of Foreign Affairs (X), the Minister of Economy
and Finance (Y) and ..." and reports "the GCC's secretary-general (X) said": the bracketed words
are the holder's name and the phrase before the bracket is his title. A body's gloss in brackets
("Parliament (Jogorku Kenesh)", "Milli Majlis (Parliament) of Azerbaijan") is still no person,
and neither is an acronym.
"""

from __future__ import annotations

from people_views import officials

PUBLISHED = "2025-04-04"


def test_a_delegation_listed_with_names_in_brackets(extract):
    persons = officials(extract(
        "RABAT, 4 April (MAP) - The Moroccan delegation to the talks in Nouakchott included the Minister of "
        "Foreign Affairs (Youssef Amrani), the Minister of Economy and Finance (Leila Bennani) and the "
        "Minister of Industry and Trade (Hamid Tazi).\n\nThe two sides signed three agreements."))
    assert persons == {
        "Youssef Amrani": ("Minister of Foreign Affairs", "MAR"),
        "Leila Bennani": ("Minister of Economy and Finance", "MAR"),
        "Hamid Tazi": ("Minister of Industry and Trade", "MAR"),
    }


def test_an_igo_official_named_in_brackets(extract):
    persons = officials(extract(
        "KUWAIT, April 4 (KUNA) -- Before the summit, the Gulf Cooperation Council's secretary-general "
        "(Khalid al-Mansouri) said the council trusted its neighbours."))
    title, country = persons["Khalid al-Mansouri"]
    assert title is not None and title.lower() == "secretary-general" and country == "GCC"


def test_names_in_brackets_after_bare_ministers(extract):
    persons = officials(extract(
        "The visiting delegation included Minister of Agriculture (Samir Belkacem) and Minister of Health "
        "(Nadia Rahmani), the ministry said."))
    assert persons["Samir Belkacem"][0] == "Minister of Agriculture"
    assert persons["Nadia Rahmani"][0] == "Minister of Health"


def test_a_gloss_in_brackets_is_no_person(extract):
    persons = officials(extract(
        "BISHKEK, April 4 (Kabar) -- The Speaker of the Kyrgyz Parliament (Jogorku Kenesh) said on Friday "
        "that the treaty would be ratified. Chairman of the Milli Majlis (Parliament) of Azerbaijan "
        "Aynur Guliyeva arrived in Bishkek."))
    assert persons == {"Aynur Guliyeva": ("Chairman of the Milli Majlis", "AZE")}
