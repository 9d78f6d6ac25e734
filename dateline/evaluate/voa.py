"""Passages of real news for development and blind measurement: Voice of America sentences.

The GMB extract of VOA news (public domain) in ``../shared/data/news_raw_bench/gmb_voa_sentences.txt``
is one tokenised sentence a line, in story order, with no story boundaries. A passage is a window
of consecutive sentences around engagement cues, detokenised. The repository keeps only each
passage's line range (``evaluate/data/voa_*/passages.tsv``) and its gold; the text is rebuilt from
the shared file at run time and never copied into the repository.

    >>> detokenize('He met Iran \\'s foreign minister , Manouchehr Mottaki , on Tuesday .')
    "He met Iran's foreign minister, Manouchehr Mottaki, on Tuesday."
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Passage", "VOA_FILE", "choose_passages", "detokenize", "load_passages", "passage_text"]

VOA_FILE = (Path(__file__).resolve().parents[3] / "shared" / "data" / "news_raw_bench"
            / "gmb_voa_sentences.txt")

# Sentences that tell of an engagement between states, and stronger ones that make a window worth it.
_CUE = re.compile(r"\b(met|meets|meeting|talks|visit|visits|visited|visiting|summit|signed|sign|"
                  r"agreement|accord|treaty|conference|invited|invitation|telephone|phone|arrived|"
                  r"hosted|forum|envoy|delegation)\b", re.I)
_STRONG = re.compile(r"\b(met with|held talks|holds talks|summit|signed|state visit|official visit|"
                     r"foreign minister|prime minister|president)\b", re.I)


@dataclass(frozen=True)
class Passage:
    id: str
    first: int  # 1-based line numbers in the VOA file, inclusive
    last: int


def detokenize(line: str) -> str:
    """Undo the corpus tokenisation: spaces before punctuation, split clitics and quotes."""
    text = " " + line.strip() + " "
    text = re.sub(r" (['’](?:s|re|ve|ll|d|m)|n't) ", r"\1 ", text, flags=re.I)
    text = re.sub(r" ([.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    out, opened = [], False
    for part in re.split(r'( " )', text):
        if part == ' " ':
            out.append(' "' if not opened else '" ')
            opened = not opened
        else:
            out.append(part)
    text = "".join(out)
    text = re.sub(r' "(\S)', r' "\1', text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r'" ([.,;:!?])', r'"\1', text)
    return text


def _lines(path: Path = VOA_FILE) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def choose_passages(size: int = 7, count: int = 180, seed: int = 2026,
                    path: Path = VOA_FILE) -> list[tuple[int, int]]:
    """Non-overlapping windows of ``size`` sentences with at least two cue sentences, one of them
    strong, sampled with a fixed seed; returned in the sampled order as 1-based line ranges."""
    lines = _lines(path)
    windows: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if _STRONG.search(lines[i]):
            first = max(0, i - 2)
            last = min(len(lines), first + size)
            cues = sum(1 for line in lines[first:last] if _CUE.search(line))
            if cues >= 2:
                windows.append((first + 1, last))
                i = last
                continue
        i += 1
    random.Random(seed).shuffle(windows)
    return windows[:count]


def passage_text(passage: Passage, lines: list[str] | None = None) -> str:
    lines = lines if lines is not None else _lines()
    return " ".join(detokenize(line) for line in lines[passage.first - 1:passage.last])


def load_passages(folder: Path) -> list[Passage]:
    """The passages of one set, from its ``passages.tsv`` (id, first line, last line)."""
    out = []
    for row in (folder / "passages.tsv").read_text(encoding="utf-8").splitlines():
        if row.strip() and not row.startswith("id\t"):
            pid, first, last = row.split("\t")
            out.append(Passage(pid, int(first), int(last)))
    return out
