"""Members of a body named in a list (name_lists.py): "members of the Senate A, B and C",
"deputies of the Milli Majlis A and B" -- each holds "Member/Deputy of <the body>" and serves the
body's state (or the dateline's); many members of one body serve one state. Names in brackets after
their countries are read whatever the NER calls them ("Bolivia (Eduardo del Castillo)")."""

from __future__ import annotations

import pytest

from dateline.article import Article


def _officials(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published="2025-03-03"))
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "expected"), [
    ("ASTANA, March 3 (Kazinform) -- The talks with the Hungarian delegation were attended by members of "
     "the Majilis Arman Temirov, Dana Zhakupova and Serik Ospanov.",
     {"Arman Temirov": ("Member of the Majilis", "KAZ"), "Dana Zhakupova": ("Member of the Majilis", "KAZ"),
      "Serik Ospanov": ("Member of the Majilis", "KAZ")}),
    ("BAKU, March 3 (APA) -- Deputies of the Milli Majlis Rauf Gasimov and Leyla Huseynova took part in the "
     "discussion with the Georgian guests.",
     {"Rauf Gasimov": ("Deputy of the Milli Majlis", "AZE"), "Leyla Huseynova": ("Deputy of the Milli Majlis", "AZE")}),
    ("BISHKEK, March 3 (Kabar) -- Members of the Jogorku Kenesh Almaz Toktorov and Nurlan Sydykov met the "
     "Turkish delegation.",
     {"Almaz Toktorov": ("Member of the Jogorku Kenesh", "KGZ"), "Nurlan Sydykov": ("Member of the Jogorku Kenesh", "KGZ")}),
])
def test_members_of_a_body(extractor, text, expected):
    found = _officials(extractor, text)
    assert {name: found.get(name) for name in expected} == expected


def test_names_in_brackets_after_countries_whatever_the_ner_says(extractor):
    found = _officials(extractor, "LIMA, June 5 (Andina) -- The session was attended by the interior ministers "
                                  "of Colombia (Andrés Mejía), Ecuador (Lucía Vera) and Bolivia (Marco del Prado).")
    assert found == {"Andrés Mejía": ("Interior Minister", "COL"), "Lucía Vera": ("Interior Minister", "ECU"),
                     "Marco del Prado": ("Interior Minister", "BOL")}
