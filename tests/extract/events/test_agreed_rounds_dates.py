"""Talks told with a clause of what was agreed at them (session 13, dates): "held talks, during which
they agreed to hold the next round in Hanoi in 2027" -- the time of the agreed clause is the next
round's, not the talks' (which keep their own day and have occurred). Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2025-11-12"  # a Wednesday


@pytest.mark.parametrize(("text", "day"), [
    ("KUWAIT, Nov 12 (KUNA) -- Kuwaiti Foreign Minister Abdullah Al-Yahya held talks with his Omani counterpart "
     "Badr Albusaidi in Kuwait City on Tuesday, during which they agreed to hold the next session of the joint "
     "committee in Muscat in March.", "2025-11-11"),
    ("DOHA, Nov 12 (QNA) -- Minister of State Mohammed Al-Khulaifi and Tajik Deputy Foreign Minister Sharaf "
     "Sheralizoda held political consultations in Doha, at which the two sides decided to convene a business forum "
     "in Dushanbe next year.", "2025-11-12"),
    ("ASHGABAT, 12 November. Turkmen Foreign Minister Rashid Meredov and Georgian Foreign Minister Maka Botchorishvili "
     "held talks at the Foreign Ministry, where they agreed that the next round of consultations would take place "
     "in Tbilisi in the first half of 2026.", "2025-11-12"),
])
def test_the_time_of_a_round_agreed_at_talks_is_not_the_talks(extract, text, day):
    talks = first(extract(text), "meeting")
    assert (talks.status, dates(talks)) == ("occurred", (day, day))
    summit = first(extract("BAKU, Azerbaijan, Nov. 12. The foreign ministers discussed the summit of the "
                           "Organization of Turkic States, which is expected to take place in Gabala on 20 November."),
                   "gathering")
    assert (summit.status, dates(summit)) == ("planned", ("2025-11-20", "2025-11-20"))  # a raising verb's own date
