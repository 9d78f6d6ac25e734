"""PLOVER coding on the PLOVER gold-standard records (GSR, PLOVER 0.5b1 mapped to current labels).

Run from the repository root::

    .venv/bin/python bench/plover_eval.py                 # all 322 sentences
    .venv/bin/python bench/plover_eval.py --negatives 80  # a seeded sample of the negatives
    .venv/bin/python bench/plover_eval.py --text          # also print each error's sentence

Positives are the sentences whose gold event is AGREE, CONSULT, SUPPORT or COOPERATE (67);
every other sentence is a negative (all 255 by default). Each sentence is extracted alone with
``dateline.extract_text`` (published = the GSR placeholder date, 2000-01-01). Scores:

- detection: an event of type AGREE/CONSULT/SUPPORT/COOPERATE is emitted (recall per gold type,
  and on the "in scope" subset whose gold event text names a meeting, visit, call, mediation,
  talks or a signed document);
- type accuracy where Dateline emits events: the gold type is among the predicted types / is the
  type of the top-confidence event;
- CONSULT mode accuracy where the gold has a mode (``host`` = ``visit``);
- country recall: gold source/target ISO-3 codes found in the countries of the emitted events;
- false-positive rate on the negatives. GSR codes one event per sentence, so a negative that
  really reports a second, diplomatic event counts as a false positive here: an upper bound.

Writes ``bench/results/plover_eval.json`` (ids, labels and numbers only: no sentence text).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
GSR = SHARED / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
RESULTS = ROOT / "bench" / "results" / "plover_eval.json"

from dateline.evaluate.plover import (  # noqa: E402
    ENGAGEMENT_TYPES,
    load_gsr,
    pred_events,
    score_gsr,
    select_gsr,
)

COLUMNS = (*ENGAGEMENT_TYPES, "none")


def _pred(preds: list[dict[str, Any]]) -> str:
    if not preds:
        return "-"
    return ", ".join(f"{p['kind']}:{p['type']}" + (f"/{p['mode']}" if p["mode"] else "")
                     + (f"[{' '.join(p['countries'])}]" if p["countries"] else "") for p in preds)


def _print(result: dict[str, Any], texts: dict[str, str], show_text: bool) -> None:
    s = result["scores"]
    print(f"PLOVER GSR: {result['positives']} positives, {result['negatives']} negatives "
          f"({result['seconds']:.1f} s)\n")
    rows = [("detection recall (all positives)", s["detection_recall"]["all"]),
            ("detection recall (in-scope subset)", s["detection_recall"]["in_scope"]),
            *((f"  gold {t}", s["detection_recall"][t]) for t in ENGAGEMENT_TYPES
              if t in s["detection_recall"]),
            ("type accuracy: gold among predicted", s["type_accuracy_any"]),
            ("type accuracy: top-confidence event", s["type_accuracy_top"]),
            ("CONSULT mode (CONSULT predicted)", s["consult_mode_accuracy"]),
            ("CONSULT mode (end to end)", s["consult_mode_end_to_end"]),
            ("country recall (gold ISO-3 codes)", s["country_recall_codes"]),
            ("country: all gold codes included", s["country_all_included"])]
    for label, m in rows:
        print(f"{label:<40}{m['accuracy']:>7.3f}  ({m['correct']}/{m['total']})")
    fp = s["false_positive_rate"]["all"]
    prf = s["detection_prf"]
    print(f"{'false-positive rate (negatives)':<40}{fp['rate']:>7.3f}  "
          f"({fp['false_positives']}/{fp['negatives']})")
    print(f"{'detection P / R / F1':<40}{prf['precision']:>7.3f} {prf['recall']:.3f} {prf['f1']:.3f}")
    print("\nFalse positives by gold type: " + ", ".join(
        f"{t} {v['false_positives']}/{v['negatives']}"
        for t, v in s["false_positive_rate"].items() if t != "all" and v["false_positives"]))
    print("\nConfusion: gold type (rows) x top-confidence predicted type")
    print(f"{'':<11}" + "".join(f"{c:>10}" for c in COLUMNS))
    for gold, row in s["confusion_top_type"].items():
        print(f"{gold:<11}" + "".join(f"{row.get(c, 0):>10}" for c in COLUMNS))
    print("\nPredicted kinds by gold type: " + "; ".join(
        f"{g}: " + ", ".join(f"{k} {n}" for k, n in c.items())
        for g, c in result["predicted_kinds_by_gold_type"].items()))
    print(f"\nErrors ({len(s['errors'])}):")
    for e in s["errors"]:
        gold = e["gold"] + (f"/{e['gold_mode']}" if e["gold_mode"] else "")
        extra = f" missing {e['missing']}" if "missing" in e else ""
        scope = "*" if e["in_scope"] else " "
        print(f"  {e['id']:<28}{scope}{e['error']:<18} gold {gold:<20} predicted {_pred(e['predicted'])}"
              f"{extra}")
        if show_text:
            print(f"      {texts[e['id']]}")
    print("  (* = in-scope positive)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--negatives", type=int, default=None,
                        help="sample this many negatives (default: all)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--text", action="store_true", help="print each error's sentence")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if not GSR.is_file():
        print(f"plover_eval: {GSR} not found (set DATELINE_SHARED)", file=sys.stderr)
        return 2

    from dateline import extract_text

    items = load_gsr(GSR)
    pos, neg = select_gsr(items, args.negatives, args.seed)
    started = time.perf_counter()
    predictions = {}
    for item in pos + neg:
        predictions[item.id] = pred_events(extract_text(item.text, published=item.published,
                                                        id=item.id))
    seconds = time.perf_counter() - started
    scores = score_gsr(pos + neg, predictions)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for item in pos + neg:
        kinds[item.type].update(p.kind for p in predictions[item.id])
    result = {
        "dataset": "PLOVER GSR (openeventdata/PLOVER 5e0c24fb), PLOVER 0.5b1 labels mapped",
        "positives": len(pos), "negatives": len(neg),
        "negatives_sampled": args.negatives, "seed": args.seed,
        "in_scope_positives": sorted(i.id for i in pos if i.in_scope),
        "seconds": round(seconds, 2),
        "scores": scores.to_dict(),
        "predicted_kinds_by_gold_type": {g: dict(c.most_common()) for g, c in sorted(kinds.items()) if c},
    }
    _print(result, {i.id: i.text for i in items}, args.text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
