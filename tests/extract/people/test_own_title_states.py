"""A title and its state belong to the official they name (nationality_owners.of_named_title,
name_appositions.appositive_title_start).

* "A and Georgian Finance Minister B discussed ...": the demonym opens B's title; it gives no state
  to A, who keeps the state the report gives him otherwise (the dateline's);
* "X, Assistant to the President of Y, met ...": a title that is also a modifier word ("Assistant",
  "Chief") opens the apposition, so the name before it is a person's even where the NER reads it
  as an organisation's.

Sentences written for these tests in the style of state agencies.
"""

from __future__ import annotations

import pytest
from people_views import officials

from dateline.article import Article


@pytest.mark.parametrize(("text", "first", "second"), [
    ("BAKU, Dec 9 (Trend). Minister of Economy Ramil Guliyev and Georgian Finance Minister Nika "
     "Beridze discussed customs cooperation.",
     ("Ramil Guliyev", "Minister of Economy", "AZE"), ("Nika Beridze", "Finance Minister", "GEO")),
    ("TASHKENT, May 2. Head of the State Customs Committee Anvar Tursunov and Kazakh Deputy Energy "
     "Minister Erlan Akbarov reviewed the transit schedule.",
     ("Anvar Tursunov", "Head of the State Customs Committee", "UZB"),
     ("Erlan Akbarov", "Deputy Energy Minister", "KAZ")),
])
def test_a_demonym_in_the_second_title_is_not_the_firsts(extract, text, first, second):
    found = officials(extract(text))
    assert found[first[0]] == first[1:]
    assert found[second[0]] == second[1:]


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("BAKU, Nov 18. Hikmat Hajiyev, Assistant to the President of the Republic of Azerbaijan, met "
     "with a delegation of the European Parliament.", "Hikmat Hajiyev", "Assistant to the President", "AZE"),
    ("BAKU, Nov 18. Hikmat Hajiyev, Assistant to the President of Azerbaijan, Head of the Foreign Policy "
     "Department of the Presidential Administration, received the EU Special Representative.",
     "Hikmat Hajiyev", "Assistant to the President", "AZE"),
])
def test_a_modifier_title_opens_an_apposition(extract, text, name, title, country):
    assert officials(extract(text))[name] == (title, country)


def test_congo_republic_is_the_republic_of_the_congo(extractor):
    record = extractor.extract(Article(text="Congo Republic's President Denis Sassou Nguesso met Angolan President "
                                            "Joao Lourenco in Luanda on Tuesday.", id="t", published="2025-06-03"))
    assert {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}["Denis Sassou Nguesso"] \
        == ("President", "COG")
