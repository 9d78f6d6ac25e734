"""'Two days later', 'a day earlier', 'a week later': a count of days from the story's last day.

Each text is written for this test in the style of a state agency's report.
"""

from __future__ import annotations

from datetime import date

from dateline.article import Article
from dateline.extract.time import find_times
from dateline.extract.time.lexicon import anaphoric_offset
from dateline.record import Record


def test_a_count_of_days_or_weeks_with_its_direction_is_found_and_signed():
    found = [(t.text, t.start) for t in find_times(
        "Three days earlier he met the envoy. A week later he left.", date(2026, 3, 11))]
    assert found == [("Three days earlier", "2026-03-08"), ("A week later", "2026-03-18")]
    assert anaphoric_offset("two days later") == 2
    assert anaphoric_offset("A week earlier") == -7
    assert anaphoric_offset("two years later") is None


def test_a_comparison_is_no_date():
    assert find_times("The talks ended a day earlier than planned.", date(2026, 3, 11)) == []


def _day(record: Record, kind: str, word: str) -> str | None:
    found = [e for e in record.events if e.kind == kind and e.trigger.text == word]
    assert len(found) == 1, [(e.kind, e.trigger.text, e.date) for e in record.events]
    return found[0].date.start if found[0].date is not None else None


def test_a_day_earlier_counts_from_the_day_the_story_named(extractor):
    record = extractor.extract(Article(id="t", published="2026-03-11", text=(
        "Ashgabat, March 11 (Steppe Wire). President Serdar Berdimuhamedov received the Kuwaiti Foreign "
        "Minister Abdullah Al-Yahya on Monday. A day earlier, the Kuwaiti minister held talks with his "
        "Turkmen counterpart Rashid Meredov.")))
    assert _day(record, "meeting", "received") == "2026-03-09"
    assert _day(record, "meeting", "talks") == "2026-03-08"


def test_two_days_later_counts_from_the_arrival(extractor):
    record = extractor.extract(Article(id="t", published="2026-03-12", text=(
        "Baku, March 12 (Caspian Wire). Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Ankara on "
        "March 8 for a working visit. Two days later, he was received by Turkish President Recep Tayyip "
        "Erdogan.")))
    assert _day(record, "meeting", "received") == "2026-03-10"
