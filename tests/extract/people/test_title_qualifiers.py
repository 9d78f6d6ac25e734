"""Lower-case words inside a title phrase (people/phrases.py): a qualifier between the state and
the head, and a lower-case complement of a head told before the name.

"Indian opposition leader X" is "Opposition leader" of India, "Syria's military intelligence chief
X" the "Military intelligence chief" of Syria (the title as the text gives it, without the state);
"The deputy head of the presidential administration, X," is X's title. A complement never runs
through another person's title: "X, chief of staff for U.N. Secretary-General Y".
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _person(extractor, text: str, name: str):
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(a for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Georgian opposition leader Nika Gelashvili said he would boycott the vote.", "Nika Gelashvili",
     "Opposition leader", "GEO"),
    ("Syria's military intelligence chief Fadi Haddad met the Lebanese delegation in Damascus.",
     "Fadi Haddad", "Military intelligence chief", "SYR"),
    ("Iran's top nuclear negotiator Reza Karimi will travel to Vienna on Monday.", "Reza Karimi",
     "Top nuclear negotiator", "IRN"),
    ("The deputy head of the presidential administration, Timur Sadykov, held talks in Astana on Monday.",
     "Timur Sadykov", "Deputy head of the presidential administration", None),
    ("The deputy leader of the interim government, Azat Temirov, said the request had been sent.",
     "Azat Temirov", "Deputy leader of the interim government", None),
])
def test_lower_case_words_stay_in_the_title(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert (person.title, person.country) == (title, country)


def test_a_complement_does_not_run_through_another_persons_title(extractor):
    text = "Anna Lind, chief of staff for U.N. Secretary-General Ban Ki-moon, met the Burmese foreign minister."
    ban = _person(extractor, text, "Ban Ki-moon")
    assert (ban.title, ban.country) == ("Secretary-General", "UN")


def test_a_lower_case_word_of_the_sentence_is_no_qualifier(extractor):
    text = "On Monday the visiting delegation met Foreign Minister Leila Aziz in Rabat."
    assert _person(extractor, text, "Leila Aziz").title == "Foreign Minister"


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Haitian President-elect Rene Duval is in Cuba on Thursday for talks with Cuban President Raul Ortiz.",
     "Rene Duval", "President-elect", "HTI"),
    ("Chilean President-elect Tomas Rivas will visit Buenos Aires next week.", "Tomas Rivas",
     "President-elect", "CHL"),
])
def test_an_elect_title(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert (person.title, person.country) == (title, country)


def test_a_complement_with_a_proper_name_before_the_comma(extractor):
    text = "Iraqi police say gunmen killed the head of the Abu Ghraib police station, Karim Hamad Yousef."
    person = _person(extractor, text, "Karim Hamad Yousef")
    assert person.title == "head of the Abu Ghraib police station" and person.role == "official"


def test_private_words_before_of_are_not_the_heads(extractor):
    text = "The attacks were carried out by militant supporters of President Alassane Kone on Monday."
    assert _person(extractor, text, "Alassane Kone").title == "President"


def test_a_complement_naming_a_party_of_state_stays(extractor):
    text = ("Wang Jian, general secretary of the Communist Party of China Central Committee, met Kazakh "
            "President Nurlan Abenov in Beijing.")
    assert _person(extractor, text, "Wang Jian").title.startswith("general secretary")
