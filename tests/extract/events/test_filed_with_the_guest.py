"""Talks filed by the guest's own agency from the host's city are in that city (session 14, places;
events/received_abroad.py): 'BEIJING. KAZINFORM - ... Tokayev met with Premier Li Qiang' is not a
reception in Astana, though the head of state met a host who is no head. Reports written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-09-10"


@pytest.mark.parametrize("dateline", ["BEIJING. KAZINFORM –", "BEIJING, September 10 (Kazinform) –"])
def test_talks_filed_by_the_guests_agency_from_the_hosts_city_are_there(extract, dateline):
    record = extract(f"{dateline} Kazakh President Kassym-Jomart Tokayev held talks with President Xi Jinping at the "
                     "Great Hall of the People on Thursday.\n\nThe same day, Tokayev met with Premier of the State "
                     "Council Li Qiang.")
    talks = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "met"]
    assert talks and talks[0].place is not None and talks[0].place.country == "CHN"


def test_a_reception_filed_from_the_guests_capital_is_still_abroad(extract):
    record = extract("ASTANA. KAZINFORM – Kazakh Foreign Minister Murat Nurtleu was received by Chinese President Xi "
                     "Jinping on Thursday.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and talks[0].place is not None and talks[0].place.country == "CHN"


def test_talks_of_a_visiting_head_with_a_host_who_is_no_head_are_where_he_visits(extract):
    record = extract("Kazakhstan and China sign 18 documents in Beijing\n\nBEIJING. KAZINFORM – Kazakh President "
                     "Kassym-Jomart Tokayev and President Xi Jinping held talks at the Great Hall of the People on "
                     "Thursday.\n\nThe Head of State arrived in Beijing on Wednesday evening on a three-day state "
                     "visit.\n\nThe same day, Tokayev met with Premier of the State Council Li Qiang and Chairman of "
                     "the Standing Committee of the National People's Congress Zhao Leji.\n\nIn the conversation with "
                     "Li Qiang, the parties discussed the meeting of the Kazakhstan–China Cooperation Committee, which "
                     "will be held in Astana in December.")
    talks = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "met"]
    assert talks and talks[0].place is not None and talks[0].place.country == "CHN"
