"""The complement between a title and a name ends at its body's or territory's head
(title_complements.py): "Governor of Russia's Pskov Region X", "Special Envoy for the Middle East
X", "Head of the Mangystau Region X". None of the territory's words become the person's name, and the
state named inside the complement is the person's country."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("MINSK, June 3 (BelTA) -- Belarusian Prime Minister Ivan Golovko met with Governor of Russia's "
     "Tver Region Oleg Markin to discuss supplies of machinery.", "Oleg Markin", "Governor of the Tver Region", "RUS"),
    ("MOSCOW, June 3 (TASS) -- Special Representative of the President of Russia for the Middle East "
     "Pavel Orlov visited Doha on Tuesday.", "Pavel Orlov",
     "Special Representative of the President of Russia for the Middle East", "RUS"),
    ("BRUSSELS, June 3 (AKIpress) -- EU Special Representative for Central Asia Janis Ozols met Kyrgyz "
     "Foreign Minister Talant Asanov in Brussels.", "Janis Ozols", "Special Representative for Central Asia", "EU"),
    ("TBILISI, June 3 (Agenda) -- EU Special Representative for the South Caucasus Ilse Vermeer arrived in "
     "Yerevan for talks.", "Ilse Vermeer", "Special Representative for the South Caucasus", "EU"),
    ("ASTANA, June 3 (Kazinform) -- Head of the Mangystau Region Serik Abenov met the Kazakh Prime Minister in "
     "Astana.", "Serik Abenov", "Head of the Mangystau Region", "KAZ"),
    ("NEW DELHI, June 3 (PTI) -- Minister of State for External Affairs Anil Kumar Verma met Guyana's "
     "Foreign Secretary Robert Lall.", "Anil Kumar Verma", "Minister of State for External Affairs", "IND"),
    ("ASTANA, June 3 (Kazinform) -- Head of State Arman Zhakenov received the Omani delegation at the "
     "Akorda.", "Arman Zhakenov", "Head of State", "KAZ"),
])
def test_the_territory_of_a_post_is_not_part_of_the_name(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-06-03"))
    persons = {a.name: a for a in record.actors if a.kind == "person"}
    assert name in persons, sorted(persons)
    assert (persons[name].title, persons[name].country) == (title, country)


@pytest.mark.parametrize(("text", "name", "country"), [
    # where the office sits ("in <known place>") is part of the complement, not of the name
    ("ASTANA, June 3 (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu met the head of the OSCE Programme "
     "Office in Astana Volker Frobarth on Tuesday.", "Volker Frobarth", "OSCE"),
    ("DUSHANBE, June 3 (Khovar) -- Tajik Foreign Minister Sirojiddin Muhriddin received the head of the EU "
     "Delegation in Tajikistan Raimundas Karoblis.", "Raimundas Karoblis", "EU"),
    # a given name only the statistical NER reads as a place opens the name after the complement
    ("BAKU, June 3 (APA) -- The Hungarian delegation included State Secretary Levente Magyar and the "
     "Ambassador of Hungary to Azerbaijan Zoltan Szentgyorgyi.", "Zoltan Szentgyorgyi", "HUN"),
])
def test_the_place_of_an_office_and_a_given_name_read_as_a_place(extractor, text, name, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-06-03"))
    persons = {a.name: a for a in record.actors if a.kind == "person"}
    assert name in persons, sorted(persons)
    assert persons[name].country == country


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    # a domain no lexicon lists, closed by the comma of an apposed name
    ("LUANDA, Oct 28 (ANGOP) - The protocol was signed by the Angolan Minister of State for Economic "
     "Coordination, Jose Massano, and the Cuban Minister of Foreign Trade, Oscar Perez-Oliva Fraga.",
     "Jose Massano", "Minister of State for Economic Coordination", "AGO"),
    # a place word inside a name, after a particle: "de Lima"
    ("LUANDA, Oct 28 (ANGOP) - The Angolan Minister of Finance, Jose de Lima Massano, received the "
     "Portuguese Secretary of State for Finance in Luanda.", "Jose de Lima Massano", "Minister of Finance", "AGO"),
    # the French "Minister Delegate" is one title
    ("PARIS, Oct 28 (AFP) - The French Minister Delegate for Foreign Trade, Nicolas Forissier, met Qatar's "
     "Minister of State for Foreign Trade Affairs in Paris.", "Nicolas Forissier",
     "Minister Delegate for Foreign Trade", "FRA"),
])
def test_an_unlisted_domain_a_place_inside_a_name_and_minister_delegate(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2026-10-28"))
    persons = {a.name: a for a in record.actors if a.kind == "person"}
    assert name in persons, sorted(persons)
    assert (persons[name].title, persons[name].country) == (title, country)


def test_a_second_domain_after_and_is_not_a_name_of_that_state(extractor):
    # "NAME, Minister of X and Y of STATE;": "Y of STATE" is not a person "of" that state
    record = extractor.extract(Article(
        text="NEW YORK, Sept 24 (WAM) -- The UAE Foreign Minister held separate meetings today with Nikol "
             "Hakobyan, Minister of Foreign Affairs of Armenia; Gabriela Sommerfeld, Minister of Foreign Affairs "
             "and Human Mobility of Ecuador; and Yassine Fall, Minister of African Integration and Foreign "
             "Affairs of Senegal.", id="t", published="2026-09-24"))
    persons = {a.name: a for a in record.actors if a.kind == "person"}
    assert "Human Mobility" not in persons and "Yassine Fall" in persons
    assert (persons["Gabriela Sommerfeld"].title, persons["Gabriela Sommerfeld"].country) == (
        "Minister of Foreign Affairs and Human Mobility", "ECU")
