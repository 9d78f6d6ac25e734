"""Talks with another official of the same state are other talks (events/sides.other_counterpart,
used by events/merge.py): "X held talks with Y ... On the eve of the talks, X met Z" are two
meetings, each with its own host, not one meeting of three."""

from __future__ import annotations

from event_views import people

from dateline.article import Article


def test_two_hosts_of_one_state_are_two_meetings(extractor):
    record = extractor.extract(Article(id="t", published="2025-04-24", text=(
        "ANKARA, April 24 (Anatolian Courier) - Turkish Justice Minister Yilmaz Tunc held talks on Wednesday with "
        "Mongolian Justice Minister Altangerel Bold, the ministry said.\n\nThe sides discussed extradition and "
        "legal aid.\n\nOn the eve of the talks, the head of the Mongolian delegation met Turkish Interior "
        "Minister Ali Yerlikaya.")))
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 2, [(e.trigger.text, people(record, e)) for e in meetings]
    talks = next(e for e in meetings if e.trigger.text == "talks")
    assert people(record, talks) == {"Yilmaz Tunc", "Altangerel Bold"}
    other = next(e for e in meetings if e.trigger.text == "met")
    assert "Ali Yerlikaya" in people(record, other) and other.countries == ["MNG", "TUR"]


def test_the_same_talks_told_again_stay_one(extractor):
    record = extractor.extract(Article(id="t", published="2025-04-24", text=(
        "Turkish Justice Minister Yilmaz Tunc held talks on Wednesday with Mongolian Justice Minister Altangerel "
        "Bold in Ankara. During the meeting, Tunc and Bold discussed extradition.")))
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 1
