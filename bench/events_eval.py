"""Events, dates and statuses on every annotated corpus of wire-style reports, side by side.

Run from the repository root::

    .venv/bin/python bench/events_eval.py            # all sets
    .venv/bin/python bench/events_eval.py blind      # one set

The sets (articles + gold in the demo format, ``examples/demo/GUIDE.md``):

- ``demo``: the 48 bundled demo reports; the extractor was developed against them.
- ``heldout``: 24 reports by another author; measured blind once (2026-11-29), then used to
  develop the date rules.
- ``blind``: 24 reports by a third author; measured blind, then used to develop the rules.
- ``final``: 30 reports by a fourth author, never looked at while developing: the number to quote.
- ``seed``: the report Dateline was started from (``../shared/seed``, real copy, read at run time).
- ``voa_dev``: 299 passages of real VOA news (``evaluate/data/voa_dev``; text rebuilt at run time
  from ``../shared/data/news_raw_bench``), annotated by helpers that never saw the extractor.
- ``voa_test``: 60 more such passages, the never-read split: measured only when named or with
  ``--with-blind`` (at the start and at the end of a piece of work), never used to develop.
- ``voa_story_dev``: 50 longer VOA windows (15 sentences), annotated like ``voa_dev``, for
  development (read).
- ``voa_story``: 36 longer VOA windows (15 sentences: a story told over many sentences), annotated
  like ``voa_dev``; a check nobody has read, measured only when named or with ``--with-blind``.
- ``voa_story_dev2``: 60 more 15-sentence VOA windows, annotated on 2026-12-05 like
  ``voa_story_dev``; unread during the session that made it (measured with ``--with-blind``, in
  aggregate, at its start and end), a development set after.
- ``voa_story_dev3``, ``voa_story_dev4``: 80 more such windows each (annotated 2026-12-05), the
  same role.
- ``voa_story_dev5``: 60 more such windows (annotated 2026-12-05 in session 9), the same role.
- ``voa_story_dev6``: 60 more such windows (annotated 2026-12-05 in session 10), the same role.
- ``voa_story_dev7``: 60 more such windows (annotated 2026-12-05 in session 11), the same role.
- ``voa_story_dev8``: 28 more such windows (annotated 2026-12-06 in session 12: the VOA extract's
  unused windows are nearly spent), the same role.
- ``news_check``: real full articles chosen from ``../shared/data/news_raw_bench`` (ids in
  ``evaluate/data/news_check/ids.txt``, text read at run time), annotated by a helper that never saw
  the extractor: a never-read check of whole reports (datelines, stories told over paragraphs),
  measured only when named or with ``--with-blind``.
- ``agency_dev``: fictional English reports written in the house styles of real news agencies
  (Trend, Kazinform, KUNA, WAM, Xinhua, Kyodo, ENA, Prensa Latina, ...) with their datelines, boilerplate,
  title chains and stories told over paragraphs (``evaluate/data/agency_dev``, 2026-12-06, session 13),
  written and annotated by two helpers that never saw the extractor; a development set (read).
- ``agency_test``: the other half of those reports, the never-read split: measured only when named or
  with ``--with-blind``.
- ``agency_test2``: 40 more such reports by two other blind annotators in other agencies' styles
  (2026-12-06, session 14), all never read: measured only when named or with ``--with-blind``.
- ``agency_test3``: 40 more by two further blind annotators in fourteen other agencies' styles each
  (2026-12-06, session 15), all never read: measured only when named or with ``--with-blind``.
- ``agency_test4``: 40 more by two further blind annotators (2026-12-06, session 19), written with the
  phenomena of real wire copy the extractor scored worst on; all never read: measured only when named
  or with ``--with-blind``.
- ``agency_test5``: 40 more by two further blind annotators (2026-12-07, session 25), in the house
  styles of the region's, Gulf, Turkish, Iranian, Asian, African and Latin American agencies, as messy
  as real copy; all never read: measured only when named or with ``--with-blind``.
- ``agency_train``: 80 more such reports by four further blind annotators (2026-12-06, session 16),
  annotated with care for the persons of each event: the training set of the learned persons-of-event
  decision and a development set (read).
- ``wire_dev``: real single sentences of wire copy (AP, AFP, Xinhua, ...) from
  ``../shared/data/event_location_halterman`` that carry an engagement cue, most of them telling no
  engagement between states (position and task hash in ``evaluate/data/wire_dev/sentences.tsv``, text
  read at run time), annotated on 2026-12-07 (session 21) by a helper that never saw the extractor; a
  development set (odd ids read, even ids the guard).
- ``wire_test``: every third such sentence, the never-read split: measured only when named or with
  ``--with-blind``.
- ``ru_dev``: 30 fictional Russian-language reports in the style of the region's agencies
  (``evaluate/data/ru_dev``), written and annotated by a helper that never saw the extractor.
- ``ru_dev2``: 30 longer Russian reports written closer to real agency copy (2026-12-05, session 9),
  for development (odd-numbered reports read, even-numbered the check in the session that made it).
- ``ru_test``: 16 more such reports, the never-read split: like ``voa_test``, measured only when
  named or with ``--with-blind``.
- ``ru_test2``: 20 more (r121-r140) by a further blind annotator (2026-12-07, session 26), in the
  house styles of the region's agencies and ministries with their boilerplate, short items and
  reports with no engagement; a second never-read split, measured only when named or with
  ``--with-blind``.

Real passages have no publication date, so their dates are scored only where the text states one.

Each set is extracted with the library (``Extractor``) and scored with ``dateline.evaluate``;
the script prints one row per set and writes ``bench/results/events_eval.json``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import machine, table, write_results  # noqa: E402

from dateline.evaluate.demo import evaluate_paths  # noqa: E402
from dateline.evaluate.news_articles import load_articles, load_ids  # noqa: E402
from dateline.evaluate.voa import load_passages, passage_text  # noqa: E402
from dateline.evaluate.wire_sentences import load_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed"
BLIND = ("voa_test", "voa_story", "voa_story_dev2", "voa_story_dev3", "voa_story_dev4", "voa_story_dev5", "voa_story_dev7", "voa_story_dev8", "ru_test", "news_check", "agency_test", "agency_test2", "agency_test3", "agency_test4", "agency_test5", "wire_test", "ru_test2")
SETS = {
    "demo": (ROOT / "examples/demo/gold", [ROOT / "examples/demo/articles", ROOT / "examples/demo/wire.jsonl"]),
    "heldout": (ROOT / "evaluate/data/heldout/gold", [ROOT / "evaluate/data/heldout/articles"]),
    "blind": (ROOT / "evaluate/data/blind/gold", [ROOT / "evaluate/data/blind/articles"]),
    "final": (ROOT / "evaluate/data/final/gold", [ROOT / "evaluate/data/final/articles"]),
    "seed": (SEED, sorted(SEED.glob("*.txt"))),
    "voa_dev": (ROOT / "evaluate/data/voa_dev/gold", []),
    "voa_test": (ROOT / "evaluate/data/voa_test/gold", []),
    "voa_story_dev": (ROOT / "evaluate/data/voa_story_dev/gold", []),
    "voa_story": (ROOT / "evaluate/data/voa_story/gold", []),
    "voa_story_dev2": (ROOT / "evaluate/data/voa_story_dev2/gold", []),
    "voa_story_dev3": (ROOT / "evaluate/data/voa_story_dev3/gold", []),
    "voa_story_dev4": (ROOT / "evaluate/data/voa_story_dev4/gold", []),
    "voa_story_dev5": (ROOT / "evaluate/data/voa_story_dev5/gold", []),
    "voa_story_dev6": (ROOT / "evaluate/data/voa_story_dev6/gold", []),
    "voa_story_dev7": (ROOT / "evaluate/data/voa_story_dev7/gold", []),
    "voa_story_dev8": (ROOT / "evaluate/data/voa_story_dev8/gold", []),
    "news_check": (ROOT / "evaluate/data/news_check/gold", []),
    "wire_dev": (ROOT / "evaluate/data/wire_dev/gold", []),
    "wire_test": (ROOT / "evaluate/data/wire_test/gold", []),
    "agency_dev": (ROOT / "evaluate/data/agency_dev/gold", [ROOT / "evaluate/data/agency_dev/articles.jsonl"]),
    "agency_test": (ROOT / "evaluate/data/agency_test/gold", [ROOT / "evaluate/data/agency_test/articles.jsonl"]),
    "agency_test2": (ROOT / "evaluate/data/agency_test2/gold", [ROOT / "evaluate/data/agency_test2/articles.jsonl"]),
    "agency_test3": (ROOT / "evaluate/data/agency_test3/gold", [ROOT / "evaluate/data/agency_test3/articles.jsonl"]),
    "agency_test4": (ROOT / "evaluate/data/agency_test4/gold", [ROOT / "evaluate/data/agency_test4/articles.jsonl"]),
    "agency_test5": (ROOT / "evaluate/data/agency_test5/gold", [ROOT / "evaluate/data/agency_test5/articles.jsonl"]),
    "agency_train": (ROOT / "evaluate/data/agency_train/gold", [ROOT / "evaluate/data/agency_train/articles.jsonl"]),
    "ru_dev": (ROOT / "evaluate/data/ru_dev/gold", [ROOT / "evaluate/data/ru_dev/articles"]),
    "ru_dev2": (ROOT / "evaluate/data/ru_dev2/gold", [ROOT / "evaluate/data/ru_dev2/articles"]),
    "ru_test": (ROOT / "evaluate/data/ru_test/gold", [ROOT / "evaluate/data/ru_test/articles"]),
    "ru_test2": (ROOT / "evaluate/data/ru_test2/gold", [ROOT / "evaluate/data/ru_test2/articles"]),
}


def _voa_inputs(name: str, folder: Path) -> list[Path]:
    """The passages of a VOA set as one JSON Lines file (no publication date, no dateline)."""
    import json

    path = folder / f"{name}-input.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for passage in load_passages(ROOT / "evaluate" / "data" / name):
            out.write(json.dumps({"id": passage.id, "text": passage_text(passage)}) + "\n")
    return [path]


def _news_inputs(name: str, folder: Path) -> list[Path]:
    """The articles of a full-article set as one JSON Lines file (MEANTIME ones with their date)."""
    import json

    path = folder / f"{name}-input.jsonl"
    articles = load_articles(load_ids(ROOT / "evaluate" / "data" / name))
    path.write_text("".join(json.dumps(a.as_input()) + "\n" for a in articles), encoding="utf-8")
    return [path]


def _wire_inputs(name: str, folder: Path) -> list[Path]:
    """The sentences of a wire-sentence set as one JSON Lines file (no publication date, no dateline)."""
    import json

    path = folder / f"{name}-input.jsonl"
    sentences = load_sentences(ROOT / "evaluate" / "data" / name)
    path.write_text("".join(json.dumps(s.as_input()) + "\n" for s in sentences), encoding="utf-8")
    return [path]


def _extract(sources: list[Path], out: Path) -> None:
    import subprocess

    cli = Path(sys.executable).parent / "dateline"
    done = subprocess.run([str(cli), "extract", *map(str, sources), "-o", str(out)],
                          capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):  # 1: some documents became error records
        raise SystemExit(f"events_eval: extraction failed: {done.stderr.strip()[-300:]}")


def run(names: list[str]) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            gold, sources = SETS[name]
            if not gold.is_dir():
                print(f"events_eval: {name}: no gold at {gold}", file=sys.stderr)
                continue
            out = Path(tmp) / f"{name}.jsonl"
            if name.startswith("voa_"):
                sources = _voa_inputs(name, Path(tmp))
            elif name.startswith("news_"):
                sources = _news_inputs(name, Path(tmp))
            elif name.startswith("wire_"):
                sources = _wire_inputs(name, Path(tmp))
            started = time.perf_counter()
            _extract(sources, out)
            report = evaluate_paths(gold, out).to_dict(details=False)
            events = report["events"]["overall"]
            results[name] = {
                "documents": len(list(gold.glob("*.json"))),
                "gold_events": events["gold"],
                "event_p": events["precision"], "event_r": events["recall"], "event_f1": events["f1"],
                "by_kind_f1": {k: v["f1"] for k, v in report["events"]["by_kind"].items()},
                "date_accuracy": report["events"]["date"]["accuracy"],
                "date_n": report["events"]["date"]["total"],
                "status_accuracy": report["events"]["status"]["accuracy"],
                "start_accuracy": report["events"]["start_date"]["accuracy"],
                "countries_accuracy": report["events"]["countries"]["accuracy"],
                "people_accuracy": report["events"]["persons"]["accuracy"],
                "place_accuracy": report["events"]["place_country"]["accuracy"],
                "place_n": report["events"]["place_country"]["total"],
                "officials_f1": report["officials"]["f1"],
                "title_accuracy": report["officials"]["title"]["accuracy"],
                "country_accuracy": report["officials"]["country"]["accuracy"],
                "dateline_accuracy": report["dateline"]["accuracy"],
                "seconds": round(time.perf_counter() - started, 1),
            }
    return results


def main(argv: list[str]) -> int:
    with_blind = "--with-blind" in argv
    argv = [a for a in argv if a != "--with-blind"]
    names = argv or [n for n in SETS if with_blind or n not in BLIND]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"events_eval: unknown set(s) {unknown}; choose from {list(SETS)}", file=sys.stderr)
        return 2
    results = run(names)
    rows = [[n, r["documents"], r["gold_events"], f"{r['event_p']:.3f}", f"{r['event_r']:.3f}",
             f"{r['event_f1']:.3f}", f"{r['date_accuracy']:.3f}", f"{r['start_accuracy']:.3f}",
             f"{r['status_accuracy']:.3f}", f"{r['countries_accuracy']:.3f}",
             f"{r['people_accuracy']:.3f}",
             f"{r['place_accuracy']:.3f}" if r["place_n"] else "-",
             f"{r['officials_f1']:.3f}", f"{r['title_accuracy']:.3f}", f"{r['country_accuracy']:.3f}"]
            for n, r in results.items()]
    print(table(["set", "docs", "events", "P", "R", "F1", "date", "start", "status", "countries",
                 "people", "place", "officials F1", "title", "country"], rows))
    if set(names) >= set(SETS) - set(BLIND):
        path = write_results("events_eval", {"machine": machine(), "sets": results})
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
