"""Documents with a side that is no state are domestic settlements, not agreements between states
(events/settlements.py): rival parties or warring factions at home, a rebel army told by its modifier
beside the government; "the two parties" or "the sides" after talks between states are those states."""

from __future__ import annotations

import pytest
from event_views import agreements


@pytest.mark.parametrize("text", [
    "Ethiopia's rival parties signed a deal on Friday to end the clashes over the disputed vote.",
    "MOGADISHU (Reuters) - Somalia's warring factions signed a ceasefire accord in Nairobi on Sunday, "
    "officials said.",
    "The Sudanese government and the rebel Sudan People's Liberation Army have already signed several key "
    "accords at peace talks in Kenya.",
    "The Ugandan government and the armed Lord's Resistance Army signed a truce in Juba on Friday.",
])
def test_a_settlement_at_home_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Russia and Ukraine held talks in Minsk on Monday. The two parties signed a memorandum on gas transit.",
    "Kenya and Somalia held talks in Nairobi on Monday. The sides signed a protocol on border trade.",
])
def test_the_parties_of_talks_between_states_are_those_states(extract, text):
    found = agreements(extract(text))
    assert len(found) == 1 and len(found[0].countries) == 2


@pytest.mark.parametrize("text", [
    "N'DJAMENA (AFP) - President Mahamat Deby and a coalition of about 20 opposition parties signed the "
    "accord on Monday after months of negotiations.",
    "JAKARTA (AP) - The peace agreement between the Free Papua Movement rebel group and the Indonesian "
    "government is due to be signed on August 15.",
    "CARACAS (Reuters) - Officials from Russia's Rosneft company and Venezuela's state oil company PDVSA "
    "signed a memorandum on a joint exploration venture on Friday.",
])
def test_a_side_told_by_a_faction_or_a_business_it_is_made_of(extract, text):
    assert agreements(extract(text)) == []
