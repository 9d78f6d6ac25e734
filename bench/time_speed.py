"""Cost of the time stage against the spaCy parse it rides on.

    .venv/bin/python bench/time_speed.py [--articles 200]

Parses the first N articles of ../shared/data/news_raw_bench/news_raw_bench.jsonl with
en_core_web_sm (one process), then times ``find_times_in_doc`` over the parsed docs (the
tense of each clause is read from the parse; once rebuilding ``doc.text``, once with the
article text passed in as the pipeline can) and ``find_times`` over the raw texts. Prints
the ratio to the parse time and writes bench/results/time_speed.json. The budget is 10 % of
the parse; the aim is < 0.5 ms per 100 words.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from dateline.extract.time import find_times, find_times_in_doc
from dateline.extract.time.grammar import master

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news_raw_bench"
OUT = Path(__file__).resolve().parent / "results" / "time_speed.json"


def _reference(article: dict) -> date:
    value = (article.get("date") or "")[:10]
    try:
        return date.fromisoformat(value)
    except ValueError:
        return date(2024, 4, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats (best is kept)")
    args = parser.parse_args()
    path = DATA / "news_raw_bench.jsonl"
    if not path.exists():
        print(f"no data at {path}", file=sys.stderr)
        return 1
    with path.open(encoding="utf-8") as fh:
        articles = [json.loads(line) for _, line in zip(range(args.articles), fh, strict=False)]
    words = sum(len(a["text"].split()) for a in articles)
    refs = [_reference(a) for a in articles]

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from time_eval import load_model

    nlp = load_model()
    master()  # compile the grammar outside the timings
    t0 = time.perf_counter()
    docs = list(nlp.pipe((a["text"] for a in articles), batch_size=32))
    parse = time.perf_counter() - t0

    def best(fn) -> float:  # noqa: ANN001
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return min(times)

    in_doc = best(lambda: [find_times_in_doc(d, r) for d, r in zip(docs, refs, strict=True)])
    in_doc_text = best(lambda: [find_times_in_doc(d, r, text=a["text"])
                                for d, r, a in zip(docs, refs, articles, strict=True)])
    in_text = best(lambda: [find_times(a["text"], r) for a, r in zip(articles, refs, strict=True)])
    mentions = sum(len(find_times_in_doc(d, r)) for d, r in zip(docs, refs, strict=True))
    result = {
        "articles": len(articles), "words": words, "mentions": mentions,
        "parse_seconds": round(parse, 3), "parse_words_per_second": round(words / parse),
        "find_times_in_doc_seconds": round(in_doc, 4), "find_times_seconds": round(in_text, 4),
        "find_times_in_doc_text_given_seconds": round(in_doc_text, 4),
        "ratio_in_doc_to_parse": round(in_doc / parse, 4),
        "ratio_in_doc_text_given_to_parse": round(in_doc_text / parse, 4),
        "ratio_text_to_parse": round(in_text / parse, 4),
        "ms_per_100_words_in_doc": round(in_doc / words * 1e5, 3),
        "ms_per_100_words_text": round(in_text / words * 1e5, 3),
        "ms_per_100_words_in_doc_text_given": round(in_doc_text / words * 1e5, 3),
    }
    print(f"{len(articles)} articles, {words} words, {mentions} time mentions")
    print(f"spaCy parse          {parse:8.2f} s   ({result['parse_words_per_second']} words/s)")
    print(f"find_times_in_doc    {in_doc:8.3f} s   {result['ms_per_100_words_in_doc']:.3f} ms/100 words"
          f"   ratio to parse {result['ratio_in_doc_to_parse']:.2%}")
    print(f"  ... text= given    {in_doc_text:8.3f} s   {result['ms_per_100_words_in_doc_text_given']:.3f}"
          f" ms/100 words   ratio to parse {result['ratio_in_doc_text_given_to_parse']:.2%}")
    print(f"find_times (text)    {in_text:8.3f} s   {result['ms_per_100_words_text']:.3f} ms/100 words"
          f"   ratio to parse {result['ratio_text_to_parse']:.2%}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
