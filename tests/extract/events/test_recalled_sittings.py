"""An earlier sitting of a two-state body told by its common noun or acronym (events/recalled_sittings.py),
and a later one planned on days of its own is no mention of today's (events/sameness.py, events/merge.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


def _meetings(record):
    return sorted((e.date.start if e.date else None, e.status, tuple(e.countries))
                  for e in record.events if e.kind == "meeting")


@pytest.mark.parametrize(("text", "published", "recalled"), [
    ("MANAMA, March 4 (BNA) -- Foreign Minister Abdullatif Al Zayani and Jordanian Foreign Minister Ayman Safadi "
     "on Wednesday co-chaired the sixth session of the Bahraini-Jordanian Joint Committee in Manama.\n\n"
     "The fifth session of the joint committee was held in Amman in October 2024.",
     "2026-03-04", ("2024-10", "occurred", ("BHR", "JOR"))),
    ("DOHA, Jan 20 (QNA) - Qatari Minister of State Mohammed Al-Khulaifi and Kenyan Foreign Minister Musalia "
     "Mudavadi co-chaired the second session of the Qatari-Kenyan Joint Commission in Doha on Tuesday.\n\n"
     "The officials noted that the first session of the commission, which convened in Nairobi in 2023, had set "
     "up working groups on trade and labour.",
     "2026-01-20", ("2023", "occurred", ("KEN", "QAT"))),
    ("Accra, June 9 (GNA) - Ghana's Foreign Minister Samuel Okudzeto Ablakwa co-chaired the 5th session of the "
     "Ghana-Nigeria Permanent Joint Commission for Cooperation (PJCC) in Accra on Monday with Nigeria's Foreign "
     "Minister Yusuf Tuggar.\n\n"
     "Ablakwa said the meeting, the first since the fourth PJCC held in Abuja in 2022, showed the resolve of "
     "both governments.",
     "2026-06-09", ("2022", "occurred", ("GHA", "NGA"))),
])
def test_an_earlier_sitting_of_the_body_named_before_is_its_pairs_meeting_then(extractor, text, published, recalled):
    record = extractor.extract(Article(text=text, id="t", published=published))
    assert recalled in _meetings(record)


def test_a_sitting_of_a_body_never_paired_is_no_meeting(extractor):
    text = ("Vientiane, May 6 (KPL) - Lao Prime Minister Sonexay Siphandone received the visiting Vietnamese "
            "Deputy Prime Minister on Wednesday.\n\n"
            "The fourth session of the joint committee was held in Hanoi in March 2025.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-06"))
    assert not any(e.date and e.date.start == "2025-03" for e in record.events)


def test_a_later_sitting_agreed_on_is_planned_not_todays_session(extractor):
    text = ("TASHKENT, Feb 10 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya held talks on Tuesday with "
            "his Uzbek counterpart Bakhtiyor Saidov.\n\n"
            "At the end of the session, the two ministers signed a memorandum of understanding on political "
            "consultations.\n\n"
            "The two sides agreed to hold the second session of the Kuwaiti-Uzbek Joint Committee in Kuwait City "
            "in the second half of this year.")
    record = extractor.extract(Article(text=text, id="t", published="2026-02-10"))
    meetings = _meetings(record)
    assert ("2026-07", "planned", ("KWT", "UZB")) in meetings
    assert ("2026-02-10", "occurred", ("KWT", "UZB")) in meetings
    assert not any(e.kind == "gathering" for e in record.events)  # "the session" is the day's talks
