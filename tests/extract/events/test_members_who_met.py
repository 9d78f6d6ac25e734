"""An organisation whose members meet sits however far its name is from the verb ("Leaders of the
Association of Southeast Asian Nations who met in Laos"); the Union of South American Nations is an
organisation, no mention of the United States."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"


def _talks(record):
    return [e for e in record.events if e.kind in {"meeting", "multilateral", "gathering"}]


@pytest.mark.parametrize("text, org, host", [
    ("Leaders of the Association of Southeast Asian Nations who met in Vientiane last week approved a plan "
     "to curb haze from forest fires.", "ASEAN", "LAO"),
    ("Foreign ministers of the Gulf Cooperation Council, who gathered in Riyadh on Sunday, condemned the "
     "attack on the tanker.", "GCC", "SAU"),
])
def test_the_organisation_whose_members_met_in_a_relative_clause_sits(extract, text, org, host):
    record = extract(text)
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert org in talks.countries and host in talks.countries


def test_leaders_of_the_union_of_south_american_nations_gathered(extract):
    record = extract("QUITO, 10 June (EFE) -- Leaders of the Union of South American Nations gathered in Quito on "
                     "Tuesday for talks on the crisis.")
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert talks.countries == ["ECU", "UNASUR"]
