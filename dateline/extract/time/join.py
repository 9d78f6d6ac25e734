"""Join neighbouring expressions: ranges ("from <A> to <B>", "<A> - <B>", "between <A> and <B>")
and visit lengths ("a three-day visit starting <A>" -> A .. A + 2 days; "a three-day visit until <B>" ->
B - 2 days .. B)."""

from __future__ import annotations

import re
from functools import cache

from dateline.extract.time.lexicon import in_order, number, words
from dateline.extract.time.spec import KEEP_PRE, Found, Spec

__all__ = ["join"]

_CONNECT = re.compile(r"\s*,?\s*(?:[-\u2013\u2014]|to|through|thru|till|until|and)\s*\Z", re.IGNORECASE)
_CONNECT_PRE = frozenset({None, "through", "until", "till"})
_ENDING_PRE = frozenset({"through", "until", "till", "thru"})  # "a four-day visit through Saturday" ends then
_JOINABLE = frozenset({("date", "date"), ("month", "month"), ("year", "year"), ("weekday", "weekday"),
                       ("season", "season"), ("quarter", "quarter")})
_VISIT = re.compile(
    r"(?:\b(?:an?|the|his|her|their|its)\s+)?\b(?P<n>\d{1,2}|[a-z]+)[-\s]day\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:(?:starting|beginning|from|on|since)\s+)?(?:on\s+)?\Z", re.IGNORECASE)


@cache
def _finished() -> re.Pattern[str]:
    """'the two-day summit ended on Monday' is not a range (but 'the scheduled two-day visit' is)."""
    w = words()
    return re.compile(rf"\b(?:(?!(?:{in_order(w['not_finished_participles'])})\b)\w+ed|"
                      rf"{in_order(w['finished_verbs'])})\b", re.IGNORECASE)


def _range(prev: Found, f: Found) -> Found:
    a, b = prev.spec, f.spec
    if b.y is None and b.yrel is None and a.y is not None:
        b.y = a.y
    if a.y is None and a.yrel is None:
        if b.y is not None:  # "29 September - 2 October 2024"; "December 30 - January 2, 2025"
            a.y = b.y if (a.m or 0) <= (b.m or 0) else b.y - 1
        elif b.yrel is not None:
            a.yrel = b.yrel
    spec = Spec("yrange", a.y, n=b.y) if a.kind == "year" else Spec("range", a=a, b=b)
    start = prev.outer if prev.pre in KEEP_PRE else prev.start
    return Found(start, f.end, prev.outer, prev.pre, spec)


def _next_day(a: Spec, b: Spec) -> bool:
    """'on Monday and Tuesday', 'on 5 and 6 May': two days in a row are one span."""
    if a.kind == b.kind == "weekday" and a.wd is not None and b.wd is not None:
        return b.wd == a.wd + 1 and a.rel == b.rel
    if a.kind == b.kind == "date" and a.d is not None and b.d is not None:
        return b.d == a.d + 1 and (a.m is None or a.m == b.m)
    return False


def join(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with ranges joined and visit lengths attached."""
    out: list[Found] = []
    for f in found:
        if out:
            prev = out[-1]
            gap = text[prev.end:f.start]
            if ((prev.spec.kind, f.spec.kind) in _JOINABLE and f.pre in _CONNECT_PRE and len(gap) <= 10
                    and _CONNECT.match(gap) and ("and" not in gap.lower() or prev.pre == "between"
                                                 or _next_day(prev.spec, f.spec))):
                out[-1] = _range(prev, f)
                continue
        out.append(f)
    for i, f in enumerate(out):
        if f.spec.kind not in ("date", "weekday", "day"):
            continue
        visit = _VISIT.search(text, max(0, f.outer - 60), f.outer)
        if visit and not _finished().search(visit.group()):
            n = number(visit.group("n"))
            if n and 1 < n <= 31:
                days = -n if f.pre in _ENDING_PRE else n
                out[i] = Found(visit.start(), f.end, visit.start(), f.pre,
                               Spec("range", a=f.spec, days=days), anchor=(f.start, f.end))
    return out
