"""Meetings and calls on WikiEvents (KAIROS ontology): recall of gold Contact.* events.

Run from the repository root::

    .venv/bin/python bench/wikievents_eval.py           # dev + test, 40 documents
    .venv/bin/python bench/wikievents_eval.py --text    # also print the sentences of errors

Each document is rebuilt from its tokens at their recorded character offsets (so the gold
offsets index the rebuilt text) and extracted with ``dateline.extract_text`` (no publication
date: WikiEvents gives none). A gold Contact.* event is recalled when Dateline emits a
meeting, call, visit or multilateral event whose trigger or sentence overlaps the gold
trigger's sentence ("sentence" match); the "trigger" match asks for overlapping triggers.
Precision: each such Dateline event is correct when it matches (same rule) a gold Contact.* or
Movement.* event, counted in the documents that have a gold Contact.* event and in all 40.

Contact.Contact.Meet and .Correspondence are what Dateline is built for; Broadcast (statements),
RequestCommand, ThreatenCoerce and Unspecified (mostly "said") are reported for information.

Writes ``bench/results/wikievents_eval.json`` (ids, offsets, labels and numbers: no text).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
FOLDER = SHARED / "data" / "wikievents_kairos"
RESULTS = ROOT / "bench" / "results" / "wikievents_eval.json"

from dateline.evaluate.plover import (  # noqa: E402
    WikiDoc,
    load_wikievents,
    pred_events,
    score_wikievents,
)

TARGET = ("Contact.Contact.Meet", "Contact.Contact.Correspondence", "Contact.RequestCommand.Meet",
          "Contact.RequestCommand.Correspondence")


def _sentence(doc: WikiDoc, span: list[int]) -> str:
    for start, end in doc.sentences:
        if start <= span[0] < end:
            return doc.text[start:end]
    return ""


def _print(result: dict[str, Any], docs: dict[str, WikiDoc], show_text: bool) -> None:
    print(f"WikiEvents dev+test: {result['documents']} documents, "
          f"{result['documents_with_contact']} with a gold Contact.* event ({result['seconds']:.1f} s)\n")
    for how in ("sentence", "trigger"):
        r = result[how]
        print(f"match = {how}")
        print(f"  {'gold subtype':<42}{'recall':>8}")
        for subtype, m in r["recall_by_subtype"].items():
            mark = "*" if subtype in TARGET else " "
            print(f" {mark}{subtype:<42}{m['accuracy']:>8.3f}  ({m['correct']}/{m['total']})")
        t = r["recall_target"]
        print(f"  {'Meet + Correspondence (*)':<42}{t['accuracy']:>8.3f}  ({t['correct']}/{t['total']})")
        for label, key in (("docs with Contact.*", "precision_contact_docs"), ("all docs", "precision")):
            p = r[key]["precision"]
            print(f"  precision of meeting/call/visit/multilateral vs gold Contact/Movement ({label}): "
                  f"{p['precision']:.3f} ({p['correct']}/{p['predicted']})")
        print()
    print(f"Dateline event kinds emitted (all docs): {result['sentence']['precision']['predicted_kinds']}")
    errors = result["sentence"]["precision"]["errors"]
    print(f"\nErrors, sentence match ({len(errors)}):")
    for e in errors:
        if "gold" in e:
            print(f"  {e['doc']:<34} missed {e['gold']:<38} trigger {e['trigger']}  "
                  f"(doc has: {', '.join(e['predicted_in_doc']) or '-'})")
        else:
            print(f"  {e['doc']:<34} spurious {e['predicted']}:{e['type']:<28} trigger {e['trigger']}")
        if show_text:
            doc = docs[e["doc"]]
            print(f"      [{doc.text[e['trigger'][0]:e['trigger'][1]]}] "
                  f"{' '.join(_sentence(doc, e['trigger']).split())}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text", action="store_true", help="print the sentences of errors")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if not (FOLDER / "dev.jsonl").is_file():
        print(f"wikievents_eval: {FOLDER} not found (set DATELINE_SHARED)", file=sys.stderr)
        return 2

    from dateline import extract_text

    docs = load_wikievents(FOLDER)
    started = time.perf_counter()
    predictions = {d.id: pred_events(extract_text(d.text, id=d.id)) for d in docs}
    seconds = time.perf_counter() - started
    contact_docs = frozenset(d.id for d in docs if any(e.type.startswith("Contact.") for e in d.events))
    result: dict[str, Any] = {
        "dataset": "WikiEvents dev+test (raspberryice/gen-arg 16d8f908)",
        "documents": len(docs), "documents_with_contact": len(contact_docs),
        "gold_events": {t: sum(e.type == t for d in docs for e in d.events)
                        for t in sorted({e.type for d in docs for e in d.events
                                         if e.type.startswith(("Contact.", "Movement."))})},
        "seconds": round(seconds, 2),
    }
    for how in ("sentence", "trigger"):
        everywhere = score_wikievents(docs, predictions, how=how)
        in_contact = score_wikievents(docs, predictions, how=how, precision_docs=contact_docs)
        hit = sum(a.correct for t, a in everywhere.recall.items() if t in TARGET)
        total = sum(a.total for t, a in everywhere.recall.items() if t in TARGET)
        full = everywhere.to_dict()
        result[how] = {
            "recall_by_subtype": full["recall_by_subtype"],
            "recall_target": {"correct": hit, "total": total,
                              "accuracy": round(hit / total, 4) if total else 0.0},
            "precision_contact_docs": {"precision": in_contact.to_dict()["precision"]},
            "precision": {"precision": full["precision"], "predicted_kinds": full["predicted_kinds"],
                          "errors": full["errors"]},
        }
    _print(result, {d.id: d for d in docs}, args.text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
