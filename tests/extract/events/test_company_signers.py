"""A document with a company among its sides is a business deal, not an agreement between states
(issue 14, item 5; events/signers.py company_side): a side headed by a company noun ("Turkish
Airlines", "the Chinese company CEFC"), or a name that is no place, no official and no state
institution owned by a state ("Saudi Arabia's ACWA Power", "China's Sinopec", "the Chinese
CNPC"), or an organisation of no state ("signed an agreement with Chevron"). A ministry, a national
bank, a government or an IGO signing stays a state's side."""

from __future__ import annotations

import pytest
from event_views import agreements, one

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize("text", [
    "The energy ministers met in Baku on Monday. SOCAR and Saudi Arabia's ACWA Power signed a memorandum of "
    "understanding on renewable energy projects.",
    "Officials in Astana said on Tuesday that Kazakhstan's KazMunayGas signed a deal with Italy's Eni on the "
    "development of the Kalamkas field.",
    "The airlines announced the news on Tuesday. Air Astana and Turkish Airlines signed a codeshare agreement.",
    "The ministers held talks in Tbilisi. Georgia's Ministry of Economy and the Chinese company CEFC signed a "
    "memorandum on the construction of a free industrial zone.",
    "QatarEnergy signed a 27-year LNG supply deal with China's Sinopec on Tuesday, the company said.",
    "Gazprom and the Chinese CNPC signed a contract for gas supplies via the Power of Siberia pipeline.",
    "The Ministry of Energy of Kazakhstan signed an agreement with Chevron on the expansion of the Tengiz field.",
])
def test_a_companys_deal_is_no_agreement_between_states(extract, text):
    assert agreements(extract(text)) == [], [(e.name, e.countries) for e in agreements(extract(text))]


@pytest.mark.parametrize(("text", "countries"), [
    ("Kazakhstan's National Bank and Uzbekistan's Central Bank signed a memorandum on payment systems in "
     "Tashkent on Monday.", ["KAZ", "UZB"]),
    ("The Government of Kyrgyzstan and the European Bank for Reconstruction and Development signed a loan "
     "agreement for the modernisation of a heating plant on Monday.", ["EBRD", "KGZ"]),
    ("Georgia's Ministry of Economy and Armenia's Ministry of Economy signed a memorandum on trade in Tbilisi "
     "on Monday.", ["ARM", "GEO"]),
    ("Mongolia signed a transit agreement with China's government on Monday.", ["CHN", "MNG"]),
])
def test_state_institutions_still_sign_agreements(extract, text, countries):
    assert one(extract(text), "agreement").countries == countries


@pytest.mark.parametrize("text", [
    "LA PAZ, March 11 -- Bolivian officials announced the agreement to purchase 51 percent of Entel from Telecom "
    "Italia, an Italian telephone company.",
    "Kenya's treasury announced a deal to buy a 60 percent stake in the Kipevu terminal from Gulftainer, an "
    "Emirati port operator.",
])
def test_a_deal_to_buy_from_a_company_is_no_agreement_between_states(extract, text):
    assert agreements(extract(text)) == [], [(e.name, e.countries) for e in agreements(extract(text))]


def test_a_deal_to_buy_from_a_state_stays_its_agreement(extract):
    found = agreements(extract("Egypt signed an agreement on Tuesday to buy 500,000 tonnes of wheat from Russia."))
    assert [e.countries for e in found] == [["EGY", "RUS"]]
