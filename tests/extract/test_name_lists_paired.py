"""Officials listed as countries, a dash and as many names (name_lists.py).

"the foreign ministers of Kazakhstan, Kyrgyzstan and Uzbekistan – A, B and C": each is the foreign
minister of the country in the same place of its list. Lists of different lengths pair nothing.
"""

from __future__ import annotations

from dateline.article import Article


def _officials(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def test_countries_then_names_after_a_dash(extractor):
    people = _officials(extractor, "The meeting in Tashkent was attended by the foreign ministers of Kazakhstan, "
                                   "Kyrgyzstan and Tajikistan – Aidos Serikov, Nurlan Osmonov and Farrukh Rahimov.")
    assert people == {"Aidos Serikov": ("Foreign Minister", "KAZ"), "Nurlan Osmonov": ("Foreign Minister", "KGZ"),
                      "Farrukh Rahimov": ("Foreign Minister", "TJK")}


def test_countries_then_names_after_a_colon(extractor):
    people = _officials(extractor, "The protocol was signed by the interior ministers of Chile, Peru and Bolivia: "
                                   "Ana Rojas, Luis Vera and Juan Quispe.")
    assert people["Luis Vera"] == ("Interior Minister", "PER")
    assert people["Juan Quispe"] == ("Interior Minister", "BOL")


def test_lists_of_different_lengths_pair_nothing(extractor):
    people = _officials(extractor, "The talks were attended by the foreign ministers of Kazakhstan, Kyrgyzstan "
                                   "and Tajikistan – Aidos Serikov and Nurlan Osmonov.")
    assert people.get("Aidos Serikov", (None, None))[1] != "KAZ" or people["Nurlan Osmonov"][1] != "KGZ"
