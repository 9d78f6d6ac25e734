"""Talks abroad told again, or told with no subject read, still tell the guest's stay (events/abroad.py)."""

from __future__ import annotations

from dateline.article import Article


def test_the_talks_told_after_a_meeting_of_two_ministers_tell_the_guest_s_stay(extractor):
    text = ("Egypt and Sudan agreed to boost cooperation on the Nile, following a meeting of the two countries' "
            "irrigation ministers in Cairo. Egyptian Irrigation Minister Mahmoud Abu Zeid held talks with his "
            "Sudanese counterpart, Kamal Ali Mohamed, in the Egyptian capital on Monday.")
    record = extractor.extract(Article(text=text, id="t"))
    visits = [e for e in record.events if e.kind == "visit"]
    assert [sorted(v.countries) for v in visits] == [["EGY", "SDN"]]


def test_talks_with_no_subject_read_set_the_pair_as_guest_and_host():
    from dateline.extract.document import EventDraft
    from dateline.extract.events.abroad import _guest_and_host
    talks = EventDraft(kind="meeting", trigger=(0, 7), sentence=(0, 40), status="occurred",
                       source=[], recipient=["guest", "host"])
    assert _guest_and_host(talks, ["guest"], ["host"])
    talks = EventDraft(kind="meeting", trigger=(0, 7), sentence=(0, 40), status="occurred",
                       source=["other"], recipient=["guest", "host"])
    assert not _guest_and_host(talks, ["guest"], ["host"])
