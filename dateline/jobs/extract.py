"""Extract records from inputs and write them as JSON Lines: the library side of
``dateline extract`` (nothing is resolved or stored)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from dateline.ingest.inputs import Inputs
from dateline.jobs.progress import Bar

__all__ = ["ExtractStats", "extract_to"]


@dataclass(slots=True)
class ExtractStats:
    """Records written, and how many of them are error records."""

    documents: int = 0
    failed: int = 0


def extract_to(paths: Iterable[str], out: IO[str], *, jsonl: bool = False,
               batch_size: int = 32, workers: int = 1, progress: bool = False) -> ExtractStats:
    """Read the inputs once, extract each document and write its record to ``out`` (one JSON
    object a line, in input order). A document that cannot be read or processed gets an error
    record and the run goes on.

    ``jsonl`` reads stdin and the files named as JSON Lines; stdin is otherwise one plain-text
    document unless it starts with ``{``.

    ``workers`` > 1 runs the local engine: that many worker processes, each with the whole
    pipeline (model and lexicons loaded once per process), records still in input order.
    """
    from dateline.engine.local import LocalEngine
    from dateline.extract.pipeline import Extractor

    inputs = Inputs(paths, jsonl=jsonl, stdin_text=True)
    extractor = Extractor(batch_size=batch_size)
    runner = LocalEngine(extractor, workers=workers) if workers > 1 else extractor
    stats = ExtractStats()
    with Bar(enabled=progress, total=inputs.expected, dynamic_ncols=True, smoothing=0.1) as bar:
        for _, record in runner.extract_many(inputs):
            out.write(record.to_json())
            out.write("\n")
            stats.documents += 1
            stats.failed += record.error is not None
            bar.update()
    return stats
