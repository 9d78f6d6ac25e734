"""The coreference stage costs time in about proportion to the document (issue 15, defect 6).

Reports end to end (``report`` of ``test_length_scaling``), each followed by a body's spokesman
with no state of his own and "the minister" told again, so persons, titles and mentions grow with
the text. One parse gives the Docs of 40 and of 160 reports; the coref stage alone runs on both,
timed in CPU seconds. In session 18 ``bench/length.py`` found the stage growing about 9 times for 4
times the text (250 KB -> 1 MB: 0.29 -> 2.71 CPU s): the candidate named last was found by reading
every mention of the document (``most_recent``), a traveller's sentence likewise, a spokesman's
body by reading every token before him, and each title phrase re-read every person's post. Here:
9.9 times before, 5.9 after.
"""

from __future__ import annotations

from cpu_timing import cpu_seconds
from spacy.tokens import Doc
from test_length_scaling import STATES, _name, report

from dateline.article import Article
from dateline.extract.document import DocState
from dateline.extract.stages import PARSE, registry
from dateline.gazetteer import translit_key


def _report(n: int) -> str:
    (_, guest_adj, _), (host, host_adj, _) = STATES[n % 6], STATES[(n + 1) % 6]
    return (report(n) + f"The {host_adj} Security Council met on Monday. A spokesman for the "
            f"Council, {_name((7 * n + 11) % 1700)}, said the talks with the {guest_adj} minister "
            f"were useful. The minister is expected to travel to {host} again.\n\n")


def _coref(doc: Doc) -> float:
    stages = list(registry())
    names = [s.name for s in stages]
    cut, coref = names.index(PARSE), names.index("coref")
    state = DocState(article=Article(text=doc.text, id="long"), text=doc.text)
    for stage in stages[:cut]:
        assert stage.run is not None
        stage.run(state)
    state.doc = doc
    translit_key.cache_clear()
    for stage in stages[cut + 1:coref]:
        assert stage.run is not None
        stage.run(state)
    run = stages[coref].run
    assert run is not None
    return cpu_seconds(lambda: run(state))[0]


def test_four_times_the_reports_cost_the_coref_stage_about_four_times(extractor) -> None:  # type: ignore[no-untyped-def]
    parsed = list(extractor.nlp.pipe([_report(n) for n in range(160)]))
    small, big = Doc.from_docs(parsed[:40]), Doc.from_docs(parsed)
    _coref(small)  # lexicons and caches loaded before timing
    t_small = min(_coref(small) for _ in range(2))
    t_big = min(_coref(big) for _ in range(2))
    print(f"coref stage: {t_small:.3f} s for 40 reports, {t_big:.3f} s for 160")
    assert t_big / t_small < 7.5, (t_small, t_big)
