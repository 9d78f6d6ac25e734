"""The ctparse time-expression corpora (../shared/data/ctparse_time_corpus, MIT): the date part of
their English strings, each resolved alone at its reference time; and the scoring helpers
``bench/time_eval.py`` shares. No corpus text is written anywhere.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

from dateline.extract.time import find_times
from dateline.record import TimeMention

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def best_overlap(mentions: list[TimeMention], lo: int, hi: int) -> TimeMention | None:
    best, score = None, 0
    for m in mentions:
        overlap = min(hi, m.span[1]) - max(lo, m.span[0])
        if overlap > score:
            best, score = m, overlap
    return best


def failure_class(pred: tuple[str | None, str | None], gold: tuple[str, str]) -> str:
    p = pred[0] or ""
    if not p:
        return "no value"
    if len(p) != len(gold[0]) or len(pred[1] or "") != len(gold[1]):
        return "grain"
    if p[:4] != gold[0][:4]:
        return "year"
    if p[:7] != gold[0][:7]:
        return "month"
    if p != gold[0]:
        return "day"
    return "end"


# German markers: the corpus mixes German and English strings; only English ones are scored.
_GERMAN = re.compile(r"[äöüß]|\b(?:am|um|uhr|bis|ab|den|der|des|dem|im|vom|zum|zur|und|nächste\w*|morgen\w*|heute|"
                     r"gestern|vorgestern|abends?|früh|mittags?|nachts?|januar|februar|märz|mai|juni|juli|oktober|"
                     r"dezember|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|mo|di|mi|"
                     r"do|fr|sa|so|ende|anfang|jahres|monats|woche|wochen|tage?n?|ca|gegen|nach|vor|jetzt|"
                     r"kommende\w*|diese\w*|letzte\w*|halb|viertel|gerade|eben|die|vormittags?|nachmittags?)\b|"
                     r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|\b\d{1,2}\.(?:\s|$)|\d\.-",
                     re.IGNORECASE)
# A calendar string names a day, month, weekday or year (the expressions news dates are told with), not
# only a part of a day ("morning", "noon") or "now".
_CALENDAR = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
                       r"today|tomorrow|yesterday|week|month|year)", re.IGNORECASE)
_CT_POINT = re.compile(r"(\d{4}|X)-(\d\d|X)-(\d\d|X)")


def _ct_value(point: str) -> str | None:
    """'2018-03-X' -> '2018-03'; 'X-X-X' (a time of day only) -> None."""
    m = _CT_POINT.search(point)
    if m is None or m.group(1) == "X":
        return None
    return "-".join(g for g in m.groups() if g != "X")


def _gold_ctparse(expected: str) -> tuple[str, str] | None:
    if expected.startswith("Time"):
        v = _ct_value(expected)
        return (v, v) if v else None
    if expected.startswith("Interval"):
        body = expected[expected.index("{") + 1:expected.rindex("}")]
        a, _, b = body.partition(" - ")
        va, vb = _ct_value(a), _ct_value(b)
        return (va, vb) if va and vb else None
    return None  # durations


def ctparse(show: int) -> dict:
    """The English strings of the ctparse corpora (hand-written and harvested), each resolved alone at
    its reference time with a future tense hint (ctparse, an assistant's parser, reads ahead); their
    date part only (a time of day is out of our scope)."""
    tally: Counter = Counter()
    fails: Counter = Counter()
    shown = 0
    for name in ("ctparse_corpus.jsonl", "ctparse_auto_corpus.jsonl"):
        for line in (DATA / "ctparse_time_corpus" / name).open(encoding="utf-8"):
            row = json.loads(line)
            gold = _gold_ctparse(row["expected"])
            ref = datetime.fromisoformat(row["reference_time"]).date()
            for text in row["texts"]:
                if _GERMAN.search(text):
                    continue
                tally["english"] += 1
                if gold is None:
                    tally["no_date"] += 1
                    continue
                tally["dated"] += 1
                m = best_overlap(find_times(text, ref, tense=lambda s, e: "future"), 0, len(text))
                pred = (m.start, m.end) if m is not None else (None, None)
                ok = pred == gold or (pred[0] == gold[0] and gold[0] == gold[1] and pred[1] in (None, gold[0]))
                tally["correct"] += ok
                if _CALENDAR.search(text):
                    tally["calendar"] += 1
                    tally["calendar_correct"] += ok
                if not ok:
                    cls = "missed" if m is None else failure_class(pred, gold)
                    fails[cls] += 1
                    if show and shown < show:
                        shown += 1
                        print(f"  ctparse {cls:8} {text!r} ref={ref}: gold {gold} got {pred}")
    dated = tally["dated"] or 1
    return {"english_strings": tally["english"], "time_of_day_or_duration_only": tally["no_date"],
            "dated": tally["dated"], "correct": tally["correct"], "accuracy": round(tally["correct"] / dated, 4),
            "calendar": tally["calendar"],
            "calendar_accuracy": round(tally["calendar_correct"] / (tally["calendar"] or 1), 4),
            "failures": dict(fails)}
