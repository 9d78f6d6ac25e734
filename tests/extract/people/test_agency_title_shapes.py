"""Agency shapes of an official's title that the people stage misread (session 12 probes).

* a scope of two regions after a title's "for" is one title: "Assistant Secretary of State for
  European and Eurasian Affairs", before the name, in apposition after it, or in apposition to
  "a senior U.S. official" (people/chains.py, ``_scope_pair``);
* "Director-General of the WHO": the organisation's acronym is no relative pronoun
  (people/appositions.py);
* "spokesman for UN Secretary-General X": "Secretary-General" is one title, not the name
  "Secretary", and X's title is his own, not the spokesman's (name_spans.py, people/phrases.py);
* "Cardinal" is a style before the name, not part of it (titles.yaml ``name_prefixes``);
* "Amir" after a state's word is the title (title_readings.py); a security body after a rank is
  no name (name_words.yaml ``not_names``); a hyphenated given name is whole (name_spans.py);
* a bare spokesperson in or after a sentence whose subject is an organisation speaks for it
  (organisation_voices.py), not for the dateline's state.
"""

from __future__ import annotations

import pytest
from people_views import officials

from dateline.article import Article


def run(extractor, text: str):
    return extractor.extract(Article(text=text, id="t", published="2025-03-12"))


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("TBILISI, March 11. U.S. Assistant Secretary of State for European and Eurasian Affairs Mark Dalton "
     "held talks with Georgian Foreign Minister Nino Beridze on Tuesday.",
     "Mark Dalton", "Assistant Secretary of State for European and Eurasian Affairs", "USA"),
    ("TBILISI, March 11. Mark Dalton, Assistant Secretary of State for European and Eurasian Affairs, "
     "held talks with Georgian Foreign Minister Nino Beridze on Tuesday.",
     "Mark Dalton", "Assistant Secretary of State for European and Eurasian Affairs", "USA"),
    ("TBILISI, March 11. A senior U.S. official, Assistant Secretary of State for European and Eurasian "
     "Affairs, Mark Dalton, held talks with Georgian Foreign Minister Nino Beridze on Tuesday.",
     "Mark Dalton", "Assistant Secretary of State for European and Eurasian Affairs", "USA"),
    ("CANBERRA, March 11. Australian Minister for Asian and Pacific Affairs Liam Porter arrived in "
     "Jakarta on Tuesday for talks with Indonesian officials.",
     "Liam Porter", "Minister for Asian and Pacific Affairs", "AUS"),
])
def test_a_scope_of_two_regions_stays_in_the_title(extractor, text, name, title, country):
    assert officials(run(extractor, text))[name] == (title, country)


def test_two_states_before_a_name_are_no_scope_pair(extractor):
    record = run(extractor, "WASHINGTON, March 11. Special Envoy for Sudan and South Sudan Carl Mercer met "
                            "Assistant Secretary of State for European and Eurasian Affairs Mark Dalton on Tuesday.")
    found = officials(record)
    assert found["Mark Dalton"][0] == "Assistant Secretary of State for European and Eurasian Affairs"
    assert found["Carl Mercer"][0] is None or "South Sudan" not in found["Carl Mercer"][0]


def test_the_who_in_an_apposition_is_the_organisation(extractor):
    record = run(extractor, "GENEVA, March 11 (Xinhua) -- Amara Tesfaye, Director-General of the WHO, will visit "
                            "Port Sudan next week, a spokesman said.")
    assert officials(record)["Amara Tesfaye"] == ("Director-General", "WHO")


def test_a_spokesman_for_the_secretary_general(extractor):
    record = run(extractor, "NEW YORK, March 11 (KUNA) -- Paul Renard, spokesman for UN Secretary-General "
                            "Ines Moreno, told reporters that the envoy would travel to Kuwait.")
    found = officials(record)
    assert "Secretary" not in found
    assert found["Ines Moreno"] == ("Secretary-General", "UN")
    assert found["Paul Renard"][1] == "UN"


def test_the_spokesman_before_the_secretary_general_is_not_her_title(extractor):
    record = run(extractor, "NEW YORK, March 11 (KUNA) -- The spokesman for UN Secretary-General Ines Moreno "
                            "said the envoy would travel to Kuwait.")
    found = officials(record)
    assert "Secretary" not in found
    assert found["Ines Moreno"] == ("Secretary-General", "UN")


def test_a_cardinal_is_named_without_the_style(extractor):
    record = run(extractor, "VATICAN CITY, March 11. The Hungarian prime minister later met Cardinal Marco "
                            "Bellini, the Vatican Secretary of State.")
    found = officials(record)
    assert "Cardinal Marco Bellini" not in found
    assert found["Marco Bellini"] == ("Secretary of State", "VAT")


@pytest.mark.parametrize(("text", "name"), [
    ("KUWAIT, March 11 (KUNA) -- Kuwait's Amir His Highness Sheikh Nawaf Al-Salem Al-Sabah received the "
     "Jordanian ambassador on Tuesday.", "Nawaf Al-Salem Al-Sabah"),
    ("KUWAIT, March 11 (KUNA) -- The Kuwaiti Amir Sheikh Nawaf Al-Salem Al-Sabah received the Jordanian "
     "ambassador on Tuesday.", "Nawaf Al-Salem Al-Sabah"),
])
def test_amir_after_the_state_is_the_title(extractor, text, name):
    assert officials(run(extractor, text))[name] == ("Amir", "KWT")


def test_amir_as_a_given_name_stays_a_name(extractor):
    found = officials(run(extractor, "KUWAIT, March 11 (KUNA) -- Kuwait's Amir Sheikh Nawaf Al-Salem Al-Sabah "
                                     "received Israel's Amir Dagan on Tuesday."))
    assert found["Nawaf Al-Salem Al-Sabah"] == ("Amir", "KWT")
    assert "Amir Dagan" in found


@pytest.mark.parametrize(("text", "name", "title"), [
    ("CAIRO, March 11 (MENA) -- The president received the Libyan envoy in the presence of the head of "
     "Egypt's General Intelligence, Major General Adel Fathy.", "Adel Fathy", "head of the General Intelligence"),
    ("TEHRAN, March 11 (IRNA) -- Commander of the Islamic Revolution Guard Corps Major General Reza Karimi met "
     "the visiting Iraqi chief of staff.", "Reza Karimi", "Commander of the Islamic Revolution Guard Corps"),
])
def test_a_security_body_after_a_rank_is_no_name(extractor, text, name, title):
    found = officials(run(extractor, text))
    assert not {"Intelligence", "Corps"} & set(found)
    assert found[name][0] == title


@pytest.mark.parametrize("text", [
    "ASTANA, March 11. Kassym-Jomart Tokayev received the outgoing Ambassador of Italy Marco Alberti.",
    "ASTANA, March 11. Kassym-Jomart Tokayev, the head of state, received the outgoing Ambassador of Italy "
    "Marco Alberti.",
])
def test_a_hyphenated_given_name_opening_the_lead_is_whole(extractor, text):
    found = officials(run(extractor, text))
    assert "Kassym-Jomart Tokayev" in found
    assert "Jomart Tokayev" not in found
    assert found["Kassym-Jomart Tokayev"][1] == "KAZ"


def test_a_hyphenated_given_name_before_an_apposition(extractor):
    found = officials(run(extractor, "BAKU, March 11. Jean-Luc Morel, Minister for Europe and Foreign Affairs "
                                     "of France, arrived in Baku on Tuesday."))
    assert found["Jean-Luc Morel"] == ("Minister for Europe and Foreign Affairs", "FRA")


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("GENEVA, March 11 (Xinhua) -- The UN refugee agency said on Tuesday it was alarmed by the arrivals. "
     "Spokesman Pierre Lemaire told reporters that 3,000 people had crossed in a day.", "Pierre Lemaire",
     "Spokesman", "UN"),
    ("GENEVA, March 11 (Xinhua) -- The World Health Organization said on Tuesday the outbreak was spreading. "
     "Spokeswoman Hanna Berg told reporters that 40 cases had been confirmed.", "Hanna Berg", "Spokeswoman", "WHO"),
])
def test_the_spokesperson_of_the_organisation_the_story_reports(extractor, text, name, title, country):
    assert officials(run(extractor, text))[name] == (title, country)


def test_a_spokesperson_of_a_ministry_is_not_the_organisation_s(extractor):
    found = officials(run(extractor, "MOSCOW, March 11 (TASS) -- The OSCE has sent observers to the border. "
                                     "Spokesman Ilya Orlov told reporters that observers were welcome. "
                                     "Foreign Ministry spokeswoman Vera Sokolova said Moscow would not object."))
    assert found["Ilya Orlov"] == ("Spokesman", "OSCE")
    assert found["Vera Sokolova"][1] == "RUS"


@pytest.mark.parametrize("text", [
    "SAMARKAND, March 11. Kazakh President Kassym-Jomart Tokayev met his Kyrgyz and Tajik counterparts "
    "Sadyr Japarov and Emomali Rahmon on Tuesday.",
    "SAMARKAND, March 11. Taking part were Kazakh President Kassym-Jomart Tokayev, his Kyrgyz, Tajik and "
    "Turkmen counterparts Sadyr Japarov, Emomali Rahmon and Serdar Berdimuhamedov.",
])
def test_counterparts_listed_by_name_are_two_persons(extractor, text):
    found = officials(run(extractor, text))
    assert not any(" and " in name for name in found)
    assert found["Sadyr Japarov"] == ("President", "KGZ")
    assert found["Emomali Rahmon"] == ("President", "TJK")


def test_slain_former_is_former_once(extractor):
    found = officials(run(extractor, "KARACHI, March 11. Thousands marked the anniversary of the death of slain "
                                     "former Prime Minister Benazir Bhutto on Tuesday."))
    assert found["Benazir Bhutto"] == ("former Prime Minister", "PAK")


@pytest.mark.parametrize(("text", "name", "title"), [
    # a place in an "of" complement inside a chain of posts stays in the title (title_info._of_place)
    ("ABU DHABI, April 14 (WAM) -- The meeting was attended by Sheikh Tahnoun bin Zayed Al Nahyan, Deputy "
     "Ruler of Abu Dhabi and National Security Adviser, and the Georgian Prime Minister.",
     "Tahnoun bin Zayed Al Nahyan", "Deputy Ruler of Abu Dhabi and National Security Adviser"),
    ("DUBAI, April 14 (WAM) -- The forum was opened by Sheikh Maktoum bin Mohammed, First Deputy Ruler of "
     "Dubai and Deputy Prime Minister, in the presence of the Kazakh Prime Minister.",
     "Maktoum bin Mohammed", "First Deputy Ruler of Dubai and Deputy Prime Minister"),
])
def test_a_place_of_a_post_inside_a_chain_stays_in_the_title(extractor, text, name, title):
    found = {a.name: a for a in run(extractor, text).actors if a.kind == "person"}
    assert name in found, sorted(found)
    assert found[name].title == title


def test_higher_education_minister_keeps_higher(extractor):
    found = {a.name: a for a in run(extractor, (
        "KUALA LUMPUR, Sept 8 (Bernama) -- Also present were Foreign Minister Datuk Seri Mohamad Hasan and "
        "Higher Education Minister Datuk Seri Dr Zambry Abd Kadir.")).actors if a.kind == "person"}
    assert found["Zambry Abd Kadir"].title == "Higher Education Minister"
