"""The country of a delegation or of an unnamed official is theirs, not the host's (nationality.py).

"Deputy Prime Minister X received a business delegation from China", "Speaker Y received a
delegation of the French Senate", "the Hokim of Z received the Ambassador of India": the host serves
the dateline's state, the state named with the delegation goes to the one who leads it.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _countries(extractor, text: str) -> dict[str, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2025-06-03"))
    return {a.name: a.country for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "expected"), [
    ("TASHKENT, June 3 (UzA) -- Deputy Prime Minister Anvar Saidov received a business delegation from "
     "China on Tuesday. The sides discussed joint projects in textiles.", {"Anvar Saidov": "UZB"}),
    ("YEREVAN, June 3 (Armenpress) -- Speaker of Parliament Karen Avagyan received a delegation of the "
     "French Senate led by Senator Claire Moreau.", {"Karen Avagyan": "ARM", "Claire Moreau": "FRA"}),
    ("ISLAMABAD, June 3 (APP) -- Federal Minister for Commerce Bilal Qureshi met a delegation of the Uzbek "
     "Chamber of Commerce and said Pakistan wants more trade.", {"Bilal Qureshi": "PAK"}),
    ("ASTANA, June 3 (Kazinform) -- Akim of Mangystau region Daulet Serikov received a delegation from "
     "Turkmenistan led by Deputy Chairman of the Cabinet of Ministers Merdan Ovezov.",
     {"Daulet Serikov": "KAZ", "Merdan Ovezov": "TKM"}),
    ("TASHKENT, June 3 (UzA) -- First Deputy Foreign Minister Rustam Aliev received the Ambassador of "
     "India to discuss the forthcoming visit.", {"Rustam Aliev": "UZB"}),
])
def test_the_host_keeps_his_state(extractor, text, expected):
    found = _countries(extractor, text)
    assert {name: found.get(name) for name in expected} == expected


def test_an_official_in_apposition_keeps_the_state_of_his_post(extractor):
    found = _countries(extractor, "ASTANA, June 3 (Kazinform) -- The Ambassador of India, Rajiv Menon, was "
                                  "received by First Deputy Foreign Minister Kairat Umarov.")
    assert found == {"Rajiv Menon": "IND", "Kairat Umarov": "KAZ"}


def test_akim_and_hokim_are_titles(extractor):
    record = extractor.extract(Article(
        text="ASTANA, June 3 (Kazinform) -- Akim of Karaganda region Yermek Bekov and Hokim of Samarkand "
             "region Jasur Rakhimov signed a memorandum on cooperation between the two regions.",
        id="t", published="2025-06-03"))
    titles = {a.name: a.title for a in record.actors if a.kind == "person"}
    assert titles == {"Yermek Bekov": "Akim of Karaganda region", "Jasur Rakhimov": "Hokim of Samarkand region"}
