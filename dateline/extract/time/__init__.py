"""Temporal expressions: find them in text and resolve them against the publication date.

>>> from datetime import date
>>> [(t.text, t.start, t.end) for t in find_times("The talks were held on Monday.", date(2024, 4, 3))]
[('Monday', '2024-04-01', '2024-04-01')]

``find_times`` works on plain text and guesses each clause's tense from its words (or asks the
``tense`` callback); ``find_times_in_doc`` reads the tense from a spaCy parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from spacy.tokens import Doc

from dateline.extract.time.grammar import scan
from dateline.extract.time.lexicon import in_order, word_set, words
from dateline.extract.time.resolve import Value, resolve
from dateline.extract.time.spec import Found
from dateline.extract.time.tense import guess_tense, lead_in_tense, tense_in_doc
from dateline.extract.time.values import Precision, precision_of
from dateline.record import Grain, TimeMention

__all__ = ["find_times", "find_times_in_doc", "guess_tense", "tense_in_doc"]

TenseFn = Callable[[int, int], "str | None"]


def _mention(text: str, f: Found, reference: date | None, tense: TenseFn | None) -> TimeMention:
    clause = None
    if reference is not None and f.spec.needs_tense():
        lo, hi = f.tense_span
        clause = tense(lo, hi) if tense is not None else None
        if clause is None:
            clause = guess_tense(text, lo, hi)
        clause = lead_in_tense(text, f.outer, f.pre, clause)
    start, end, grain = resolve(f.spec, reference, clause)
    found = text[f.start:f.end]
    week = _week_of().match(found)
    if week and start is not None and precision_of(start) is Precision.MONTH and end in (None, start):
        start, end, grain = _week_of_month(start, week.group(1).lower())
    if reference is not None:
        start, end, grain = _rest_of(found.lower(), reference, start, end, grain)
    return TimeMention(text=found, span=(f.start, f.end), start=start, end=end, grain=grain)


def _rest_of(found: str, reference: date, start: str | None, end: str | None,
             grain: Grain) -> Value:
    """'earlier this week' runs from Monday to yesterday ('later this year' stays the year, as the
    annotation guide has it, though MEANTIME annotates the rest of the year)."""
    from datetime import timedelta

    key = " ".join(found.split())
    if key == "earlier this week" and reference.weekday() > 0:
        monday = reference - timedelta(days=reference.weekday())
        return monday.isoformat(), (reference - timedelta(days=1)).isoformat(), "day"
    return start, end, grain


_NTH_DAY = re.compile(r"\b(?P<pre>on|by|until|from|since|before|after)\s+the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b"
                      r"(?!\s+(?:of\b|[a-z]))", re.IGNORECASE)


def _ordinal_days(text: str, reference: date | None, tense: TenseFn | None,
                  taken: list[TimeMention]) -> list[TimeMention]:
    """'on the 14th': that day of the publication month (the next or previous one by tense)."""
    if reference is None:
        return []
    out = []
    for match in _NTH_DAY.finditer(text):
        lo, hi = match.start("d") - 4, match.end()
        if any(t.span[0] < hi and lo < t.span[1] for t in taken):
            continue
        day = int(match.group("d"))
        clause = tense(match.start(), match.end()) if tense is not None else None
        clause = clause or guess_tense(text, match.start(), match.end())
        y, m = reference.year, reference.month
        if clause == "future" and day < reference.day or clause != "future" and day > reference.day \
                and clause == "past":
            y, m = (y + (m // 12), m % 12 + 1) if clause == "future" else (y - (m == 1), (m - 2) % 12 + 1)
        try:
            value = date(y, m, day).isoformat()
        except ValueError:
            continue
        start = match.start("d") - len("the ")
        out.append(TimeMention(text=text[start:match.end()], span=(start, match.end()), start=value,
                               end=value, grain="day"))
    return out


@cache
def _week_of() -> re.Pattern[str]:
    """'the first week of', 'the last week of': a week of a month."""
    weeks = [w for w, n in words()["ordinals"].items() if n <= 4]  # the weeks every month has
    return re.compile(rf"(?:the\s+)?({in_order([*weeks, *words()['last_week_words']])})\s+week\s+of\b",
                      re.IGNORECASE)


def _week_of_month(month: str, which: str) -> Value:
    """'the last week of March 2009' -> its last full Monday-to-Sunday week (2009-03-23..29)."""
    import calendar
    import datetime as dt

    y, m = int(month[:4]), int(month[5:7])
    days = calendar.monthrange(y, m)[1]
    mondays = [d for d in range(1, days + 1) if dt.date(y, m, d).weekday() == 0]
    full = [d for d in mondays if d + 6 <= days]
    first = full[-1] if which in word_set("last_week_words") else \
        (mondays + [mondays[-1]] * 4)[words()["ordinals"][which] - 1]
    a = dt.date(y, m, first)
    return a.isoformat(), (a + dt.timedelta(days=6)).isoformat(), "week"


def find_times(text: str, reference: date | None, *,
               tense: TenseFn | None = None) -> list[TimeMention]:
    """Temporal expressions of ``text``, resolved against ``reference`` (the publication date).

    ``tense(start, end)`` may give the tense ("past" | "present" | "future" | None) of the clause
    around a span; when it returns None (or is not given) the words of the sentence decide.
    Values without a reference stay None unless the expression carries its own year.
    """
    found = [_mention(text, f, reference, tense) for f in scan(text)]
    extra = _ordinal_days(text, reference, tense, found)
    return sorted([*found, *extra], key=lambda t: t.span) if extra else found


def find_times_in_doc(doc: Doc, reference: date | None, *, text: str | None = None) -> list[TimeMention]:
    """Like :func:`find_times` over ``doc.text``, with each clause's tense read from the parse.

    Pass ``text`` when you already hold the string the doc was parsed from: rebuilding
    ``doc.text`` costs more than finding the dates. A ``text`` of another length is ignored.
    """
    if text is None or not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc.text
    return find_times(text, reference, tense=lambda s, e: tense_in_doc(doc, s, e))
