"""A standing negotiation carried on, taken up or cut is no round of talks (events/non_engagements.py).

"will continue the negotiations, provided ...", "when the talks resume", "resuming the talks will
depend on ...": the plural noun names the negotiation in a clause that is not past and has no day;
no meeting is held or scheduled. A round told as held ("talks resumed in Almaty on Friday", "resumed
talks in Kampala") or scheduled ("will resume talks in Almaty on Monday") stays a meeting.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-03"


@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Abbas Araghchi said Tehran will continue the negotiations, provided they lead "
    "to the lifting of sanctions.",
    "Japanese Foreign Minister Takeshi Iwaya said Tokyo, Seoul and Washington must present a common front "
    "when the talks resume.",
    "ASTANA, 3 March (Kazinform) -- Kyrgyz and Tajik border delegations will continue the negotiations on the "
    "remaining disputed sections, the press service of the Kyrgyz Cabinet of Ministers reports.\n\n"
    "The delimitation talks will resume once the working groups finish their field survey, Chairman of the "
    "State Committee for National Security of Kyrgyzstan Kamchybek Tashiev said.",
])
def test_standing_negotiation_is_no_meeting(extract, text):
    record = extract(text)
    assert not [e for e in record.events if e.kind in {"meeting", "multilateral"}], [
        (e.kind, e.countries) for e in record.events]


@pytest.mark.parametrize(("text", "countries", "status"), [
    ("Talks between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
     "Bayramov resumed in Almaty on Friday.", ["ARM", "AZE"], "occurred"),
    ("Azerbaijani and Armenian diplomats will resume talks in Almaty on Monday.", ["ARM", "AZE"], "planned"),
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni resumed talks in Kampala.",
     ["KEN", "UGA"], "occurred"),
])
def test_rounds_held_or_scheduled_stay(extract, text, countries, status):
    meetings = [e for e in extract(text).events if e.kind == "meeting"]
    assert [(sorted(e.countries), e.status) for e in meetings] == [(countries, status)]


def test_agency_report_keeps_the_meeting_it_tells(extract):
    text = ("CAIRO, 3 March (MENA) -- Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel "
            "Fattah el-Sisi in Cairo on Monday, the Egyptian presidency said.\n\n"
            "Netanyahu later said resuming the talks will depend on the release of the hostages.")
    meetings = [e for e in extract(text).events if e.kind == "meeting"]
    assert [sorted(e.countries) for e in meetings] == [["EGY", "ISR"]]
    assert meetings[0].place is not None and meetings[0].place.country == "EGY"
