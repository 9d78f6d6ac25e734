"""Title shapes of state-agency copy (people/phrases.py, title_info.py, name_spans.py, coref.py).

* an epithet before the head is a style: "The Custodian of the Two Holy Mosques King X" is King;
* a style title after the position: "Minister of Foreign Affairs, Ambassador X" is the minister;
* a company's acronym ends the complement, not the name: "... Board of SOCAR Rovshan Najaf";
* a counterpart shares the last of two joined posts: "State Councilor and Foreign Minister X met
  his Russian counterpart Y" -> Y is Foreign Minister;
* "Chairman of the Halk Maslahaty X": the Turkmen council is an institution.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _person(extractor, text: str, name: str):
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(a for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received the Emir of Qatar.",
     "Salman bin Abdulaziz Al Saud", "King", "SAU"),
    ("Nigerian Minister of Foreign Affairs, Ambassador Musa Danjuma, received the Chinese envoy in Abuja.",
     "Musa Danjuma", "Minister of Foreign Affairs", "NGA"),
    ("Chairman of the Management Board of SOCAR Elnur Mammadov met the delegation in Baku.",
     "Elnur Mammadov", "Chairman of the Management Board of SOCAR", None),
    ("Chinese State Councilor and Foreign Minister Li Wen met his Russian counterpart Pavel Orlov in Beijing.",
     "Pavel Orlov", "Foreign Minister", "RUS"),
    ("Chairman of the Halk Maslahaty Berdi Orazov received the Kazakh delegation.", "Berdi Orazov",
     "Chairman of the Halk Maslahaty", None),
])
def test_real_title_shapes(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert person.title == title
    if country:
        assert person.country == country


def test_a_style_alone_stays_the_title(extractor):
    person = _person(extractor, "Ambassador Musa Danjuma presented his credentials in Beijing.", "Musa Danjuma")
    assert person.title == "Ambassador"


def test_one_post_with_and_stays_whole(extractor):
    text = ("Kazakh Minister of Labour and Social Protection Berik Sadykov met his Uzbek counterpart "
            "Jamshid Tursunov in Tashkent.")
    assert _person(extractor, text, "Jamshid Tursunov").title == "Minister of Labour and Social Protection"


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("TEHRAN (Wire) - Iran's Foreign Minister Reza Karimi and his Saudi counterpart Prince Faisal bin Fahd "
     "discussed regional issues in a phone call.", "Faisal bin Fahd", "Foreign Minister", "SAU"),
    ("Kazakh Foreign Minister Aidos Serikov met his Qatari counterpart Sheikh Khalid bin Jassim Al Thani.",
     "Khalid bin Jassim Al Thani", "Foreign Minister", "QAT"),
    ("DOHA (Wire) - His Highness the Emir Sheikh Tamim bin Hamad Al-Thani received a phone call from the "
     "French president.", "Tamim bin Hamad Al-Thani", "Emir", "QAT"),
])
def test_gulf_styles_and_counterparts(extractor, text, name, title, country):
    person = _person(extractor, text, name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Gov. Maria Lujan Grisham met Mexican consular officials in Santa Fe on Monday.", "Maria Lujan Grisham",
     "Governor"),
    ("Sen. Roger Wicker arrived in Kyiv on Friday for talks with Ukrainian officials.", "Roger Wicker",
     "Member of Parliament"),
])
def test_an_abbreviated_wire_title_is_read_and_written_out(extractor, text, name, title):
    person = _person(extractor, text, name)
    assert person.title == title
