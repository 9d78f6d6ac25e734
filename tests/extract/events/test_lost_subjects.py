"""A subject the parse hid inside a long fronted phrase still meets each of its guests, one
meeting each (events/lost_subjects.py)."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-07-14"

HIDDEN = [
    pytest.param(
        "DUSHANBE, 14.07.2026 /NIAT Khovar/. On the sidelines of the Second International Conference on "
        "glaciers, which opened in Dushanbe on Monday, President of the Republic of Tajikistan Emomali Rahmon "
        "on 14 July met with the Deputy Secretary-General of the United Nations Amina Mohammed, the President "
        "of the Republic of Latvia Edgars Rinkevics and the Prime Minister of the Kingdom of Eswatini Russell "
        "Dlamini.",
        ["Amina Mohammed", "Edgars Rinkevics", "Russell Dlamini"], "Emomali Rahmon", id="sidelines-met-list"),
    pytest.param(
        "ASHGABAT, 14 July (TDH). On the margins of the International Conference on Landlocked Developing "
        "Countries, which opened in Avaza on Monday, President of Turkmenistan Serdar Berdimuhamedov on 14 July "
        "held meetings with the Secretary-General of the OSCE Feridun Sinirlioglu and the Prime Minister of "
        "Nepal Sushila Karki.",
        ["Feridun Sinirlioglu", "Sushila Karki"], "Serdar Berdimuhamedov", id="margins-held-meetings"),
]


@pytest.mark.parametrize(("text", "guests", "host"), HIDDEN)
def test_the_hidden_subject_meets_each_guest(extract, text, guests, host):
    meetings = [e for e in extract(text).events if e.kind in {"meeting", "multilateral"}]
    assert sorted(sorted(e.persons) for e in meetings) == sorted(sorted([host, g]) for g in guests)
