"""The country of a delegation or of an unnamed official is theirs, not the host's (nationality_owners.py).

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


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("ANKARA, June 3 (AA) -- President Kemal Arslan defended his foreign minister, Deniz Yavuz, saying the "
     "talks in Baghdad had been useful.", "Deniz Yavuz", "Foreign minister", "TUR"),
    ("LONDON, June 3 (Reuters) -- U.S. President Tom Harper has again defended his defense secretary, Paul Grant, "
     "saying he cares deeply about the troops.", "Paul Grant", "Defense secretary", "USA"),
])
def test_a_post_owned_by_his_serves_the_owners_state(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-06-03"))
    person = next(a for a in record.actors if a.kind == "person" and a.name == name)
    assert (person.title, person.country) == (title, country)


def test_a_counterpart_owned_by_his_is_another_state(extractor):
    found = _countries(extractor, "ANKARA, June 3 (AA) -- Turkish Foreign Minister Deniz Yavuz met his Greek "
                                  "counterpart, Nikos Pappas, in Antalya.")
    assert found == {"Deniz Yavuz": "TUR", "Nikos Pappas": "GRC"}


def test_a_post_owned_by_a_named_official_without_a_comma(extractor):
    """'Lula's chief of staff X attended': X serves the state of the official who owns the post."""
    record = extractor.extract(Article(text=(
        "BEIJING, May 7 (Xinhua) -- Chinese President Xi Jinping held talks with his Brazilian counterpart Luiz "
        "Inacio Lula da Silva. Lula's chief of staff Rui Costa and Brazilian Foreign Minister Mauro Vieira "
        "attended."), id="t", published="2025-05-07"))
    countries = {a.name: a.country for a in record.actors if a.kind == "person"}
    assert countries["Rui Costa"] == "BRA"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bolivia has recalled its ambassador to Argentina, Carlos Mendoza, and asked Brasilia to help return "
     "the fugitive from Paraguay.", "Carlos Mendoza", "BOL"),
    ("The Ghanaian government sent its Interior Minister, Kwame Asante, to Lome for talks on a smuggling "
     "case heard in Togo.", "Kwame Asante", "GHA"),
])
def test_a_post_owned_by_its_serves_the_state_of_its_clause(extractor, text, name, expected):
    assert _countries(extractor, text).get(name) == expected


def test_its_owned_by_a_company_gives_no_state(extractor):
    found = _countries(extractor, "The mining company said its chief executive, Pieter Botha, would visit Peru.")
    assert found.get("Pieter Botha") is None


def test_a_lower_case_portfolio_after_its_is_the_title(extractor):
    record = extractor.extract(Article(text="Ghana sent its interior minister, Kwame Asante, to Lome for talks on "
                                            "the border.", id="t", published="2025-06-03"))
    found = {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}
    assert found["Kwame Asante"] == ("Interior minister", "GHA")
