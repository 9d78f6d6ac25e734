"""Light extractors for engine tests (importable by worker processes, which copy sys.path).

``EchoExtractor`` records each article's length and the process that extracted it, without
spaCy; an article whose text starts with ``CRASH`` kills the worker process.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from dateline.article import Article, FailedDocument
from dateline.record import Record


class EchoExtractor:
    n_process = 1

    def __init__(self) -> None:
        self.timings: dict[str, float] | None = {}
        self.seen = 0

    @property
    def nlp(self) -> None:
        return None

    def extract_many(self, documents: Iterable[Article | FailedDocument]
                     ) -> Iterator[tuple[Article | FailedDocument, Record]]:
        for index, doc in enumerate(documents):
            if isinstance(doc, FailedDocument):
                yield doc, Record.failed(doc.id, doc.error, url=doc.url, source=doc.source)
                continue
            if doc.text.startswith("CRASH"):
                os._exit(3)
            if doc.id is None:
                doc.id = f"n{index}"
            self.seen += 1
            assert self.timings is not None
            self.timings["echo"] = self.timings.get("echo", 0.0) + 1.0
            yield doc, Record(id=doc.id, url=doc.url, title=f"{len(doc.text)}|{os.getpid()}")


def pid_of(record: Record) -> int:
    assert record.title is not None
    return int(record.title.split("|")[1])
