"""Officials as agency stories name them (counterparts.py, name_places.py, nationality_story.py,
people/title_info.py):

* two officials coordinated in one phrase with a plural relational noun: "his Thai and Vietnamese
  counterparts, A and B" -- each takes the owner's post and the state its adjective names;
* a family name that is also a city, after a given name in a title's slot ("President Alejandro
  Toledo"), is the person's name, not a place;
* a post of a body the story named before with its state ("Iran's Guardian Council ... a spokesman
  for the Council, X,") serves that state;
* a post held before is written "former" ("then Prime Minister", "then-minister", "slain Foreign
  Minister"); the writer's judgement ("controversial", "hard-line") is no part of a title.
"""

from __future__ import annotations

import pytest
from people_views import officials

from dateline.article import Article


def _extract(extractor, text: str):
    return extractor.extract(Article(text=text, id="t", published="2025-06-03"))


@pytest.mark.parametrize(("text", "expected"), [
    ("VIENTIANE, June 3 (KPL) -- Malaysian Prime Minister Anwar Ibrahim met his Thai and Vietnamese "
     "counterparts, Srettha Thavisin and Pham Minh Chinh, on the sidelines of the summit.",
     {"Srettha Thavisin": ("Prime Minister", "THA"), "Pham Minh Chinh": ("Prime Minister", "VNM")}),
    ("ASTANA, 3 March (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu held talks with his Kyrgyz, "
     "Tajik and Uzbek colleagues, Zheenbek Kulubaev, Sirojiddin Muhriddin and Bakhtiyor Saidov, in Astana.",
     {"Zheenbek Kulubaev": ("Foreign Minister", "KGZ"), "Sirojiddin Muhriddin": ("Foreign Minister", "TJK"),
      "Bakhtiyor Saidov": ("Foreign Minister", "UZB")}),
    ("CARACAS, June 3 (AVN) -- Venezuelan President Hugo Chavez, his Brazilian and Colombian counterparts, "
     "Luiz Inacio Lula da Silva and Alvaro Uribe, and Spanish Prime Minister Jose Luis Rodriguez Zapatero "
     "are to meet Tuesday.",
     {"Luiz Inacio Lula da Silva": ("President", "BRA"), "Alvaro Uribe": ("President", "COL"),
      "Jose Luis Rodriguez Zapatero": ("Prime Minister", "ESP")}),
])
def test_plural_counterparts_take_the_owners_post_each(extractor, text, expected):
    people = officials(_extract(extractor, text))
    assert {name: people.get(name) for name in expected} == expected


@pytest.mark.parametrize(("text", "name", "country"), [
    ("TOKYO, June 3 (Kyodo) -- Japanese Prime Minister Junichiro Koizumi turned down a request by Peruvian "
     "President Alejandro Toledo to meet at the summit.", "Alejandro Toledo", "PER"),
    ("MADRID, June 3 (EFE) -- Spanish Foreign Minister Jose Manuel Albares met Mayor Ana Paris on Tuesday.",
     "Ana Paris", "ESP"),  # the dateline's home state, not France
])
def test_a_family_name_that_is_a_city(extractor, text, name, country):
    people = officials(_extract(extractor, text))
    assert name in people, sorted(people)
    assert people[name][1] == country


def test_a_city_that_opens_a_clause_stays_a_place(extractor):
    people = officials(_extract(extractor, "He told President Vladimir Putin Moscow would respond."))
    assert "Vladimir Putin" in people and not any("Moscow" in name for name in people)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("TEHRAN, June 3 (IRNA) -- Iran's powerful Guardian Council has warned the opposition to stop protests. "
     "A spokesman for the Council, Abbas Kadkhodaei, told reporters the file was closed.",
     "Abbas Kadkhodaei", "IRN"),
    ("Palestinian security forces shot and wounded a motorist near a convoy. A spokesman for the security "
     "forces, Adnan Dimiri, said the driver refused orders.", "Adnan Dimiri", "PSE"),
    ("The ministry said the talks failed. A spokesman for the ministry, Omar Aziz, declined to comment.",
     "Omar Aziz", None),
])
def test_a_body_named_before_with_its_state(extractor, text, name, country):
    assert officials(_extract(extractor, text))[name][1] == country


@pytest.mark.parametrize(("text", "name", "title"), [
    ("NEW DELHI, June 3 (PTI) -- The scandal forced then-minister Rakesh Verma to resign.", "Rakesh Verma",
     "former minister"),
    ("STOCKHOLM, June 3 (TT) -- The treaty was signed by then Prime Minister Anna Lindqvist in 1995.",
     "Anna Lindqvist", "former Prime Minister"),
    ("COLOMBO, June 3 (Xinhua) -- The protesters carried a picture of slain Foreign Minister Lakshman "
     "Perera, who helped outlaw the group.", "Lakshman Perera", "former Foreign Minister"),
    ("BAGHDAD, June 3 (INA) -- The controversial deputy Prime Minister Ahmad Karimi met the visiting "
     "Jordanian delegation.", "Ahmad Karimi", "deputy Prime Minister"),
    ("TEHRAN, June 3 (IRNA) -- Hard-line nuclear negotiator Ali Rezaei will travel to Vienna on Monday.",
     "Ali Rezaei", "Nuclear negotiator"),
])
def test_past_posts_and_the_writers_epithets(extractor, text, name, title):
    assert officials(_extract(extractor, text))[name][0] == title


def test_an_agency_report_names_its_officials_in_every_shape(extractor):
    text = (
        "TASHKENT, 12 May (UzA) -- Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov "
        "held talks with his Kazakh and Kyrgyz colleagues, Yerlan Ospanov and Zheenbek Kulubaev, in Tashkent "
        "on Monday, the press service of the ministry reports.\n\n"
        "The sides discussed water and energy cooperation in Central Asia. A spokesman for the ministry, "
        "Akhrorbek Burkhanov, told reporters that a joint communique would be adopted.\n\n"
        "Earlier, President Shavkat Mirziyoyev's senior adviser, Abdujabbar Abduvakhitov, met the delegations "
        "at the Kuksaroy residence. The agreement replaces the 1998 accord signed by then Prime Minister "
        "Utkir Sultanov.")
    assert officials(_extract(extractor, text)) == {
        "Bakhtiyor Saidov": ("Minister of Foreign Affairs", "UZB"),
        "Yerlan Ospanov": ("Minister of Foreign Affairs", "KAZ"),  # the owner's post, as written
        "Zheenbek Kulubaev": ("Minister of Foreign Affairs", "KGZ"),
        "Akhrorbek Burkhanov": ("Spokesman for the ministry", "UZB"),
        "Shavkat Mirziyoyev": ("President", "UZB"),
        "Abdujabbar Abduvakhitov": ("Senior adviser", "UZB"),
        "Utkir Sultanov": ("former Prime Minister", "UZB"),
    }


def test_the_organisations_spokesman_serves_the_organisation_named_before(extractor):
    text = ("DOHA, 14 May (QNA) -- The Amir received the head of the 57-member Organisation of Islamic "
            "Cooperation, Hissein Brahim Taha, on Tuesday.\n\nIn a statement, the organisation's spokesman, "
            "Youssef Al-Dobeay said the visit reflected the close ties.")
    people = officials(_extract(extractor, text))
    assert people["Hissein Brahim Taha"] == ("Head", "OIC")
    assert people["Youssef Al-Dobeay"] == ("Spokesman", "OIC")
