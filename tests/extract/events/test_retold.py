"""One visit told twice with two tenses (issue 14 item 7; events/retold.py, merge.py).

A report tells its visit again in a later sentence, and the tense of the mentions may differ
("is visiting Tanzania" ... "during his two-day visit to Tanzania, he will press for ..."): two
undated visits between the same states are one event. A word that tells a further visit ("again",
"another", "a second") keeps them two. Talks told in two tenses stay two: on real passages no
annotator had seen the rule for, past and planned talks of the same states were most often two.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def of_kind(record: Record, kind: str) -> list[tuple[str, list[str]]]:
    return [(e.status, e.countries) for e in record.events if e.kind == kind]


@pytest.mark.parametrize(("text", "kind", "countries"), [
    ("Kenyan President William Ruto is visiting Tanzania. Ruto will press for a new rail link during his two-day "
     "visit to Tanzania, aides said.", "visit", ["KEN", "TZA"]),
    ("Chilean Foreign Minister Alberto van Klaveren is visiting Peru. During his visit to Peru, van Klaveren "
     "will discuss a border crossing, officials said.", "visit", ["CHL", "PER"]),
])
def test_an_engagement_told_again_in_another_tense_is_one(extract, text, kind, countries):
    found = of_kind(extract(text), kind)
    assert len(found) == 1, found
    assert found[0][1] == countries


@pytest.mark.parametrize(("text", "kind"), [
    ("Argentine President Javier Milei held talks with Chilean President Gabriel Boric in Santiago. Milei will "
     "hold another round of talks with Boric.", "meeting"),
    ("Polish Foreign Minister Radoslaw Sikorski met Ukrainian Foreign Minister Andrii Sybiha in Warsaw. The two "
     "ministers are expected to meet in Kyiv to discuss grain exports.", "meeting"),
    ("Indonesian President Prabowo Subianto held talks with Malaysian Prime Minister Anwar Ibrahim. Prabowo "
     "will hold talks with Anwar in Kuala Lumpur.", "meeting"),
    ("Argentine President Javier Milei held talks with Chilean President Gabriel Boric. Milei will hold a second "
     "round of talks with Boric.", "meeting"),
    ("Thai Prime Minister Paetongtarn Shinawatra visited Cambodia. She will make another visit to Cambodia "
     "later.", "visit"),
])
def test_a_further_engagement_stays_apart(extract, text, kind):
    found = of_kind(extract(text), kind)
    assert sorted(s for s, _ in found) == ["occurred", "planned"]
