"""CPU time of the rule stages alone: the articles parsed once, then the stages after the parse
(people, coref, time, events, assemble) run over the parsed documents ``--rounds`` times.

    .venv/bin/python bench/rule_stages.py --limit 300 --rounds 3

Without the parse (84 % of the time) in the measure, a change to a rule stage shows through the
load of a shared machine. Each round starts from the Docs as the parse left them (the per-Doc
indexes the rules build are built again) and hands them over as the pipeline does (``handover``). Prints the median CPU seconds per stage; writes
bench/results/rule_stages.json.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import benchlib as B


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--output", default="rule_stages")
    args = parser.parse_args()
    from dateline.engine.chunks import prepare_worker
    from dateline.extract.document import DocState
    from dateline.extract.pipeline import Extractor, _phases
    from dateline.extract.syntax import index_sentences, remember_text

    load = os.getloadavg()
    extractor = Extractor()
    prepare_worker(extractor)
    _, post, last = _phases()
    states = [extractor._prepare(article, i) for i, article in enumerate(B.articles(args.limit))]
    for doc, i in extractor._pipe([(s.text, i) for i, s in enumerate(states)]):
        states[i].doc = doc
    fields = ("dateline", "body_start", "published", "published_from", "issued", "doc")
    parsed_data = [dict(s.doc.user_data) for s in states]
    rounds: list[dict[str, float]] = []
    for _ in range(args.rounds + 1):  # the first round warms up
        spent: dict[str, float] = {}
        for parsed, data in zip(states, parsed_data, strict=True):
            doc = parsed.doc  # as the parse left it: the per-Doc indexes of a round are built anew
            doc.user_data.clear()
            doc.user_data.update(data)
            doc.user_hooks.clear()
            doc.user_span_hooks.clear()
            state = DocState(article=parsed.article, text=parsed.text)
            for name in fields:
                setattr(state, name, getattr(parsed, name))
            start = time.process_time()  # handed over as the pipeline hands it
            remember_text(doc, state.text)
            index_sentences(doc)
            spent["handover"] = spent.get("handover", 0.0) + time.process_time() - start
            for stage in [*post, last]:
                start = time.process_time()
                assert stage.run is not None
                stage.run(state)
                spent[stage.name] = spent.get(stage.name, 0.0) + time.process_time() - start
        rounds.append(spent)
    rounds = rounds[1:]
    median = {name: round(statistics.median(r[name] for r in rounds), 3) for name in rounds[0]}
    total = round(statistics.median(sum(r.values()) for r in rounds), 3)
    print(B.table(["stage", "CPU s (median)", "ms/doc"],
                  [[k, v, round(1000 * v / len(states), 2)] for k, v in [*median.items(), ("total", total)]]))
    note = B.load_note(load)
    if note:
        print(note)
    path = B.write_results(args.output, {"documents": len(states), "rounds": args.rounds,
                                         "median_cpu_seconds": median, "total_cpu_seconds": total,
                                         "every_round": rounds, "note": note, **B.machine()})
    print(f"wrote {path.relative_to(B.REPO)}")


if __name__ == "__main__":
    main()
