"""A minister's post that lists several fields ("Minister of Foreign Affairs, Emigration and Egyptian
Expatriates", "Minister of Transport and Logistics", "Minister of Forestry, Fisheries and the
Environment"): every field belongs to the title, none of them is a person or the first word of the
name (``portfolio_words`` in titles.yaml; title_complements.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("KUWAIT, Jan 14 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya received on Wednesday Tunisia's "
     "Minister of Foreign Affairs, Migration and Tunisians Abroad Mohamed Ali Nafti, who is on an official "
     "visit to the country.", "Mohamed Ali Nafti", "Minister of Foreign Affairs, Migration and Tunisians Abroad",
     "TUN"),
    ("AMMAN, Feb 10 (Petra) -- Jordan's Deputy Prime Minister and Minister of Foreign Affairs and Expatriates "
     "Ayman Safadi held talks on Tuesday with Cypriot Foreign Minister Constantinos Kombos in Amman.",
     "Ayman Safadi", "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates", "JOR"),
    ("CAIRO, Sept 8 (MENA) - Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates Badr "
     "Abdelatty met on Monday with the Greek Foreign Minister in Cairo.", "Badr Abdelatty",
     "Minister of Foreign Affairs, Emigration and Egyptian Expatriates", "EGY"),
    ("ADDIS ABABA, March 5 (ENA) - Minister of Transport and Logistics Alemu Sime held talks with "
     "Djibouti's Minister of Infrastructure Hassan Houmed Ibrahim on Thursday.", "Alemu Sime", "Minister of Transport and Logistics", "ETH"),
    ("PRETORIA, Aug 11 (SAnews) - The Minister of Forestry, Fisheries and the Environment, Dion George, met "
     "Norway's Minister of Climate Andreas Bjelland Eriksen on Monday.", "Dion George",
     "Minister of Forestry, Fisheries and the Environment", "ZAF"),
    ("DOHA, Nov 3 (QNA) - The Qatari minister of state met on Tuesday with the Minister of Foreign Affairs, "
     "Cooperation and Mauritanians Abroad of Mauritania Mohamed Salem Ould Merzoug.", "Mohamed Salem Ould Merzoug",
     "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad", "MRT"),
    ("RABAT, Feb 24 (MAP) - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser "
     "Bourita held talks on Tuesday with the Foreign Minister of Paraguay.", "Nasser Bourita",
     "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "MAR"),
    ("ISLAMABAD, Dec 1 (APP): Federal Minister for Planning, Development and Special Initiatives Ahsan Iqbal "
     "held a meeting with the Chinese Ambassador on Monday.", "Ahsan Iqbal",
     "Minister for Planning, Development and Special Initiatives", "PAK"),
])
def test_every_field_of_a_post_is_part_of_the_title(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2026-06-03"))
    persons = {a.name: a for a in record.actors if a.kind == "person"}
    assert name in persons, sorted(persons)
    assert (persons[name].title, persons[name].country) == (title, country)
    fields = {"Migration", "Emigration", "Expatriates", "Logistics", "Environment", "Abroad", "Initiatives"}
    assert not any(set(p.split()) & fields for p in persons), sorted(persons)
