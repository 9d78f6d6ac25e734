"""Officials' names and titles: styles before names, name particles, short forms, IGO titles,
appositions and countries given by context (sentences written for these tests)."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Record


@pytest.fixture
def extract(extractor):
    def run(text: str, published: str = "2025-05-12") -> Record:
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


def persons(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        # Styles before a name are not part of it.
        ("Malaysian Trade Minister Tengku Datuk Seri Zafrul Aziz flew to Seoul on Sunday.",
         "Zafrul Aziz", "Trade Minister", "MYS"),
        ("Tan Sri Ahmad Rahim, Malaysia's envoy to the talks, briefed the press.",
         "Ahmad Rahim", None, "MYS"),
        ("The ministers were received by Dato' Sri Hamzah Idris, Malaysia's Senior Minister.",
         "Hamzah Idris", "Senior Minister", "MYS"),
        ("His Royal Highness Crown Prince Hussein bin Abdullah opened the water forum in Aqaba.",
         "Hussein bin Abdullah", "Crown Prince", None),
        ("H.E. Mr. Batyr Amanov, Minister of Foreign Affairs of Turkmenistan, chaired the session.",
         "Batyr Amanov", "Minister of Foreign Affairs", "TKM"),
        # Name particles, chained or after a hyphen.
        ("Chilean Ambassador Maria Jose de la Cruz presented her credentials in Lima.",
         "Maria Jose de la Cruz", "Ambassador", "CHL"),
        ("Belgian Foreign Minister Pieter van der Berg arrived in Luxembourg.",
         "Pieter van der Berg", "Foreign Minister", "BEL"),
        ("Sidi Mohamed Ould Bah, President of Mauritania, chaired the river basin summit.",
         "Sidi Mohamed Ould Bah", "President", "MRT"),
        ("The Emir of Kuwait, Sheikh Salem Al-Ahmad Al-Jaber Al-Sabah, received the envoy.",
         "Salem Al-Ahmad Al-Jaber Al-Sabah", "Emir", "KWT"),
        # Titles that end in a parliament or an organisation with its acronym.
        ("Speaker of the Council of Representatives Hamid al-Zubaidi welcomed the delegation.",
         "Hamid al-Zubaidi", "Speaker of the Council of Representatives", None),
        ("Secretary General of the Economic Cooperation Organization (ECO) Rustam Nazarov met the minister.",
         "Rustam Nazarov", "Secretary General", "ECO"),
        # An IGO official serves the IGO; a body serves its top organisation.
        ("UN High Commissioner for Refugees Anders Holm toured the camp on Sunday.",
         "Anders Holm", "High Commissioner for Refugees", "UN"),
        ("Anders Holm, the UN High Commissioner for Refugees, arrived in Amman.",
         "Anders Holm", "High Commissioner for Refugees", "UN"),
        ("UNICEF Executive Director Laura Bennett visited the clinic in Kassala.",
         "Laura Bennett", "Executive Director", "UN"),
        ("ECOWAS Commission President Ibrahima Diallo met the Senegalese minister in Abuja.",
         "Ibrahima Diallo", "Commission President", "ECOWAS"),
        ("The Commission's work was presented by Greta Lindqvist, President of the European Commission, "
         "in Brussels.", "Greta Lindqvist", "President", "EU"),
        # The country in an apposition or inside the title's complement.
        ("Talks were held with Dilshod Rakhimov, Uzbekistan's Foreign Minister, in Samarkand.",
         "Dilshod Rakhimov", "Foreign Minister", "UZB"),
        ("Talks were held with Kamol Usmonov, Tajikistan's Deputy Foreign Minister, in Khujand.",
         "Kamol Usmonov", "Deputy Foreign Minister", "TJK"),
        ("General Osman Idris, chairman of Sudan's Sovereignty Council, left for Cairo.",
         "Osman Idris", "chairman of the Sovereignty Council", "SDN"),
        ("The head of the Russian Foreign Ministry, Pavel Orlov, held talks in Moscow.",
         "Pavel Orlov", "head of the Foreign Ministry", "RUS"),
        ("Vietnam's foreign ministry spokesperson Tran Thi Lan told reporters the visit would go ahead.",
         "Tran Thi Lan", "Foreign ministry spokesperson", "VNM"),
        ("Presidential Press Secretary Oleg Sidorov said the visit would focus on trade.",
         "Oleg Sidorov", "Presidential Press Secretary", None),
        ("Saudi Minister of Investment Faisal Al-Harbi opened the business forum.",
         "Faisal Al-Harbi", "Minister of Investment", "SAU"),
        ("Dr. Amina Farah, Director-General of the World Health Organization, spoke in Geneva.",
         "Amina Farah", "Director-General", "WHO"),
        ("Kuwait's Minister of State at the Ministry of Foreign Affairs, Nasser Al-Otaibi, visited Kabul.",
         "Nasser Al-Otaibi", "Minister of State at the Ministry of Foreign Affairs", "KWT"),
        ("Datuk Seri Utama Rahman Osman, Malaysia's Foreign Minister, met his Thai counterpart.",
         "Rahman Osman", "Foreign Minister", "MYS"),
        ("Pope Gregory XVII received the Chilean president at the Vatican.", "Gregory XVII", "Pope", "VAT"),
        # Hyphenated given names with a lower-case part; ranks; a lower-case complement.
        ("South Korean Foreign Minister Park Jin-woo met the envoy in Seoul.",
         "Park Jin-woo", "Foreign Minister", "KOR"),
        ("Lieutenant-General Aung Kyaw, Myanmar's defence minister, flew to Bangkok.",
         "Aung Kyaw", None, "MMR"),
        ("Dmitri Volkov, head of Russia's atomic energy agency, arrived in Minsk.",
         "Dmitri Volkov", "Head of the atomic energy agency", "RUS"),
    ],
)
def test_names_titles_and_countries(extract, text, name, title, country):
    found = persons(extract(text))
    assert name in found, found
    got_title, got_country = found[name]
    if title is not None:
        assert got_title == title
    assert got_country == country


def test_a_middle_name_is_a_short_form_of_the_full_name(extract):
    text = ("Brazilian Senator Jose Carlos Tavares Neto arrived in Lisbon on Monday. "
            "Tavares told reporters the talks would focus on trade.")
    record = extract(text)
    people = [a for a in record.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Jose Carlos Tavares Neto"]
    assert any(text[s:e] == "Tavares" for s, e in people[0].mentions)


def test_a_short_form_before_the_full_name_gives_it_its_title(extract):
    record = extract("President Tavares opened the fair in Recife. "
                     "Jose Carlos Tavares Neto said the region would grow.")
    found = persons(record)
    assert list(found) == ["Jose Carlos Tavares Neto"]
    assert found["Jose Carlos Tavares Neto"][0] == "President"


def test_the_first_name_the_ner_cuts_at_the_start_of_a_sentence_is_kept(extract):
    record = extract("Luiz Inacio Lula da Silva met Chinese President Xi Jinping in Beijing.")
    assert "Luiz Inacio Lula da Silva" in persons(record)


def test_a_styled_surname_with_its_own_title_is_another_person(extract):
    record = extract("Prime Minister Rajesh Kumar met Mr. Kumar, a minister without portfolio, on Friday.")
    assert {"Rajesh Kumar", "Kumar"} <= set(persons(record))


def test_a_patronymic_name_finds_the_known_person(extract):
    record = extract("Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received the envoy.")
    assert persons(record)["Faisal bin Farhan bin Abdullah"] == ("Minister of Foreign Affairs", "SAU")


def test_the_ministry_before_a_travelling_official_gives_the_country(extract):
    record = extract("The Indonesian Foreign Ministry said Deputy Minister Arif Havas would travel to "
                     "Canberra next week.")
    assert persons(record)["Arif Havas"] == ("Deputy Minister", "IDN")


def test_the_destination_of_a_travelling_official_is_not_the_country(extract):
    record = extract("Deputy Minister Arif Havas arrived in Indonesia on Monday.")
    assert persons(record)["Arif Havas"][1] is None


def test_a_national_body_led_by_an_official_gives_the_country(extract):
    record = extract("The Armenian commission was led by Deputy Prime Minister Karen Hovhannisyan, "
                     "and the Georgian one by Deputy Foreign Minister Levan Beridze.")
    found = persons(record)
    assert found["Karen Hovhannisyan"][1] == "ARM"
    assert found["Levan Beridze"][1] == "GEO"


def test_a_plural_title_is_shared_by_names_with_their_countries(extract):
    record = extract("Foreign Ministers Samir Khoury of Lebanon and Hani Qasim of Jordan met in Beirut.")
    found = persons(record)
    assert found["Samir Khoury"] == ("Foreign Minister", "LBN")
    assert found["Hani Qasim"] == ("Foreign Minister", "JOR")


def test_its_minister_serves_the_ministry_named_before(extract):
    record = extract("The Omani Ministry of Economy said its minister, Salim Al-Hinai, would lead the team.")
    assert persons(record)["Salim Al-Hinai"] == ("Minister", "OMN")


def test_a_delegation_of_a_national_body_gives_its_leader_the_country(extract):
    record = extract("A delegation of the Supreme Court of Mongolia led by Deputy Chief Justice Batbayar "
                     "Dorj arrived in Astana on Monday.")
    assert persons(record)["Batbayar Dorj"][1] == "MNG"


def test_an_official_of_the_same_institution_serves_the_host(extract):
    text = ("TBILISI, May 12 (Kura Wire) - Prosecutor General of Georgia Giorgi Beridze met Prosecutor "
            "General of Armenia Anna Vardanyan on Monday.\n\nThe talks were also attended by Head of the "
            "Extradition Department of the Prosecutor General's Office Nino Kapanadze.")
    found = persons(extract(text))
    assert found["Nino Kapanadze"][1] == "GEO"
