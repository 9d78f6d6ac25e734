"""Real wire sentences for development and blind measurement, read from the shared event-location corpus.

``../shared/data/event_location_halterman/labeled_text.jsonl.zip`` (MIT) holds 10,182 news sentences from
wire services (AP, AFP, Xinhua, ...) and Wikipedia, one JSON array of Prodigy records. A set such as
``evaluate/data/wire_dev`` keeps only each chosen sentence's position in that array and its task hash
(``sentences.tsv``: ``id``, ``index``, ``task_hash``, ``text_sha1``) and its gold; the text is read from the
shared file at run time, checked against the record's task hash (or, for the wire records that carry none,
the SHA-1 of the text), and never copied into the repository. The sentences carry no
publication date, so only dates they state absolutely can be resolved, as with the VOA passages.
"""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["WIRE_FILE", "WireSentence", "load_sentences", "read_records"]

WIRE_FILE = (Path(__file__).resolve().parents[3] / "shared" / "data" / "event_location_halterman"
             / "labeled_text.jsonl.zip")
_MEMBER = "labeled_text.jsonl"


@dataclass(frozen=True)
class WireSentence:
    id: str
    text: str

    def as_input(self) -> dict[str, str]:
        """The sentence as one line of ``dateline extract`` JSON Lines input (no date, no dateline)."""
        return {"id": self.id, "text": self.text}


def read_records(path: Path = WIRE_FILE) -> list[dict[str, Any]]:
    """Every record of the corpus in file order: one JSON array, or JSON values a line (arrays flattened)."""
    with zipfile.ZipFile(path) as archive:
        raw = archive.read(_MEMBER).decode("utf-8")
    try:
        values = [json.loads(raw)]
    except json.JSONDecodeError:
        values = [json.loads(line) for line in raw.splitlines() if line.strip()]
    records: list[dict[str, Any]] = []
    for value in values:
        records.extend(value if isinstance(value, list) else [value])
    return records


def load_sentences(folder: Path, path: Path = WIRE_FILE) -> list[WireSentence]:
    """The sentences of one set in the order of its ``sentences.tsv``.

    A position past the corpus's end, or a record whose task hash (or text digest, where the record has
    no hash) is not the one kept, is an error: the set would be scored on other text than its gold was
    written for.
    """
    with (folder / "sentences.tsv").open(encoding="utf-8", newline="") as rows:
        kept = list(csv.DictReader(rows, delimiter="\t"))
    records = read_records(path)
    sentences: list[WireSentence] = []
    for row in kept:
        index = int(row["index"])
        if not 0 <= index < len(records):
            raise KeyError(f"{row['id']}: index {index} is not in {path.name} ({len(records)} records)")
        record = records[index]
        text = str(record["text"])
        if row.get("task_hash"):
            if str(record.get("_task_hash")) != row["task_hash"]:
                raise ValueError(f"{row['id']}: record {index} of {path.name} has task hash "
                                 f"{record.get('_task_hash')}, not {row['task_hash']}")
        elif hashlib.sha1(text.encode("utf-8")).hexdigest() != row.get("text_sha1"):
            raise ValueError(f"{row['id']}: record {index} of {path.name} is not the text kept (SHA-1 differs)")
        sentences.append(WireSentence(row["id"], text))
    return sentences
