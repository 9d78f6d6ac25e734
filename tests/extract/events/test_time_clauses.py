"""A present tense in a clause of time under a planned clause tells the future (events/build.py):
"hoping to announce progress when X visits Hanoi", "will sign the agreements when he visits Brasilia"."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries", "status"), [
    ("The two leaders are hoping to announce progress when US President Joe Biden visits Hanoi in September.",
     ["USA", "VNM"], "planned"),
    ("Chinese President Xi Jinping will sign the agreements when he visits Brasilia next month.",
     ["BRA", "CHN"], "planned"),
    ("Both sides plan to open the new consulate once Egyptian Foreign Minister Badr Abdelatty visits Nairobi.",
     ["EGY", "KEN"], "planned"),
    ("Officials said the deal was signed when Kenyan President William Ruto visited Beijing in October.",
     ["CHN", "KEN"], "occurred"),
])
def test_the_visit_of_a_time_clause_takes_the_tense_of_its_main_clause(extract, text, countries, status):
    found = [e for e in extract(text).events if e.kind == "visit"]
    assert [(e.countries, e.status) for e in found] == [(countries, status)]
