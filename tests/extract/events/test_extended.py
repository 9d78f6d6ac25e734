"""Where an invitation is extended (events/extended.py): handed over in talks, it is where the talks
are; "at the invitation of X" and an invitation "sent" keep no place."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Record

LEAD = ("RIGA, May 12 (LETA) - Latvian Foreign Minister Baiba Braze received her Moldovan counterpart "
        "Mihai Popsoi in Riga on Monday. ")


def invitation_place(record: Record) -> str | None:
    found = [e for e in record.events if e.kind == "invitation"]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0].place.country if found[0].place else None


@pytest.mark.parametrize("sentence", [
    "At the end of the meeting, Braze invited Popsoi to visit Riga again next year.",
    "During the talks, Popsoi invited Braze to visit Chisinau in the autumn.",
    "Popsoi handed over a letter from President Maia Sandu inviting Braze to pay a visit to Moldova.",
])
def test_an_invitation_handed_over_in_talks_is_extended_where_they_are(extractor, sentence):
    record = extractor.extract(Article(text=LEAD + sentence, id="t", published="2026-05-12"))
    assert invitation_place(record) == "LVA"


@pytest.mark.parametrize("sentence", [
    "An invitation has been sent to the Estonian foreign minister to attend the forum.",
    "Popsoi arrived in Riga at the invitation of Braze.",
])
def test_an_invitation_sent_or_a_visit_at_one_keeps_no_place(extractor, sentence):
    record = extractor.extract(Article(text=LEAD + sentence, id="t", published="2026-05-12"))
    assert all(e.place is None for e in record.events if e.kind == "invitation")


def test_talks_held_months_before_are_not_where_an_invitation_is_extended(extractor):
    text = (LEAD + "The ministers also reviewed the decisions of the meeting they held in Chisinau in March. "
            "Braze invited Popsoi to visit Riga again in the autumn.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-12"))
    assert invitation_place(record) == "LVA"


def test_an_invitation_told_as_accepted_keeps_no_place(extractor):
    record = extractor.extract(Article(text=LEAD + "Popsoi had accepted Braze's invitation in January.",
                                       id="t", published="2026-05-12"))
    assert all(e.place is None for e in record.events if e.kind == "invitation")


def test_an_invitation_passed_through_a_guest_takes_the_place_of_the_talks(extractor):
    text = ("ACCRA, May 14 (Ghana News Agency) - Nigerian Foreign Minister Yusuf Tuggar was received on Wednesday "
            "by Ghanaian President John Mahama at Jubilee House.\n\n"
            "Through the minister, the Ghanaian government invited the Nigerian President to attend the "
            "independence anniversary celebrations next year, the presidency said.")
    record = extractor.extract(Article(text=text, id="t", published="2025-05-14"))
    invitation = next(e for e in record.events if e.kind == "invitation")
    assert invitation.place is not None and invitation.place.country == "GHA"


def test_an_invitation_extended_in_a_call_told_after_the_talks_has_no_place(extractor):
    text = ("ACCRA, May 14 (Ghana News Agency) - Ghanaian President John Mahama received Nigerian Foreign Minister "
            "Yusuf Tuggar on Wednesday.\n\n"
            "Later in the day, Mahama held a telephone conversation with Nigerian President Bola Tinubu and "
            "invited him to attend the independence anniversary celebrations next year.")
    record = extractor.extract(Article(text=text, id="t", published="2025-05-14"))
    invitation = next(e for e in record.events if e.kind == "invitation")
    assert invitation.place is None


@pytest.mark.parametrize("text", [
    "Egypt invited the rival Palestinian factions to a meeting in Cairo on November 9 to settle their dispute.",
    "Qatar has invited Afghan and Pakistani officials for a new round of talks in Doha.",
])
def test_the_engagement_an_invitation_asks_its_guest_to_is_not_where_it_is_extended(extractor, text):
    record = extractor.extract(Article(text=text, id="t"))
    assert [e.place for e in record.events if e.kind == "invitation"] == [None]


@pytest.mark.parametrize(("text", "day"), [
    # the day told on the call or talks an invitation is extended during, however the parser hangs it
    ("ASTANA, May 12 (Kazinform) - Kazakh President Kassym-Jomart Tokayev invited Chinese President Xi Jinping "
     "to pay a state visit to Kazakhstan next year during their phone conversation on Monday.", "2026-05-11"),
    ("TASHKENT, May 12 (UzA) - President Shavkat Mirziyoyev invited Turkmen President Serdar Berdimuhamedov to "
     "visit Samarkand in the autumn during their telephone conversation on Friday.", "2026-05-08"),
    ("ANKARA, May 12 (AA) - Turkish President Recep Tayyip Erdogan extended an invitation to Syrian President "
     "Ahmed al-Sharaa to visit Turkey during their meeting in Riyadh on Monday.", "2026-05-11"),
])
def test_an_invitation_takes_the_day_of_the_call_it_is_extended_in(extract, text, day):
    invitation = next(e for e in extract(text, published="2026-05-12").events if e.kind == "invitation")
    assert invitation.date is not None and invitation.date.start == day
