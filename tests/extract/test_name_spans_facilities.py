"""A name that goes on into a facility's or a pass's word is a place's, no person's ("King Khalid
International Airport", "the Suwalki Gap", "the Lachin Corridor"): name_words.yaml not_names, checked on the
span the NER's name is extended to as well (name_spans.py)."""

from __future__ import annotations

from dateline.article import Article


def _persons(extractor, text: str) -> set[str]:
    record = extractor.extract(Article(text=text, id="t", published="2026-09-15"))
    return {a.name for a in record.actors if a.kind == "person"}


def test_an_airport_named_after_a_king_is_no_person(extractor):
    found = _persons(extractor, "RIYADH, Sept 15 (SPA) - Upon his arrival at King Khalid International Airport on "
                                "Monday, Ghanaian President John Mahama was received by Deputy Governor of Riyadh "
                                "Region Prince Mohammed bin Abdulrahman.")
    assert not any("Airport" in name for name in found)
    assert "John Mahama" in found


def test_a_pass_in_a_headline_is_no_person(extractor):
    found = _persons(extractor, "Polish, Lithuanian presidents discuss Suwałki Gap security in Vilnius\n\n"
                                "Polish President Karol Nawrocki met with his Lithuanian counterpart Gitanas Nauseda in Vilnius on Thursday.")
    assert not any("Gap" in name or "Suwałki" in name for name in found)
    assert {"Karol Nawrocki", "Gitanas Nauseda"} <= found
