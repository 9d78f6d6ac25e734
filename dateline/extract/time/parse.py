"""Turn the groups of one grammar alternative into a :class:`~.spec.Spec`, or reject the match.

Each alternative of the master regex (see :mod:`.grammar`) has a parser here. A parser may
return None: the words matched but are not a date in context ("may" the verb, "Black Monday",
"Resolution 2231", "in their 80s").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dateline.extract.time.lexicon import (
    full_months,
    month_number,
    number,
    relative_step,
    weekday_number,
    word_set,
    words,
)
from dateline.extract.time.spec import Spec

__all__ = ["Context", "PARSERS", "valid"]

Groups = dict[str, str]


@dataclass(frozen=True, slots=True)
class Context:
    pre: str | None  # the preposition before the expression ("on", "in", "between")
    part: str | None  # "early", "the end of", ...
    before: str  # up to 30 characters before the match
    after: str  # up to 30 characters after it
    text: str  # the expression without preposition and part


_YREL = {"this": 0, "current": 0, "the": 0, "last": -1, "previous": -1, "the previous": -1,
         "next": 1, "the following": 1}
_WORD = re.compile(r"[\w$€£¥%#+.-]+")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_JOINED = re.compile(r"(?:\bto|\bthrough|\buntil|\btill|\band|[-\u2013])\s*\Z")


def _year_suffix(g: Groups) -> tuple[int | None, int | None]:
    if g.get("y"):
        return int(g["y"]), None
    rel = g.get("yrel")
    return (None, _YREL[" ".join(rel.lower().split())]) if rel else (None, None)


def _two_digit_year(c: str) -> int:
    return int(c) if len(c) == 4 else (2000 + int(c) if int(c) < 50 else 1900 + int(c))


def _ambiguous(token: str, *, before_number: bool = False) -> bool:
    """"may"/"march" in lower case are words, not months (but "march 3" is a date)."""
    low = token.lower().rstrip(".")
    if low not in word_set("ambiguous_months") or token[0].isupper():
        return False
    return not (before_number and low != "may")


def _day_range(g: Groups, c: Context) -> Spec | None:
    y, yrel = _year_suffix(g)
    m = month_number(g["m"])
    return Spec("range", a=Spec("date", y, yrel, m, number(g["d1"])),
                b=Spec("date", y, yrel, m, number(g["d2"])))


def _month_day_range(g: Groups, c: Context) -> Spec | None:
    """'August 31-September 1', 'Nov. 30-Dec. 2, 2025': a span across a month's end."""
    y, yrel = _year_suffix(g)
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    if _ambiguous(g["m1"], before_number=True) or _ambiguous(g["m2"], before_number=True):
        return None
    return Spec("range", a=Spec("date", y if y is None or m1 <= m2 else y - 1, yrel, m1, number(g["d1"])),
                b=Spec("date", y, yrel, m2, number(g["d2"])))


def _iso(g: Groups, c: Context) -> Spec | None:
    return Spec("date", int(g["y"]), None, int(g["mo"]), int(g["dd"]))


def _year_range(g: Groups, c: Context) -> Spec | None:
    y1, y2 = int(g["y1"]), g.get("y2") or g["y2s"]
    last = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    return Spec("yrange", y1, n=last) if y1 < last <= y1 + 30 else None


def _year_month(g: Groups, c: Context) -> Spec | None:
    y, mo = int(g["y"]), int(g["mo"])
    if mo == y % 100 + 1 and not g["mo"].startswith("0"):
        return Spec("yrange", y, n=y + 1)  # "2011-12" is a season, not December 2011
    return Spec("month", y, m=mo)


def _numeric(g: Groups, c: Context) -> Spec | None:
    """03.04.2024 and 03-04-2024 are day-first; 4/3/2024 is month-first (unless impossible)."""
    a, b = int(g["a"]), int(g["b"])
    day, mon = (b, a) if g["sep"] == "/" else (a, b)
    if mon > 12:
        day, mon = mon, day
    return Spec("date", _two_digit_year(g["c"]), None, mon, day) if mon <= 12 else None


def _numeric_day_range(g: Groups, c: Context) -> Spec | None:
    """'18-19.11.2025': two days of one month, day-first."""
    y, m = int(g["c"]), int(g["mo"])
    return Spec("range", a=Spec("date", y, None, m, int(g["d1"])), b=Spec("date", y, None, m, int(g["d2"])))


def _numeric_month_name(g: Groups, c: Context) -> Spec | None:
    return Spec("date", _two_digit_year(g["c"]), None, month_number(g["m"]), number(g["d"]))


def _numeric_month_year(g: Groups, c: Context) -> Spec | None:
    return Spec("month", int(g["y"]), m=int(g["mo"]))


def _day_month(g: Groups, c: Context) -> Spec | None:
    y, yrel = _year_suffix(g)
    if _ambiguous(g["m"], before_number=True) or number(g["d"]) is None:
        return None
    return Spec("date", y, yrel, month_number(g["m"]), number(g["d"]), wd=weekday_number(g.get("wd")))


def _month_day(g: Groups, c: Context) -> Spec | None:
    if g["d"].lower() in words()["ordinals"] and g["m"][0].islower() and not (g.get("y") or g.get("yrel")):
        return None  # "troops march first"
    return _day_month(g, c)


def _day_of_month(g: Groups, c: Context) -> Spec | None:
    """'the 20th of this month', 'the 3rd of next month': a day of a month told relative to the report's."""
    return Spec("mday", d=number(g["d"]), rel=relative_step(g["rel"]))


def _month_year(g: Groups, c: Context) -> Spec | None:
    if _ambiguous(g["m"], before_number=True):
        return None
    return Spec("month", int(g["y"]), m=month_number(g["m"]))


def _quarter(g: Groups, c: Context) -> Spec | None:
    y, yrel = _year_suffix(g)
    if "h" in g:
        kind, n = "half", 1 if g["h"].lower() == "first" else 2
    else:
        kind, n = "quarter", int(g["q"]) if g["q"].isdigit() else int(words()["quarters"][g["q"].lower()])
    return Spec(kind, y, yrel, n=n)


def _decade(g: Groups, c: Context) -> Spec | None:
    if g.get("c"):
        return Spec("decade", int(g["c"]) * 100 + int(g["dd"]) * 10)
    prev = c.before.rstrip().rsplit(None, 1)[-1:]
    if not ("'" in c.text or c.text.lower().startswith("the")
            or (prev and prev[0].lower() in ("and", "or", "the", "of"))):
        return None  # "in their 80s" is an age
    return Spec("decade", 1900 + int(g["d2"]) * 10 if g["d2"] != "0" else 2000)


def _shift(g: Groups, c: Context) -> Spec | None:
    count, unit, direction = number(g["n"]), g["u"].lower(), (g.get("dir") or "").lower()
    if count is None or count > 200:
        return None
    if direction == "ago":
        return Spec("shift", n=-count, unit=unit)
    if g.get("story") and unit in ("day", "week"):  # "two days later": re-anchored on the story's day
        return Spec("shift", n=count * int(words()["story_shifts"][g["story"].lower()]), unit=unit)
    if direction or (c.pre == "in" and unit in ("day", "week") and not c.part):
        return Spec("shift", n=count, unit=unit)  # "in two weeks"; not "in 30 years"
    return None


def _relative_month(g: Groups, c: Context) -> Spec | None:
    if _ambiguous(g["m"]):
        return None
    return Spec("month", m=month_number(g["m"]), rel=relative_step(g["rel"]))


def _relative_weekday(g: Groups, c: Context) -> Spec | None:
    rel = relative_step(g["rel"])
    return Spec("weekday", wd=weekday_number(g["wd"]), rel=rel, unit="this" if rel == 0 else None)


def _weekday_range(g: Groups, c: Context) -> Spec | None:
    """'Monday-Tuesday': two weekdays as one span."""
    return Spec("range", a=Spec("weekday", wd=weekday_number(g["wd1"])), b=Spec("weekday", wd=weekday_number(g["wd2"])))


def _weekday_of_week(g: Groups, c: Context) -> Spec | None:
    return Spec("weekday", wd=weekday_number(g["wd"]), rel=relative_step(g["rel"]), unit="week")


def _season(g: Groups, c: Context) -> Spec | None:
    y, yrel = _year_suffix(g)
    name = g["s"].lower()
    rel = relative_step(g.get("rel"))
    anchored = y is not None or yrel is not None or rel is not None
    if not anchored and not (c.pre or c.part):
        return None  # "a mineral spring"
    if name == "fall" and not anchored and c.after.lstrip().lower().startswith("of"):
        return None  # "the fall of the government"
    return Spec("season", y, yrel, m=int(words()["seasons"][name][0]), rel=rel)


def _relative_unit(g: Groups, c: Context) -> Spec | None:
    unit, low = g["u"].lower(), " ".join(g["rel"].lower().split())
    if low in ("the last", "the past") and unit == "week" and not c.part:
        return Spec("unit", rel=-1, unit=unit)
    return Spec("unit", rel=relative_step(g["rel"]), unit=unit)


def _the_unit(g: Groups, c: Context) -> Spec | None:
    unit, text = g["u"].lower(), c.text.lower()
    if unit == "weekend":  # "over the weekend": placed by tense
        return Spec("unit", rel=0 if text.startswith("this") else None, unit="weekend")
    if c.part or text.startswith("this"):
        return Spec("unit", rel=0, unit=unit)  # "the end of the year", "this week"
    return None


def _day_word(g: Groups, c: Context) -> Spec | None:
    key = " ".join(g["w"].lower().split())
    if key.endswith(("eve", "before")):  # "the eve of the summit", "the day before his visit": its object's eve
        nxt = _WORD.match(c.after.lstrip())
        if nxt and (nxt.group().lower() in word_set("anaphoric_objects") or nxt.group()[:1].isupper()
                    or nxt.group()[:1].isdigit()):
            return None
    return Spec("day", n=int(words()["days"][key]))


def _holiday(g: Groups, c: Context) -> Spec | None:
    month, day = words()["holidays"][" ".join(g["h"].lower().split())]
    return Spec("date", int(g["y"]) if g.get("y") else None, None, month, day)


def _weekday(g: Groups, c: Context) -> Spec | None:
    before = c.before.rstrip().rsplit(None, 1)
    if before and before[-1].lower().strip("\"'(") in word_set("weekday_names_not_dates"):
        return None  # "Black Monday", "Good Friday"
    if before and before[-1].lower() == "the" and _CAPITALISED_NEXT.match(c.after):
        return None  # "the Sunday Times"
    return Spec("weekday", wd=weekday_number(g["wd"]))


def _month(g: Groups, c: Context) -> Spec | None:
    y, yrel = _year_suffix(g)
    token = g["m"]
    low = token.lower().rstrip(".")
    bare = not (c.pre or c.part)
    if low in word_set("ambiguous_months"):
        if not token[0].isupper() or (bare and not _JOINED.search(c.before)):
            return None  # "may" the verb; "from January to March" keeps its March
    if bare and (token[0].islower() or low not in full_months() or _CAPITALISED_NEXT.match(c.after)):
        return None  # "April Ryan", "Jan" alone
    return Spec("month", y, yrel, m=month_number(token))


def _year(g: Groups, c: Context) -> Spec | None:
    if g.get("yy"):  # "'82"
        yy = int(g["yy"])
        return Spec("year", 1900 + yy if yy > 30 else 2000 + yy) if c.pre or c.part else None
    if not (c.pre or c.part):
        prev = _WORD.findall(c.before[-24:])
        if prev and prev[-1].lower() in word_set("not_year_before"):
            return None  # "Resolution 2231", "some 1500"
    nxt = _WORD.match(c.after.lstrip())
    if nxt and c.after[:1].isspace() and nxt.group().lower().rstrip(".") in word_set("not_year_after"):
        return None  # "2000 people", "2115 GMT"
    if c.after[:1] == "%":
        return None
    return Spec("year", int(g["y"]))


PARSERS: dict[str, Callable[[Groups, Context], Spec | None]] = {
    "dd_m": _day_range, "m_dd": _day_range, "md_md": _month_day_range, "iso": _iso, "ym": _year_month, "yrange": _year_range,
    "num": _numeric, "num_dd": _numeric_day_range, "num_mon": _numeric_month_name, "num_my": _numeric_month_year,
    "mdy": _month_day, "dmy": _day_month, "d_rel": _day_of_month, "my": _month_year, "quarter": _quarter, "qy": _quarter,
    "half": _quarter, "decade": _decade, "shift": _shift, "rel_mon": _relative_month,
    "rel_wd": _relative_weekday, "wd_wd": _weekday_range, "wd_week": _weekday_of_week, "season": _season,
    "rel_unit": _relative_unit, "the_unit": _the_unit, "dayword": _day_word, "holiday": _holiday,
    "weekday": _weekday, "month": _month, "year": _year,
}


def valid(spec: Spec) -> bool:
    """False for calendar dates that do not exist ("31.02.2024", "April 31")."""
    if spec.kind == "range":
        return all(valid(s) for s in (spec.a, spec.b) if s is not None)
    if spec.kind != "date" or spec.m is None or spec.d is None:
        return True
    try:
        date(spec.y if spec.y is not None else 2024, spec.m, spec.d)  # 2024 has a February 29
    except ValueError:
        return False
    return True
