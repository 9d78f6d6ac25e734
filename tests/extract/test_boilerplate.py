"""Agency boilerplate never becomes a title, a name, an organisation or a place (issue 14, item 8).

Sentences written for these tests, in the shapes state agencies sign their copy.
"""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.extract.boilerplate import is_outlet

OUTLET_WORDS = ("MENAFN", "Trend", "KUNA", "Xinhua", "Kun.uz", "AKIpress", "Kabar", "press service", "Wire")


@pytest.mark.parametrize(("text", "place", "country", "people"), [
    ("(MENAFN - Trend News Agency) BAKU, Azerbaijan, May 5. Azerbaijani Foreign Minister Jeyhun Bayramov met "
     "Hungarian Foreign Minister Peter Szijjarto in Budapest, Trend reports.",
     "Baku", "AZE", {"Jeyhun Bayramov": "Foreign Minister", "Peter Szijjarto": "Foreign Minister"}),
    ("KUWAIT, May 5 (KUNA) -- Foreign Minister Abdullah Al-Rashidi received Jordanian Foreign Minister "
     "Ayman Safadi on Sunday.",
     "Kuwait City", "KWT", {"Abdullah Al-Rashidi": "Foreign Minister", "Ayman Safadi": "Foreign Minister"}),
    ("TASHKENT /Kun.uz/. President Shavkat Mirziyoyev received Turkish Foreign Minister Hakan Fidan on "
     "Monday, the press service of the head of state reports.",
     "Tashkent", "UZB", {"Shavkat Mirziyoyev": "President", "Hakan Fidan": "Foreign Minister"}),
    ("Bishkek, May 5 (AKIpress) - Kyrgyz Foreign Minister Jeenbek Kulubaev met Chinese Ambassador Liu Jiang, "
     "AKIpress news agency reports.",
     "Bishkek", "KGZ", {"Jeenbek Kulubaev": "Foreign Minister", "Liu Jiang": "Ambassador"}),
    ("BEIJING, May 5 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Kazakh President "
     "Kassym-Jomart Tokayev in Beijing on Monday. \u2014 Xinhua",
     "Beijing", "CHN", {"Xi Jinping": "President", "Kassym-Jomart Tokayev": "President"}),
    ("BUENOS AIRES, 17 Jul (Rio de la Plata Wire) - Argentine Foreign Minister Gerardo Soler received his "
     "Chilean counterpart Alberto Vidal on Wednesday.",
     "Buenos Aires", "ARG", {"Gerardo Soler": "Foreign Minister", "Alberto Vidal": "Foreign Minister"}),
])
def test_boilerplate_stays_out_of_actors(extractor, text: str, place: str, country: str,
                                         people: dict[str, str]) -> None:
    record = extractor.extract(Article(text=text, id="t", published="2025-05-05"))
    assert record.dateline is not None and (record.dateline.place, record.dateline.country) == (place, country)
    persons = {a.name: a.title for a in record.actors if a.kind == "person"}
    for name, title in people.items():
        assert persons.get(name) == title, persons
    for actor in record.actors:
        for word in OUTLET_WORDS:
            assert word not in actor.name, actor
            assert word not in (actor.title or ""), actor
    for event in record.events:
        assert event.place is None or not is_outlet(event.place.name or "")


@pytest.mark.parametrize("text", ["AKIpress", "AKIpress news agency", "Trend reports", "KUNA", "(MENAFN - Trend)",
                                  "Kun.uz", "Xinhua News Agency", "NIAT Khovar"])
def test_outlet_names_are_known(text: str) -> None:
    assert is_outlet(text)


@pytest.mark.parametrize("text", ["Sana", "Petra", "Turan", "Dawn", "Nation", "Ministry of Foreign Affairs"])
def test_first_names_and_words_are_not_outlets(text: str) -> None:
    assert not is_outlet(text)
