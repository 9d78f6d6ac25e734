"""A title belongs to its own person only (people/phrases.py).

"a spokesman for President X", "an aide to Iranian President X", "the office of Prime Minister X":
a whole title written without an article after "for", "to" or "of" opens X's own name, so the noun
before the preposition is someone else's post and never becomes X's title. An office named as a
complement takes an article and stays the person's title ("Assistant to the President of
Azerbaijan X"). A military rank between a position and the name is not the title (GUIDE
`officials`): "Chief of the General Staff General X" is Chief of the General Staff.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _person(extractor, text: str, name: str):
    record = extractor.extract(Article(text=text, id="t", published="2025-05-14"))
    return next(a for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("ANKARA, May 14 (AA) -- A spokesman for President Emre Kaya said on Wednesday that the talks with "
     "Baghdad would resume next week.", "Emre Kaya", "President", "TUR"),
    ("TEHRAN, May 14 (IRNA) -- Reza Amini, a senior aide to Iranian President Hassan Karimi, arrived in "
     "Muscat for consultations.", "Hassan Karimi", "President", "IRN"),
    ("RAMALLAH, May 14 (WAFA) -- Hundreds gathered outside the headquarters of Palestinian President "
     "Yusuf Nasser in Ramallah.", "Yusuf Nasser", "President", "PSE"),
    ("ISLAMABAD, May 14 (APP) -- The delegation was received at the office of Pakistani Prime Minister "
     "Tariq Mahmood on Tuesday.", "Tariq Mahmood", "Prime Minister", "PAK"),
    ("BEIJING, May 14 (Xinhua) -- The special envoy of Chinese President Liu Wei, Vice President Zhao Ming, "
     "attended the inauguration in Jakarta.", "Liu Wei", "President", "CHN"),
])
def test_the_post_before_a_preposition_is_not_the_named_persons(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("BAKU, May 14 (APA) -- Assistant to the President of Azerbaijan Rauf Jafarov met with Kazakh Deputy "
     "Foreign Minister Aidar Seitov.", "Rauf Jafarov", "Assistant to the President", "AZE"),
    ("MOSCOW, May 14 (TASS) -- Special Representative of the President of Russia for the Middle East "
     "Pavel Orlov visited Doha.", "Pavel Orlov",
     "Special Representative of the President of Russia for the Middle East", "RUS"),
    ("WASHINGTON, May 14 (AP) -- Secretary of State Mark Ellis met Minister of State Noura Al Suwaidi "
     "of the United Arab Emirates.", "Noura Al Suwaidi", "Minister of State", "ARE"),
    ("BEIJING, May 14 (Xinhua) -- The special envoy of Chinese President Liu Wei, Vice President Zhao Ming, "
     "attended the inauguration in Jakarta.", "Zhao Ming", "Vice President", "CHN"),
    ("BAKU, May 14 (APA) -- Azerbaijani Minister of Justice Farhad Karimov met his Georgian counterpart "
     "in Baku.", "Farhad Karimov", "Minister of Justice", "AZE"),
    ("ACCRA, May 14 (GNA) -- Ghana's Attorney-General and Minister for Justice Kofi Mensah received the "
     "Nigerian delegation.", "Kofi Mensah", "Attorney-General and Minister for Justice", "GHA"),
])
def test_an_office_named_with_its_article_stays_the_title(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("ISLAMABAD, May 14 (APP) -- Chief of Army Staff General Farooq Anwar called on Prime Minister "
     "Tariq Mahmood.", "Farooq Anwar", "Chief of Army Staff", "PAK"),
    ("KUWAIT, May 14 (KUNA) -- Kuwait's Defense Minister Sheikh Nasser Al-Sabah met the Chief of Staff of "
     "the Turkish Armed Forces General Levent Aydin.", "Levent Aydin",
     "Chief of Staff of the Armed Forces", "TUR"),
    ("BAKU, May 14 (APA) -- Commander of the Naval Forces Vice Admiral Tural Bagirov received Pakistani "
     "Lieutenant General Imran Qadir.", "Tural Bagirov", "Commander of the Naval Forces", "AZE"),
    ("BAKU, May 14 (APA) -- Commander of the Naval Forces Vice Admiral Tural Bagirov received Pakistani "
     "Lieutenant General Imran Qadir.", "Imran Qadir", "Lieutenant General", "PAK"),
])
def test_a_rank_between_position_and_name_is_not_the_title(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("BAKU, May 14 (APA) -- Minister of Foreign Affairs of the Republic of Azerbaijan, Mr. Tural Aliyev, "
     "received the Ambassador of Egypt.", "Tural Aliyev", "Minister of Foreign Affairs", "AZE"),
    ("TBILISI, May 14 (Agenda) -- The meeting brought together Tural Aliyev, Minister of Foreign Affairs of "
     "Azerbaijan, Murat Kaya, Minister of Foreign Affairs of Türkiye, and their Georgian host.", "Murat Kaya",
     "Minister of Foreign Affairs", "TUR"),
    ("BAKU, May 14 (Report) -- Azerbaijan's Ambassador to Türkiye Elchin Rzayev met with the Mayor of Istanbul "
     "Kemal Aksoy.", "Kemal Aksoy", "Mayor of Istanbul", "TUR"),
])
def test_a_title_before_a_comma_and_the_state_of_a_city(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("ABUJA, May 14 (NAN) -- Minister of Foreign Affairs, Amb. Musa Bello, received the Ghanaian High "
     "Commissioner to Nigeria, Kofi Addo.", "Musa Bello", "Minister of Foreign Affairs", "NGA"),
    ("ABUJA, May 14 (NAN) -- Minister of Foreign Affairs, Amb. Musa Bello, received the Ghanaian High "
     "Commissioner to Nigeria, Kofi Addo.", "Kofi Addo", "High Commissioner", "GHA"),
    ("HAVANA, May 14 (Prensa Latina) -- Cuban President Raul Ortega received the Vice Chairman of the Russian "
     "Government Pavel Sokolov.", "Pavel Sokolov", "Vice Chairman of the Government", "RUS"),
    ("BEIJING, May 14 (Xinhua) -- Chinese Premier Li Wen met with the Speaker of the Mongolian parliament "
     "Batbayar Ganbold.", "Batbayar Ganbold", "Speaker of the parliament", "MNG"),
    ("NAIROBI, May 14 (KNA) -- Prime Cabinet Secretary Peter Kamau met Ethiopian Foreign Minister Dawit "
     "Bekele.", "Peter Kamau", "Prime Cabinet Secretary", "KEN"),
])
def test_agency_shapes_of_titles_and_names(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert (person.title, person.country) == (title, country)


def test_a_party_membership_is_not_the_title_but_the_post_after_it(extractor):
    person = _person(extractor, "BEIJING, May 14 (Xinhua) -- Zhou Ming, a member of the Political Bureau of the "
                                "CPC Central Committee and Chinese foreign minister, held talks with Kazakh "
                                "Foreign Minister Arman Sadykov.", "Zhou Ming")
    assert (person.title, person.country) == ("Foreign minister", "CHN")

