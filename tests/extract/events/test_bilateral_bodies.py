"""The sitting of a body two states set up is a meeting of those states (events/bilateral_bodies.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.extract.events.bilateral_bodies import _pair


@pytest.mark.parametrize(("text", "countries"), [
    ("KUWAIT, Nov 18 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya and Brazil's Foreign Minister Mauro "
     "Vieira chaired the first session of the Kuwaiti-Brazilian Joint Political Consultations Committee in "
     "Kuwait City on Monday.", ["BRA", "KWT"]),
    ("HANOI, Nov 18 (VNA) - The 12th session of the Vietnam-Laos Intergovernmental Committee was held in Hanoi "
     "on Tuesday, co-chaired by Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone.",
     ["LAO", "VNM"]),
])
def test_a_session_of_a_two_state_body_is_a_meeting_of_the_two(extractor, text, countries):
    record = extractor.extract(Article(text=text, id="t", published="2026-11-18"))
    kinds = [(e.kind, e.countries) for e in record.events]
    assert ("meeting", countries) in kinds
    assert not any(e.kind == "gathering" for e in record.events)


def test_a_forum_of_two_states_is_still_a_gathering(extractor):
    text = ("ASTANA, Nov 18 (Kazinform) - The fifth Kazakh-Chinese Business Forum opened in Astana on Tuesday "
            "with President Kassym-Jomart Tokayev and Vice Premier He Lifeng in attendance.")
    record = extractor.extract(Article(text=text, id="t", published="2026-11-18"))
    assert any(e.kind == "gathering" for e in record.events)


@pytest.mark.parametrize(("name", "pair"), [
    ("session of the Azerbaijan-Uzbekistan intergovernmental commission", ("AZE", "UZB")),
    ("session of the Kuwaiti-Brazilian Joint Committee", ("KWT", "BRA")),
    ("session of the Asia-Pacific Economic Council", None),
])
def test_the_pair_of_states_in_a_name(name, pair):
    assert _pair(name) == pair


@pytest.mark.parametrize(("text", "status", "countries"), [
    ("The Kazakh-Uzbek intergovernmental agreement on border demarcation was signed in Astana on Monday.",
     "occurred", ["KAZ", "UZB"]),
    ("The signing of a Polish-Lithuanian border treaty will take place on Sunday in Vienna.",
     "planned", ["LTU", "POL"]),
    ("A Turkmen-Afghan memorandum on the railway was signed on Monday.", "occurred", ["AFG", "TKM"]),
    ("Under the 1992 Russian-Tajik agreement, Russian guards patrol the border.", "occurred", ["RUS", "TJK"]),
])
def test_a_signing_whose_document_name_pairs_two_states_is_theirs(extract, text, status, countries):
    found = [(e.status, e.countries) for e in extract(text).events if e.kind == "agreement"]
    assert found == [(status, countries)]


@pytest.mark.parametrize("text", [
    "Talks on a new Russian-Ukrainian gas deal stalled on Monday.",
    "Critics say the Turkish-Libyan maritime deal violates Greek rights.",
])
def test_a_paired_document_only_spoken_of_is_no_signing(extract, text):
    assert [e.kind for e in extract(text).events if e.kind == "agreement"] == []


def test_the_signers_of_a_paired_document_stay_its_people(extract):
    record = extract("Kazakh Foreign Minister Murat Nurtleu and his Uzbek counterpart Bakhtiyor Saidov signed the "
                     "Kazakh-Uzbek agreement on border demarcation in Astana on Monday.")
    (agreement,) = [e for e in record.events if e.kind == "agreement"]
    assert agreement.countries == ["KAZ", "UZB"]
    assert set(agreement.persons) == {"Murat Nurtleu", "Bakhtiyor Saidov"}
