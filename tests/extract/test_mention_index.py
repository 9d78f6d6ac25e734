"""Look-ups by offset (DocState.mentions_starting, covered; syntax.span_ents, entity_at) answer
what a pass over every mention or entity answers, in the same order (issue 15, defect 6)."""

from __future__ import annotations

import random

from dateline.article import Article
from dateline.extract.document import DocState, Mention, MentionList
from dateline.extract.syntax import doc_ents, doc_text, entity_at, span_ents

KINDS = ["name", "surname", "title", "pronoun", "country", "relational", "delegation"]
COVERING = frozenset({"name", "surname", "title", "relational"})


def _state() -> DocState:
    return DocState(article=Article(text="x", id="t"), text="x")


def test_look_ups_by_offset_equal_a_pass_over_every_mention() -> None:
    rng = random.Random(15)
    state = _state()
    assert isinstance(state.mentions, MentionList)
    for round_ in range(300):
        start = rng.randrange(5_000)
        length = rng.choice([1, 3, 8, 20, 60]) if round_ % 50 else 900  # a few very long ones
        state.mentions.append(Mention(start, start + length, f"a{rng.randrange(40)}",
                                      rng.choice(KINDS)))
        if round_ % 97 == 0:
            state.mentions.sort(key=lambda m: (m.start, m.end))
        lo = rng.randrange(5_000)
        hi = lo + rng.choice([0, 5, 100, 2_000])
        assert state.mentions_starting(lo, hi) == [m for m in state.mentions
                                                   if lo <= m.start < hi]
        end = lo + rng.choice([1, 4, 10])
        assert state.covered(lo, end, COVERING) == any(
            m.start <= lo and end <= m.end and m.kind in COVERING for m in state.mentions)


def test_a_plain_list_of_mentions_is_read_the_same_way() -> None:
    state = _state()
    state.mentions = [Mention(10, 20, "a1", "name"), Mention(0, 5, "a2", "title")]
    assert state.mentions_starting(0, 11) == state.mentions
    assert state.covered(12, 15, COVERING) and not state.covered(4, 6, COVERING)


def test_entities_by_bisection_equal_spacys(extractor) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp(
        "ASTANA, June 3. Kazakh Foreign Minister Murat Nurtleu met the Secretary General of the "
        "Organization of Turkic States, Kubanychbek Omuraliev, in Astana on Tuesday. They "
        "discussed the summit in Budapest. Hungarian Prime Minister Viktor Orban will attend.")
    assert doc_text(doc) == doc.text and doc_ents(doc) == tuple(doc.ents)
    for i in range(len(doc)):
        assert entity_at(doc, i) == next((e for e in doc.ents if e.start <= i < e.end), None)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert span_ents(doc[start:end]) == list(doc[start:end].ents)
