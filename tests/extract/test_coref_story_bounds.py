"""A pronoun does not reach back across another story (extract/coref.py; issue 14, item 1: a new
story starts a new frame): past three sentences that name no person, 'he' has no antecedent."""

from __future__ import annotations

PUBLISHED = "2025-03-07"

FIRST = ("Chilean President Gabriel Boric is in Brasilia for talks with Brazilian President Luiz Inacio "
         "Lula da Silva. ")
NO_ONE = ("Floods in northern Argentina have forced thousands of people from their homes. At least eight "
          "people have died. The government has declared a state of emergency in two provinces. ")


def test_he_after_another_story_is_not_the_first_stories_leader(extract):
    record = extract(FIRST + NO_ONE + "He met Philippine President Ferdinand Marcos Jr. on Thursday.")
    assert not any("PHL" in e.countries and "CHL" in e.countries for e in record.events)


def test_he_within_the_story_is_its_leader(extract):
    record = extract(FIRST + "Floods have hit the south of Chile this week. "
                     "He also met Brazilian Vice President Geraldo Alckmin on Thursday.")
    assert any(e.kind == "meeting" and {"Gabriel Boric", "Geraldo Alckmin"} <= set(e.persons)
               for e in record.events)
