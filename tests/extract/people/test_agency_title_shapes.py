"""Agency shapes of an official's title that the people stage misread (session 12 probes).

* a scope of two regions after a title's "for" is one title: "Assistant Secretary of State for
  European and Eurasian Affairs", before the name, in apposition after it, or in apposition to
  "a senior U.S. official" (people/chains.py, ``_scope_pair``);
* "Director-General of the WHO": the organisation's acronym is no relative pronoun
  (people/appositions.py);
* "spokesman for UN Secretary-General X": "Secretary-General" is one title, not the name
  "Secretary", and X's title is his own, not the spokesman's (name_spans.py, people/phrases.py);
* "Cardinal" is a style before the name, not part of it (titles.yaml ``name_prefixes``).
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
    record = run(extractor, "WASHINGTON, March 11. Special Envoy for Sudan and South Sudan Carl Mercer "
                            "met the Kenyan ambassador on Tuesday.")
    title, _ = officials(record)["Carl Mercer"]
    assert title is None or "South Sudan" not in title


@pytest.mark.parametrize("organisation", ["WHO", "World Health Organization"])
def test_the_who_in_an_apposition_is_the_organisation(extractor, organisation):
    record = run(extractor, f"GENEVA, March 11 (Xinhua) -- Amara Tesfaye, Director-General of the "
                            f"{organisation}, will visit Port Sudan next week, a spokesman said.")
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
