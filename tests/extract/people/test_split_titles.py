"""A two-word title split by the state it serves (people/split_titles.py): "Top U.S. diplomat X",
"Chief Chinese diplomat X" are their states' foreign ministers, the state told inside the title."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Top U.S. diplomat Antony Blinken arrived in Riyadh on Monday for talks with Saudi officials.",
     "Antony Blinken", "USA"),
    ("Saudi officials said chief Chinese diplomat Wang Yi would visit Riyadh next month.", "Wang Yi", "CHN"),
])
def test_a_title_split_by_its_state(extract, text, name, country):
    person = next(a for a in extract(text).actors if a.name == name)
    assert (person.title, person.country) == ("Foreign Minister", country)


def test_the_word_alone_is_no_title(extract):
    record = extract("A U.S. diplomat, Laura Brennan, said the talks in Riyadh would resume on Monday.")
    person = next((a for a in record.actors if a.name == "Laura Brennan"), None)
    assert person is None or person.title != "Foreign Minister"
