"""The people stage costs time in proportion to the document (issue 15, defect 6).

A long document is many reports end to end, each with officials of its own (``report`` of
``test_length_scaling``), so the actors grow with the text. One parse gives the Docs of 40 and of
160 reports; the people stage alone runs on both, timed in CPU seconds. Before the roster, a
bare surname was matched by a scan of every person found so far, a title phrase read every name
of the document at each token, and an organisation entity every mention: 4 times the text cost
about 7 times as much (``bench/length.py``: 1.4 s at 250 KB, 9.6 s at 1 MB).
"""

from __future__ import annotations

from cpu_timing import cpu_seconds
from spacy.tokens import Doc
from test_length_scaling import report

from dateline.article import Article
from dateline.extract.document import DocState
from dateline.extract.people.actors import run_people
from dateline.extract.stages import run_header
from dateline.gazetteer import translit_key


def _people(doc: Doc) -> tuple[float, DocState]:
    state = DocState(article=Article(text=doc.text, id="long"), text=doc.text)
    run_header(state)
    state.doc = doc
    translit_key.cache_clear()  # names' keys kept from the run before would favour the small text
    seconds, _ = cpu_seconds(lambda: run_people(state))
    return seconds, state


def test_four_times_the_reports_cost_the_people_stage_about_four_times(extractor) -> None:  # type: ignore[no-untyped-def]
    parsed = list(extractor.nlp.pipe([report(n) for n in range(160)]))
    small, big = Doc.from_docs(parsed[:40]), Doc.from_docs(parsed)
    _people(small)  # lexicons and caches loaded before timing
    t_small = min(_people(small)[0] for _ in range(2))
    (t_big, state), again = _people(big), _people(big)[0]
    t_big = min(t_big, again)
    persons = [a for a in state.actors if a.kind == "person"]
    assert len(persons) >= 3 * 160 * 0.8  # each report's minister, president and envoy
    print(f"people stage: {t_small:.2f} s for 40 reports, {t_big:.2f} s for 160")
    assert t_big / t_small < 5.5, (t_small, t_big)
