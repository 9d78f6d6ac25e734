"""A patronymic name written again without its family name ("Sheikh Abdullah bin Zayed" after "Sheikh
Abdullah bin Zayed Al Nahyan") is the person already named, not a second one (names.patronymic_heads,
people/roster.Roster.patronymic). These failed on the old code."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize(("text", "full", "short"), [
    ("ABU DHABI, 19th May, 2026 (WAM) -- H.H. Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, Crown Prince of "
     "Dubai, received the Prime Minister of Malta Robert Abela today.\n\n"
     "Sheikh Hamdan bin Mohammed later toured the exhibition with the guest.",
     "Hamdan bin Mohammed bin Rashid Al Maktoum", "Hamdan bin Mohammed"),
    ("RIYADH, May 19 (SPA) -- Saudi Foreign Minister Prince Faisal bin Farhan Al Saud met with Chilean Foreign "
     "Minister Alberto van Klaveren in Riyadh on Tuesday.\n\n"
     "Prince Faisal bin Farhan also received a delegation of Chilean senators.",
     "Faisal bin Farhan Al Saud", "Faisal bin Farhan"),
    ("DOHA, May 19 (QNA) - HE Minister of State Sheikh Mohammed bin Abdulaziz Al Khulaifi met the Foreign "
     "Minister of Ghana Samuel Okudzeto Ablakwa.\n\n"
     "Sheikh Mohammed bin Abdulaziz then held talks with the Ghanaian ambassador.",
     "Mohammed bin Abdulaziz Al Khulaifi", "Mohammed bin Abdulaziz"),
])
def test_a_patronymic_name_without_its_family_name_is_the_same_person(extract, text, full, short):
    record = extract(text)
    names = {a.name for a in record.actors if a.kind == "person"}
    assert full in names
    assert short not in names
