"""Talks with a company are no engagement between states (issue 14; events/company_visits.py
``company_counterpart``): "the minister met executives of the Chinese company X" is a minister and a
firm, whatever state owns it. Talks with a state's officials stay, also when a firm sits beside them.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Kenyan Trade Minister Rebecca Miano met with executives of the Chinese company Huawei in Nairobi on "
    "Wednesday to discuss investment in data centres.",
    "Ghanaian Energy Minister John Jinapor held talks with a delegation of the Turkish firm Karpowership in "
    "Accra on Monday.",
    "Indonesian Investment Minister Rosan Roeslani received the chief executive of South Korean carmaker "
    "Hyundai, Jaehoon Chang, in Jakarta on Tuesday.",
])
def test_talks_with_a_company_are_no_meeting(extract, text):
    assert [e.countries for e in extract(text).events if e.kind in {"meeting", "visit"}] == []


@pytest.mark.parametrize(("text", "countries"), [
    ("Kenyan Trade Minister Rebecca Miano met with Chinese Ambassador Guo Haiyan and executives of the "
     "Chinese company Huawei in Nairobi on Wednesday.", ["CHN", "KEN"]),
    ("Ghanaian Energy Minister John Jinapor held talks with Turkish Energy Minister Alparslan Bayraktar in "
     "Accra on Monday.", ["GHA", "TUR"]),
])
def test_talks_with_a_state_stay(extract, text, countries):
    assert countries in [e.countries for e in extract(text).events if e.kind == "meeting"]
