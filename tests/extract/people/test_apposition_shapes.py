"""Titles told in apposition BEFORE the name, in the shapes wire copy uses (people/phrases.py,
people/appositions.py), and the state such a post serves (nationality_owners.py):

* an indefinite noun phrase: "A spokesman for the interior ministry, X, said";
* a person's possessive: "President Y's chief adviser, X," (X serves Y's state);
* a determined description whose head is a title: "a new reform-minded president, X,", "the sole
  dissenting justice, X,", "the head of the 57-member Organization of Islamic Cooperation, X,";
  the writer's adjectives are no part of the title;
* an apposition after the name ends before another person's title: "X, chief of staff for U.N.
  Secretary-General Y" gives "Chief of staff", serving Y's organisation.

A comma after a noun phrase that is no description of the person gives no title ("He met a
friend, X,"), and a post of a rebel army is no public position.
"""

from __future__ import annotations

import pytest
from people_views import officials

from dateline.article import Article


def _extract(extractor, text: str):
    return extractor.extract(Article(text=text, id="t", published="2025-06-03"))


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("A spokesman for the interior ministry, Karim Nadiri, told reporters on Tuesday that the talks "
     "would resume.", "Karim Nadiri", "Spokesman for the interior ministry", None),
    ("A Foreign Ministry spokesman, Tomas Vrana, said the Czech government welcomed the deal.",
     "Tomas Vrana", "Foreign Ministry spokesman", "CZE"),
    ("PRAGUE, June 3 (CTK) -- An adviser to the prime minister, Jana Horakova, said the visit of the "
     "Slovak delegation would go ahead.", "Jana Horakova", "Adviser to the prime minister", "CZE"),
])
def test_an_indefinite_title_phrase_before_the_name(extractor, text, name, title, country):
    assert officials(_extract(extractor, text))[name] == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Prosecutors may charge Argentine President Dario Lunde's chief adviser, Peter Grant, in the case.",
     "Peter Grant", "Chief adviser", "ARG"),
    ("Palestinian police wounded a driver near a convoy carrying an aide to Palestinian President Mahmoud "
     "Abbas. The convoy carried Mr. Abbas' aide, Tayyeb Rahim.", "Tayyeb Rahim", "Aide", "PSE"),
])
def test_a_persons_possessive_gives_the_post_and_the_state(extractor, text, name, title, country):
    assert officials(_extract(extractor, text))[name] == (title, country)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("He says he is ready to face trial now that a new reform-minded president, Juan Perez, has taken office.",
     "Juan Perez", "President"),
    ("The sole dissenting justice, Ana Ortiz, said the plan should be canceled.", "Ana Ortiz", "Justice"),
    ("JEDDAH, June 3 (SPA) -- The EU envoy met the head of the 57-member Organization of Islamic "
     "Cooperation, Hissein Brahim Taha, on Tuesday.", "Hissein Brahim Taha", "Head"),
])
def test_a_determined_description_gives_its_title_without_the_writers_words(extractor, text, name, title):
    assert officials(_extract(extractor, text))[name][0] == title


def test_the_organisation_in_the_complement_is_the_officials(extractor):
    text = ("JEDDAH, June 3 (SPA) -- The EU envoy met the head of the 57-member Organization of Islamic "
            "Cooperation, Hissein Brahim Taha, on Tuesday.")
    assert officials(_extract(extractor, text))["Hissein Brahim Taha"] == ("Head", "OIC")


def test_an_apposition_ends_before_another_persons_title(extractor):
    text = ("Aung San Suu Kyi praised the talks with Vijay Menon, chief of staff for U.N. Secretary-General "
            "Ban Ki-moon, at her home in Rangoon.")
    people = officials(_extract(extractor, text))
    assert people["Vijay Menon"] == ("Chief of staff", "UN")
    assert people["Ban Ki-moon"] == ("Secretary-General", "UN")


@pytest.mark.parametrize("text", [
    "He met a friend, John Miller, in the capital on Sunday.",
    "Among those killed were a teacher, Anna Berg, and a farmer, Omar Said.",
    "The ministers met in the capital, Ali Reza joined them later.",
])
def test_a_description_that_is_no_post_gives_no_title(extractor, text):
    assert all(title is None for title, _ in officials(_extract(extractor, text)).values())


def test_a_rebel_armys_spokesman_holds_no_public_post(extractor):
    text = ("The officials traveled to a prison in northwest Colombia to meet with Pablo Ortiz, a spokesman "
            "for the National Liberation Army, or ELN.")
    assert officials(_extract(extractor, text))["Pablo Ortiz"][0] is None


@pytest.mark.parametrize(("text", "name"), [
    ("After meeting the president, Ali Reza said the talks were useful.", "Ali Reza"),
    ("After meeting a minister, Omar Saleh said the talks were useful.", "Omar Saleh"),
    ("Speaking to the foreign minister of Iran, Karim Bakr said the deal was close.", "Karim Bakr"),
])
def test_the_object_of_a_fronted_adverbial_is_not_the_subjects_title(extractor, text, name):
    assert officials(_extract(extractor, text))[name] == (None, None)


def test_an_apposition_after_a_fronted_adverbial_keeps_its_title(extractor):
    text = "In a statement, the ministry's spokesman, Nasser Kanaani said the talks would resume."
    assert officials(_extract(extractor, text))["Nasser Kanaani"][0] == "Spokesman"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Interior Minister, Karim Nadiri, said the talks would resume.", "Karim Nadiri", "Interior Minister"),
    ("Foreign Ministry spokesman, Tomas Vrana, said the Slovak proposal was welcome.", "Tomas Vrana",
     "Foreign Ministry spokesman"),
])
def test_a_title_phrase_that_opens_the_sentence(extractor, text, name, title):
    assert officials(_extract(extractor, text))[name][0] == title


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    # the noun phrase after a fronted clause's object is the main clause's subject, no apposition
    ("GENEVA, October 19 (AZERTAC) -- Sahiba Gafarova, Chair of the Milli Majlis, met President of the National "
     "Assembly of Senegal El Malick Ndiaye on October 19.\n\nSpeaking with El Malick Ndiaye, the Azerbaijani "
     "Speaker noted the potential for cooperation.", "El Malick Ndiaye", "President of the National Assembly", "SEN"),
    ("ANKARA, October 19 (AA) -- At the talks with Sergei Lavrov, the Turkish Foreign Minister stressed the role "
     "of the Astana format.", "Sergei Lavrov", None, "RUS"),
])
def test_a_fronted_clauses_object_takes_no_title_from_the_subject_after_it(extractor, text, name, title, country):
    found = [(a.title, a.country) for a in _extract(extractor, text).actors if a.kind == "person" and a.name == name]
    assert found == [(title, country)]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Presidential spokeswoman, Olena Marchuk says the president will travel to Warsaw next week.",
     "Olena Marchuk", "Presidential spokeswoman"),
    ("Foreign Ministry spokesman, Tomas Hrubec on Monday called the report false.",
     "Tomas Hrubec", "Foreign Ministry spokesman"),
    ("Defense Minister, Arvid Lund, told parliament the troops would stay.", "Arvid Lund", "Defense Minister"),
    ("Government spokeswoman, Ingrid Dahl says the chancellor will receive the Polish president on Friday.",
     "Ingrid Dahl", "Government spokeswoman"),
])
def test_a_title_opening_the_sentence_before_a_comma_is_its_subjects(extractor, text, name, title):
    assert officials(_extract(extractor, text))[name][0] == title
