"""A visiting head of state's named hosts are his first host and the host state's head
(events/counterparts_met.of_rank, used by hosts_met and by the story), not the premier, the speaker
or the ministers he also met; a visiting minister's every official he met (examples/demo/GUIDE.md,
d004)."""

from __future__ import annotations

import pytest
from event_views import first, people

from dateline.article import Article

VISITS = [  # (text, published, the visit's people)
    ("YEREVAN, April 14 (Armenpress). President of Georgia Mikheil Kavelashvili, who is on a state visit to "
     "Armenia, held talks with President Vahagn Khachaturyan at the presidential palace on Tuesday. On the same "
     "day, Prime Minister Nikol Pashinyan and President of the National Assembly Alen Simonyan met with "
     "Kavelashvili separately.", "2026-04-14", {"Mikheil Kavelashvili", "Vahagn Khachaturyan"}),
    ("MANAMA, Feb 3 (BNA) - His Majesty King Hamad bin Isa Al Khalifa received President of Cyprus Nikos "
     "Christodoulides, who is on a state visit to the Kingdom, at Sakhir Palace. Christodoulides later held "
     "talks with Foreign Minister Abdullatif bin Rashid Al Zayani.", "2026-02-03",
     {"Nikos Christodoulides", "Hamad bin Isa Al Khalifa"}),
    ("HANOI, March 19 (VNA) - General Secretary To Lam held talks with President of Laos Thongloun Sisoulith, "
     "who is paying a state visit to Vietnam, in Hanoi on Thursday. Prime Minister Pham Minh Chinh and Chairman "
     "of the National Assembly Tran Thanh Man received the Lao President on the same day.", "2026-03-19",
     {"Thongloun Sisoulith", "To Lam"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), VISITS)
def test_a_visiting_head_is_hosted_by_the_head_he_met_first(extractor, text, published, expected):
    record = extractor.extract(Article(text=text, id="t", published=published))
    assert people(record, first(record, "visit")) == expected


def test_a_visiting_minister_is_hosted_by_everyone_he_met(extractor):
    text = ("RIYADH, Oct 6 (SPA) -- Minister of Foreign Affairs of Ghana Samuel Okudzeto Ablakwa, who is on an "
            "official visit to the Kingdom, held talks with Foreign Minister Prince Faisal bin Farhan. Ablakwa "
            "was later received by Crown Prince and Prime Minister Mohammed bin Salman.")
    record = extractor.extract(Article(text=text, id="t", published="2026-10-06"))
    assert people(record, first(record, "visit")) == {
        "Samuel Okudzeto Ablakwa", "Faisal bin Farhan", "Mohammed bin Salman"}
