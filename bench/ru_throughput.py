"""Throughput of the Russian path beside bare Natasha on the same texts.

    .venv/bin/python bench/ru_throughput.py                                  # evaluate/data/ru_dev
    .venv/bin/python bench/ru_throughput.py --texts DIR --repeat 3

Bare Natasha is what the path cannot do without: segmenter, news morphology, syntax and NER
taggers over each text (``dateline.extract.russian.nlp.parse`` minus nothing of ours). The path is
``Extractor.extract`` on the same texts as Articles (language dispatch, dateline, actors, times,
events, frame, record). Both run in this process after a warm-up text, ``--repeat`` times over
the texts; the table gives documents and characters per second and the ratio.

Texts: ``*.txt`` files of ``--texts`` (default ``evaluate/data/ru_dev/articles`` when it is there,
else the sentences of ``bench/data/natasha_probe.yaml``). Writes bench/results/ru_throughput.json.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import benchlib as B
import yaml

RU_DEV = B.REPO / "evaluate" / "data" / "ru_dev" / "articles"
PROBE = Path(__file__).resolve().parent / "data" / "natasha_probe.yaml"


def texts_of(folder: Path | None) -> list[str]:
    if folder is not None and folder.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return [case["text"] for case in yaml.safe_load(PROBE.read_text(encoding="utf-8"))]


def bare_natasha(texts: list[str]) -> float:
    from natasha import Doc

    from dateline.extract.russian.nlp import load_natasha

    models = load_natasha()
    start = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(models.segmenter)
        doc.tag_morph(models.morph)
        doc.parse_syntax(models.syntax)
        doc.tag_ner(models.ner)
    return time.perf_counter() - start


def russian_path(texts: list[str]) -> float:
    from dateline.article import Article
    from dateline.extract.pipeline import Extractor

    extractor = Extractor()
    start = time.perf_counter()
    for i, text in enumerate(texts):
        record = extractor.extract(Article(text=text, id=str(i)))
        if record.error is not None:
            raise SystemExit(f"text {i} failed: {record.error.message}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=RU_DEV if RU_DEV.is_dir() else None)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    texts = texts_of(args.texts) * args.repeat
    chars = sum(len(t) for t in texts)
    bare_natasha(texts[:1])
    russian_path(texts[:1])  # warm-up: models and lexicons loaded
    bare = bare_natasha(texts)
    path = russian_path(texts)
    rows: list[list[Any]] = [
        ["bare Natasha (segment, morph, syntax, NER)", len(texts), f"{bare:.2f}",
         f"{B.rate(len(texts), bare):.1f}", f"{B.rate(chars, bare):,.0f}"],
        ["Russian path (Extractor, records)", len(texts), f"{path:.2f}",
         f"{B.rate(len(texts), path):.1f}", f"{B.rate(chars, path):,.0f}"],
    ]
    print(B.table(["run", "docs", "seconds", "docs/s", "chars/s"], rows))
    ratio = bare / path if path else 0.0
    print(f"Russian path at {ratio:.2f}x bare Natasha")
    out = B.write_results("ru_throughput", {
        "texts": str(args.texts) if args.texts else "bench/data/natasha_probe.yaml",
        "documents": len(texts), "characters": chars, "bare_natasha_seconds": round(bare, 3),
        "russian_path_seconds": round(path, 3), "ratio": round(ratio, 3), **B.machine()})
    print(f"wrote {out.relative_to(B.REPO)}")


if __name__ == "__main__":
    main()
