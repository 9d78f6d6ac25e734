"""A visit to a city its own words place in the visitor's state ('the central Iranian city of X' by an
Iranian president) or to a part of his own state named by a compass word ('southwestern Pakistan' by
a Pakistani prime minister) is a trip at home; the same words of another state are a visit."""

from __future__ import annotations

import pytest


def visits(record) -> list[list[str]]:
    return [e.countries for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize("text", [
    "Iranian President Masoud Pezeshkian was speaking during a visit to the central Iranian city of Isfahan.",
    "Rebels fired rockets on Wednesday during a visit to southwestern Pakistan by Pakistani Prime Minister "
    "Shehbaz Sharif.",
])
def test_a_trip_at_home_is_no_visit(extract, text):
    assert visits(extract(text)) == []


@pytest.mark.parametrize("text, pair", [
    ("Iranian Foreign Minister Abbas Araghchi was speaking during a visit to the northern Iraqi city of Erbil.",
     ["IRN", "IRQ"]),
    ("Turkish President Recep Tayyip Erdogan began a visit to northern Iraq on Monday.", ["IRQ", "TUR"]),
])
def test_the_same_words_of_another_state_are_a_visit(extract, text, pair):
    assert visits(extract(text)) == [pair]
