"""Language identification on short news paragraphs: py3langid against lingua, and the old ratios.

    .venv/bin/python bench/language_id.py               # every detector, 20 timing rounds
    .venv/bin/python bench/language_id.py --rounds 3 --only py3langid

The paragraphs are ``tests/fixtures/language/paragraphs.tsv``: 1-3 sentences each, written for
Dateline, in English, Russian, Kazakh, Uzbek (Latin and Cyrillic), Azerbaijani, Ukrainian,
Turkish, French, Spanish, German, Arabic and Chinese, plus mixed ones (a Russian paragraph
quoting English, an English one quoting Russian). Each detector runs in a fresh process, so its
memory is its own: the resident memory the model adds (after loading and classifying
everything) and the time to load it. Two scores per detector:

Detectors: ``dateline`` is :func:`dateline.ingest.language.detect_language` (py3langid on the
text without its quotations); ``py3langid`` and ``lingua-*`` the bare libraries (lingua with
every language, high and low accuracy mode, models preloaded); ``stopword-ratios`` the
stop-word shares and script test Dateline used before (``bench/stopword_ratios.py``).

* ``exact``: the language code is the paragraph's (Uzbek in either script is ``uz``; a mixed
  paragraph is its main language);
* ``decision``: what ingestion does with it, ``en``, ``ru`` or ``other`` (skipped) is right;
  ``other_as_ru`` counts the paragraphs of another language that would be read as Russian,
  the costly mistake (a Ukrainian or Kazakh report fed to the Russian pipeline).

Prints a table; writes bench/results/language_id.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import benchlib as B

PARAGRAPHS = B.REPO / "tests" / "fixtures" / "language" / "paragraphs.tsv"
DETECTORS = ("dateline", "py3langid", "lingua-high", "lingua-low", "stopword-ratios")


@dataclass(frozen=True)
class Paragraph:
    label: str
    decision: str
    text: str

    @property
    def code(self) -> str:
        """The expected ISO 639-1 code: the main language of a mixed paragraph."""
        return self.label.split("-")[-1] if self.label.startswith("mixed-") else self.label.split("-")[0]


def paragraphs(path: Path = PARAGRAPHS) -> list[Paragraph]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, decision, text = line.split("\t")
            out.append(Paragraph(label, decision, text))
    return out


def _rss() -> int:
    """Resident memory of this process now, in bytes."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize()


def load(name: str) -> Callable[[str], str]:
    """A function text -> ISO 639-1 code for the detector ``name``."""
    if name == "py3langid":
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return lambda text: str(ident.classify(text)[0])
    if name.startswith("lingua"):
        from lingua import LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages()
        if name == "lingua-low":
            builder = builder.with_low_accuracy_mode()
        detector = builder.with_preloaded_language_models().build()

        def detect(text: str) -> str:
            lang = detector.detect_language_of(text)
            return lang.iso_code_639_1.name.lower() if lang is not None else "und"
        return detect
    if name == "dateline":  # py3langid on the main text (quotations left out)
        from dateline.ingest.language import detect_language, load_language_model

        load_language_model()
        return lambda text: detect_language(text).code
    if name == "stopword-ratios":  # what Dateline used before: stop-word shares and scripts
        from stopword_ratios import guess_language

        return lambda text: guess_language(text)[0]
    raise SystemExit(f"unknown detector {name!r}")


def decision(code: str) -> str:
    """What ingestion does: English (an unknown language is read as English), Russian, skip."""
    return "en" if code == "und" else code if code in ("en", "ru") else "other"


def measure(name: str, rounds: int) -> dict[str, Any]:
    """One detector, in this process: scores, time per paragraph, load time, memory."""
    items = paragraphs()
    before = _rss()
    t0 = time.perf_counter()
    detect = load(name)
    load_s = time.perf_counter() - t0
    got = [detect(p.text) for p in items]  # first pass: lazy loading happens here
    t1 = time.perf_counter()
    for _ in range(rounds):
        for p in items:
            detect(p.text)
    per_ms = (time.perf_counter() - t1) / (rounds * len(items)) * 1000
    wrong = [{"label": p.label, "got": g, "text": p.text[:60]}
             for p, g in zip(items, got, strict=True) if decision(g) != p.decision or g != p.code]
    by_label: dict[str, list[int]] = {}
    for p, g in zip(items, got, strict=True):
        by_label.setdefault(p.label, [0, 0])
        by_label[p.label][0] += g == p.code
        by_label[p.label][1] += 1
    return {
        "detector": name, "paragraphs": len(items),
        "exact": round(sum(g == p.code for p, g in zip(items, got, strict=True)) / len(items), 3),
        "decision": round(sum(decision(g) == p.decision for p, g in zip(items, got, strict=True))
                          / len(items), 3),
        "other_as_ru": sum(p.decision == "other" and g == "ru" for p, g in zip(items, got, strict=True)),
        "ru_missed": sum(p.decision == "ru" and g != "ru" for p, g in zip(items, got, strict=True)),
        "ms_per_paragraph": round(per_ms, 3), "load_s": round(load_s, 2),
        "memory_mb": round((_rss() - before) / 2**20, 1),
        "by_label": {k: f"{v[0]}/{v[1]}" for k, v in by_label.items()}, "wrong": wrong,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20, help="timing rounds over all paragraphs")
    parser.add_argument("--only", choices=DETECTORS, action="append", help="run only these")
    parser.add_argument("--one", choices=DETECTORS, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.rounds), ensure_ascii=False))
        return
    before = os.getloadavg()
    results = []
    for name in args.only or DETECTORS:
        run = subprocess.run([sys.executable, __file__, "--one", name, "--rounds", str(args.rounds)],
                             capture_output=True, text=True, check=True)
        results.append(json.loads(run.stdout))
    rows = [(r["detector"], r["exact"], r["decision"], r["other_as_ru"], r["ru_missed"],
             r["ms_per_paragraph"], r["load_s"], r["memory_mb"]) for r in results]
    print(B.table(["detector", "exact", "decision", "other->ru", "ru missed", "ms/paragraph",
                   "load s", "memory MB"], rows))
    for r in results:
        for w in r["wrong"]:
            print(f"  {r['detector']}: {w['label']} -> {w['got']}: {w['text']}")
    if note := B.load_note(before):
        print(note)
    path = B.write_results("language_id", {"machine": B.machine(), "rounds": args.rounds,
                                           "results": results})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
