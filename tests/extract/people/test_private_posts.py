"""A post of a company, club, party, movement or sports body is no public position (people/roles.py).

GUIDE `officials`: an official holds a position of a state or an IGO. "the firm's chief", "IOC
president", "bid chief", "party leader", "rebel commander" name posts outside the state: the
person keeps no title and is no official (role "other"); the same heads of a state stay.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _person(extractor, text: str, name: str):
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(a for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name"), [
    ("Critics say the firm's former chief Pavel Orlov funded the opposition.", "Pavel Orlov"),
    ("The company's chief executive Tariq Nasser said output would rise next year.", "Tariq Nasser"),
    ("International Olympic Committee president Anders Berg visited Doha on Monday.", "Anders Berg"),
    ("Madrid bid chief Lucia Varela said the city had kept to the rules.", "Lucia Varela"),
    ("Burmese pro-democracy leader Daw Khin Lay met a U.N. envoy in Rangoon.", "Daw Khin Lay"),
    ("Rebel commander Idris Kamara said his men would lay down their arms.", "Idris Kamara"),
    ("Chechen separatist envoy Ruslan Dudayev met British officials in London.", "Ruslan Dudayev"),
    ("Hamas political chief Yusuf Barakat met Turkish President Kemal Aydin in Ankara.", "Yusuf Barakat"),
    ("The party's leader Marta Kovac met Slovak President Peter Hudec in Bratislava.", "Marta Kovac"),
])
def test_a_post_outside_the_state_is_no_title(extractor, text, name):
    person = _person(extractor, text, name)
    assert person.title is None and person.role == "other"


def test_a_later_title_phrase_of_the_sentence_is_not_given_to_the_private_person(extractor):
    text = ("IOC president Anders Berg rejected claims that British Prime Minister Ian Croft broke the rules. "
            "Officials were upset that the British prime minister met privately with IOC members. "
            "IOC president Anders Berg has already said none of the cities broke the rules.")
    person = _person(extractor, text, "Anders Berg")
    assert person.title is None
    assert _person(extractor, text, "Ian Croft").title == "Prime Minister"


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Ruling party Prime Minister Tomas Ferreira will face a runoff.", "Tomas Ferreira", "Prime Minister", None),
    ("Kenyan President William Otieno met Turkish President Kemal Aydin in Ankara.", "Kemal Aydin",
     "President", "TUR"),
])
def test_a_state_post_stays(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert person.title == title and person.role == "official"
    if country:
        assert person.country == country


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Party General Secretary Nguyen Van Hoa received visiting Lao President Bounmy Sithong in Hanoi "
     "on Friday.", "Nguyen Van Hoa", None),
    ("HANOI, May 3 (VNA) -- Party General Secretary Nguyen Van Hoa received visiting Cambodian Prime "
     "Minister Sok Vanna at the Party Central Committee headquarters.", "Nguyen Van Hoa", "VNM"),
])
def test_a_title_case_post_opening_the_sentence_is_read_as_inside_one(extractor, text, name, country):
    # "Rebel commander X" opens a sentence in sentence case (a private post, above); "Party General
    # Secretary X" is written in title case, as it would be mid-sentence, where it keeps its title
    person = _person(extractor, text, name)
    assert person.title is not None and person.title.endswith("General Secretary")
    assert person.role != "other"
    if country:  # the dateline's state (no state is told in the first report)
        assert person.country == country
