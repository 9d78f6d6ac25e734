"""A single name after a monarch's title is a name even when the NER calls it a nationality
(name_spans.py): "Emir Tamim received King Abdullah II" -- two officials."""

from __future__ import annotations

from dateline.article import Article


def test_a_single_name_read_as_a_nationality_after_a_title(extractor):
    record = extractor.extract(Article(
        text="DOHA, May 3 (QNA) -- Emir Tamim received King Abdullah II at the Amiri Diwan on Saturday. The two "
             "leaders discussed the situation in Gaza.", id="t", published="2025-05-03"))
    persons = {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}
    assert persons == {"Tamim": ("Emir", "QAT"), "Abdullah II": ("King", "JOR")}


def test_a_known_demonym_after_a_title_stays_a_demonym(extractor):
    record = extractor.extract(Article(
        text="ANKARA, May 3 (AA) -- The President Turkish officials had invited, Ali Demir, did not attend.",
        id="t", published="2025-05-03"))
    assert all(a.name != "Turkish" for a in record.actors if a.kind == "person")
