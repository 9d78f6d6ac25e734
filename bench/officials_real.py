"""Officials on real news: persons, titles and countries against the hand-annotated VOA set.

Run from the repository root::

    .venv/bin/python bench/officials_real.py

Reads the annotations (``evaluate/data/officials_gmb.jsonl``) and the sentences they point to
(``../shared/data/news_raw_bench/gmb_voa_sentences.txt``; set ``DATELINE_SHARED`` to use
another shared checkout), runs ``dateline.extract_text`` on each sentence, prints the scores
and every error, and writes ``bench/results/officials_real.json`` (offsets, names and labels
only: no sentence text).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results" / "officials_real.json"


def _fail(message: str) -> int:
    print(f"officials_real: {message}", file=sys.stderr)
    return 2


def _label(view: dict[str, Any] | None) -> str:
    if view is None:
        return "-"
    return f"{view['name']!r} title={view['title']!r} country={view['country']!r}"


def _print_report(result: dict[str, Any], seconds: float, failed: int) -> None:
    rows = [("persons", result["persons"]), ("officials", result["officials"])]
    print(f"Officials on real news: {result['sentences']} VOA sentences, "
          f"{result['gold_persons']} gold persons, {result['gold_officials']} officials "
          f"({seconds:.1f} s, {failed} extraction failures)\n")
    print(f"{'':<12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, m in rows:
        print(f"{name:<12}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
              f"{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}")
    print()
    for key, label in [("title_accuracy", "title accuracy (strict)"),
                       ("title_accuracy_lenient", "title accuracy (lenient)"),
                       ("country_accuracy", "country accuracy (officials)"),
                       ("country_accuracy_persons", "country accuracy (all persons)")]:
        m = result[key]
        print(f"{label:<32}{m['accuracy']:>7.3f}  ({m['correct']}/{m['total']})")
    print(f"\nErrors ({len(result['errors'])}):")
    for e in result["errors"]:
        print(f"  line {e['line']:>5}  {e['error']:<28} gold {_label(e['gold'])}"
              f"  |  predicted {_label(e['predicted'])}")


def main() -> int:
    try:
        from dateline import extract_text
    except ImportError as exc:
        return _fail(f"dateline.extract_text is not available yet ({exc}); "
                     "the scorer can still be tested with tests/evaluate/test_officials.py")
    from dateline.evaluate.officials import SENTENCES_FILE, load_officials_set, score_officials

    if not (SHARED / SENTENCES_FILE).exists():
        return _fail(f"{SHARED / SENTENCES_FILE} not found (set DATELINE_SHARED)")
    gold = load_officials_set(SHARED)
    predicted, failed = [], 0
    start = time.perf_counter()
    for sentence in gold:
        try:
            record = extract_text(sentence.text)
        except (ImportError, NotImplementedError) as exc:
            return _fail(f"dateline.extract_text cannot run yet: {exc!r}")
        failed += record.error is not None
        predicted.append(record.actors)
    seconds = time.perf_counter() - start
    result = score_officials(gold, predicted)
    _print_report(result, seconds, failed)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    payload = {"benchmark": "officials_real", "seconds": round(seconds, 2),
               "extraction_failures": failed, **result}
    RESULTS.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
