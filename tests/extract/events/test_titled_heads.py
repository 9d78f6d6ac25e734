"""A head told by title alone in his own state's agency copy is that state's side of the talks
(events/titled_heads.py): "HH the Amir received ...", "His Majesty the Sultan received ...". A
title whose phrase names another state gives no dateline side."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-12"


def _meetings(record) -> set[tuple[str, ...]]:
    return {tuple(sorted(e.countries)) for e in record.events if e.kind == "meeting"}


@pytest.mark.parametrize(("text", "pair"), [
    ("DOHA, March 11 (QNA) - HH the Amir received Pakistani Foreign Minister Ishaq Dar at the Amiri Diwan "
     "on Tuesday.", ("PAK", "QAT")),
    ("KUWAIT, March 11 (KUNA) -- His Highness the Amir received the visiting Jordanian Foreign Minister Ayman "
     "Safadi at Bayan Palace on Tuesday.", ("JOR", "KWT")),
    ("MUSCAT, March 11 (ONA) -- His Majesty the Sultan received the visiting Indian Minister of External "
     "Affairs Subrahmanyam Jaishankar at Al Alam Palace on Wednesday.", ("IND", "OMN")),
    ("AMMAN, March 11 (Petra) -- His Majesty the King received the visiting Egyptian Prime Minister Mostafa "
     "Madbouly at Al Husseiniya Palace on Wednesday.", ("EGY", "JOR")),
])
def test_an_unnamed_head_is_the_datelines_side(extract, text, pair):
    assert pair in _meetings(extract(text, published=PUBLISHED))


def test_a_head_of_another_state_adds_no_dateline_side(extract):
    record = extract("DOHA, March 11 (QNA) - Pakistani President Asif Ali Zardari received the visiting Chinese "
                     "Foreign Minister Wang Yi in Islamabad on Tuesday.", published=PUBLISHED)
    assert all("QAT" not in pair for pair in _meetings(record))
