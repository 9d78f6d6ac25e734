"""A pronoun stands for no one told as of the other sex: 'her visit' is not the man named last when he is
told as "Mr X" or by a man's title, 'his' not a woman told as "Mrs X", "Ms X" or "Queen X"
(coref_pronouns.py; people_coref.yaml female_/male_ styles and title words). A person told by neither fits
either pronoun."""

from __future__ import annotations

from dateline.article import Article


def _said(record, text: str, word: str) -> str | None:
    """The person whose mentions hold the first ``word`` told after the first sentence."""
    at = text.index(word, text.index(". ") + 2)
    for actor in record.actors:
        if actor.kind == "person" and any(s == at for s, _ in actor.mentions):
            return actor.name
    return None


def test_her_visit_is_not_the_man_told_as_mr(extractor):
    text = ("NAIROBI, March 10 (KNA) - Kenyan President William Ruto on Tuesday received Japanese Foreign Minister "
            "Yoko Kamikawa at State House. Mr Ruto praised her visit, the first by a Japanese foreign minister in a "
            "decade. Mrs Kamikawa is also due to visit Tanzania.")
    record = extractor.extract(Article(text=text, id="t", published="2026-03-10"))
    assert _said(record, text, "her") == "Yoko Kamikawa"
    visit = next(e for e in record.events if e.kind == "visit" and e.status == "occurred")
    names = {a.id: a.name for a in record.actors}
    assert [names[a] for a in visit.source if names.get(a) in {"Yoko Kamikawa", "William Ruto"}] == ["Yoko Kamikawa"]


def test_his_is_not_the_woman_told_by_her_title(extractor):
    text = ("AMSTERDAM, March 10 (ANP) - Queen Maxima of the Netherlands on Tuesday received Ghanaian President John "
            "Mahama at the Royal Palace. The Queen praised his visit and the two discussed microfinance.")
    record = extractor.extract(Article(text=text, id="t", published="2026-03-10"))
    assert _said(record, text, "his") == "John Mahama"


def test_a_person_told_as_neither_still_takes_the_pronoun(extractor):
    text = ("NAIROBI, March 10 (KNA) - Kenyan President William Ruto on Tuesday received Japanese Foreign Minister "
            "Yoko Kamikawa at State House. Ruto said his talks with Kamikawa covered trade.")
    record = extractor.extract(Article(text=text, id="t", published="2026-03-10"))
    assert _said(record, text, "his") == "William Ruto"
