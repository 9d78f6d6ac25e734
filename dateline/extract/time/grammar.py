"""The time grammar: find temporal expressions in text and parse them into unresolved specs.

One master regex, assembled once from the words in ``dateline/lexicons/time_words.yaml``,
finds every candidate in a single pass. Each alternative has a small parser that turns its
groups into a :class:`Spec` (what was said: "December 15", "last week", "2024-2026"); the
values relative to a publication date are computed in :mod:`.resolve`. Two passes then join
neighbours: ranges ("from <A> to <B>") and visit lengths ("a three-day visit starting <A>").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from dateline.errors import LexiconError
from dateline.lexicons.loader import load_lexicon

__all__ = ["Found", "Spec", "scan", "words"]

KEEP_PRE = frozenset({"from", "between"})


@dataclass(slots=True)
class Spec:
    """What an expression says, before it is placed against a reference date.

    ``kind`` is one of date, month, year, yrange, decade, season, quarter, half, weekday, day
    (deictic offset ``n``), unit ("last week": ``unit`` + ``rel``), shift ("two weeks ago":
    ``n`` ``unit``), range (``a`` .. ``b``).
    """

    kind: str
    y: int | None = None
    yrel: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    rel: int | None = None
    unit: str | None = None
    n: int | None = None
    a: Spec | None = None
    b: Spec | None = None
    days: int | None = None  # length of a visit: end = start + days - 1

    def needs_tense(self) -> bool:
        """True when the value depends on whether the clause is past or future."""
        if self.kind == "range":
            return self.a is not None and self.a.needs_tense()
        if self.kind in ("date", "month", "season", "quarter", "half"):
            return self.y is None and self.yrel is None and self.rel is None
        if self.kind == "weekday":
            return self.rel is None or self.unit == "this"
        if self.kind == "unit":
            return self.rel is None
        return False


@dataclass(slots=True)
class Found:
    start: int  # span start without a leading preposition
    end: int
    outer: int  # span start with the preposition
    pre: str | None
    spec: Spec
    anchor: tuple[int, int] | None = None  # the part whose clause tense matters, if not all

    @property
    def tense_span(self) -> tuple[int, int]:
        return self.anchor or (self.start, self.end)


@cache
def words() -> dict[str, Any]:
    """The time lexicon (read once)."""
    lex = load_lexicon("time_words.yaml")
    need = ("months", "weekdays", "weekday_abbreviations", "seasons", "ordinals", "numbers", "days", "relative", "part_of",
            "quarters", "holidays", "prepositions", "not_year_before", "not_year_after")
    if not isinstance(lex, dict) or any(key not in lex for key in need):
        raise LexiconError("time_words.yaml lacks a required section")
    return lex


def _alt(items: Any) -> str:
    """Regex alternation of words, longest first, spaces matching any whitespace."""
    forms = sorted({str(w).lower() for w in items}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms)


@cache
def _full_months() -> frozenset[str]:
    """Full month names ("june"), as opposed to abbreviations ("jun")."""
    months = words()["months"]
    return frozenset(max((k for k in months if months[k] == n), key=len) for n in range(1, 13))


def _templates() -> dict[str, str]:
    w = words()
    full = set(_full_months())
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![:.,]\d|-[^\W\d_])"
    year = r"(?:1[89]\d\d|20\d\d|21\d\d)\b(?![.,]\d)"
    return {
        "MON": rf"(?:(?:{_alt(full)})\b|(?:{_alt(set(w['months']) - full)})\b\.?)",
        "WD": rf"(?:(?:{_alt(w['weekdays'])})\b|(?:{_alt(w['weekday_abbreviations'])}))",
        "SEASON": rf"(?:{_alt(w['seasons'])})\b",
        "DAY": day,
        "DAYX": rf"(?:{day}|(?:{_alt(w['ordinals'])})\b(?![-\w]))",
        "YEAR": year,
        "REL": rf"(?:{_alt(w['relative'])})\b",
        "NUM": rf"(?:\d{{1,3}}|(?:{_alt(w['numbers'])})\b)",
        "QRT": rf"(?:{_alt(w['quarters'])})",
        "HOL": rf"(?:{_alt(w['holidays'])})\b",
        "DAYWORD": rf"(?:{_alt(w['days'])})\b",
        "DAYPART": r"(?:\s+(?:morning|afternoon|evening|night))?",
        "TO": r"(?(btw)\s+and\s+|\s*(?:[-\u2013\u2014]|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)\s*)",
    }


# Alternatives, most specific first (at one position the first that matches wins).
# {X:name} is the word class X captured as group ``name``; {YSUF:k} an optional year suffix.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("dd_m", r"(?:the\s+)?{DAY:d1}{TO}(?:the\s+)?{DAY:d2}(?:\s+of)?\s+{MON:m}{YSUF:}"),
    ("m_dd", r"{MON:m}\s*(?:the\s+)?{DAY:d1}{TO}(?:the\s+)?{DAY:d2}(?!\s*(?:of\s+)?{MON:_})"
             r"(?!\s*(?:-|to)\s*\d){YSUF:}"),
    ("iso", r"{YEAR:y}-(?P<mo>0?[1-9]|1[0-2])-(?P<dd>[12]\d|3[01]|0?[1-9])(?!\d)"),
    ("ym", r"{YEAR:y}[/-](?P<mo>0[1-9]|1[0-2])\b(?![-/.]\d)"),
    ("yrange", r"{YEAR:y1}(?:{TO}(?P<y2>\d{4})|\s*[-\u2013/]\s*(?P<y2s>\d\d))\b(?![-/.,]\d)"),
    ("num", r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d\d)\b(?![./-]\d)"),
    ("num_mon", r"(?P<d>[12]\d|3[01]|0?[1-9])(?P<sep>[/-]){MON:m}(?P=sep)(?P<c>\d{4}|\d\d)\b(?![./-]\d)"),
    ("num_my", r"(?P<mo>0?[1-9]|1[0-2])/{YEAR:y}"),
    ("mdy", r"(?:{WD:wd},?\s+)?(?:the\s+)?{MON:m}\s*(?:the\s+)?{DAYX:d}{YSUF:}"),
    ("dmy", r"(?:{WD:wd},?\s+)?(?:the\s+)?{DAYX:d}(?:\s+of)?\s+{MON:m}{YSUF:}"),
    ("my", r"{MON:m}(?:\s+of)?,?\s+{YEAR:y}"),
    ("quarter", r"(?:the\s+)?(?P<q>{QRT})(?:\s|-)+(?:fiscal\s+)?quarter\b"
                r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:{YEAR:y}|(?:the\s+)?(?P<yrel>this|last|next|previous|current)\s+year\b))?"),
    ("qy", r"Q(?P<q>[1-4])\s*(?:of\s+)?{YEAR:y}"),
    ("half", r"(?:the\s+)?(?P<h>first|second)\s+half\s+(?:of\s+)?"
             r"(?:{YEAR:y}|(?:the\s+)?(?P<yrel>this|last|next|the|previous|current)\s+year\b)"),
    ("decade", r"(?:the\s+)?(?:(?P<c>1[89]|20)(?P<dd>\d)0|'?(?P<d2>\d)0)'?s\b"),
    ("shift", r"{NUM:n}\s+(?P<u>day|week|month|year)s?\b(?:\s+(?P<dir>ago|hence|from\s+now|from\s+today))?"),
    ("rel_mon", r"{REL:rel}\s+{MON:m}(?!\s*\d)"),
    ("rel_wd", r"{REL:rel}\s+{WD:wd}{DAYPART}"),
    ("wd_week", r"{WD:wd}(?:\s+of)?\s+{REL:rel}\s+week\b"),
    ("season", r"(?:(?:{REL:rel}|the)\s+)?{SEASON:s}(?:(?:\s+of)?,?\s+{YEAR:y}|\s+(?P<yrel>this|last|next)\s+year\b)?"),
    ("rel_unit", r"{REL:rel}\s+(?P<u>week|weekend|month|year|quarter|decade)\b(?!-)"),
    ("the_unit", r"(?:this\s+|the\s+)?(?P<u>weekend|year|month|week)\b(?!-)"),
    ("dayword", r"{DAYWORD:w}(?!-){DAYPART}"),
    ("holiday", r"{HOL:h}(?:,?\s+{YEAR:y})?"),
    ("weekday", r"{WD:wd}(?!-){DAYPART}"),
    ("month", r"{MON:m}(?!\s*\d)(?!(?-i:-[a-z])){YSUF:}"),
    ("year", r"(?:(?:the\s+)?year\s+|fiscal\s+(?:year\s+)?|FY\s*)?{YEAR:y}(?!-\w)|'(?P<yy>\d\d)\b(?![.,]\d)"),
)


def _expand(template: str, tpl: dict[str, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        cls, name = m.group(1), m.group(2)
        if cls == "YSUF":
            return (rf"(?:\s*,?\s*(?:of\s+)?(?P<y{name}>{tpl['YEAR']})"
                    rf"|\s*,?\s+(?:of\s+)?(?P<yrel{name}>this|last|next|the\s+previous|the\s+following)\s+year\b)?")
        body = tpl[cls]
        return f"(?P<{name}>{body})" if name and name != "_" else f"(?:{body})"

    out = re.sub(r"\{([A-Z]+):(\w*)\}", repl, template)
    return re.sub(r"\{([A-Z]+)\}", lambda m: tpl[m.group(1)], out)


@cache
def master() -> tuple[re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    """The compiled master regex and, per alternative, its (group, short name) pairs."""
    tpl = _templates()
    w = words()
    alts, groups = [], {}
    for name, template in _PATTERNS:
        body = _expand(template, tpl)
        body = re.sub(r"\(\?P([<=])(\w+)", rf"(?P\1{name}__\2", body)  # names unique per alternative
        names = re.findall(r"\(\?P<(\w+)>", body)
        groups[name] = [(g, g.split("__", 1)[1]) for g in names]
        alts.append(f"(?P<{name}>{body})")
    pre = rf"(?:(?:(?P<btw>between)|(?P<pre>{_alt(w['prepositions'])}))\s+)?"
    part = rf"(?:(?P<part>{_alt(w['part_of'])})(?:\s+|(?<=-)))?"
    pattern = rf"(?<![\w'/.])(?<!\d-){pre}{part}(?:{'|'.join(alts)})".replace(r"\s", r"[^\S\n]")
    try:
        return re.compile(pattern, re.IGNORECASE), groups
    except re.error as exc:  # a lexicon word broke the grammar
        raise LexiconError(f"time grammar does not compile: {exc}") from exc


def _num(token: str | None) -> int | None:
    if token is None:
        return None
    token = token.lower().rstrip(".")
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group())
    w = words()
    return w["ordinals"].get(token, w["numbers"].get(token))


def _month(token: str) -> int:
    return words()["months"][token.lower().rstrip(".")]


def _weekday(token: str | None) -> int | None:
    if token is None:
        return None
    w = words()
    return w["weekdays"].get(token.lower(), w["weekday_abbreviations"].get(token.lower()))


def _rel(token: str | None) -> int | None:
    return None if token is None else words()["relative"][" ".join(token.lower().split())]


_YREL = {"this": 0, "current": 0, "the": 0, "last": -1, "previous": -1, "the previous": -1,
         "next": 1, "the following": 1}


def _year_suffix(g: dict[str, str], k: str = "") -> tuple[int | None, int | None]:
    if g.get("y" + k):
        return int(g["y" + k]), None
    rel = g.get("yrel" + k)
    return (None, _YREL[" ".join(rel.lower().split())]) if rel else (None, None)


def _is_ambiguous_month(token: str, *, before_number: bool = False) -> bool:
    """"may"/"march" in lower case are words, not months (but "march 3" is a date)."""
    low = token.lower().rstrip(".")
    if low not in words()["ambiguous_months"] or token[0].isupper():
        return False
    return not (before_number and low != "may")


def _parse(alt: str, g: dict[str, str], ctx: dict[str, Any]) -> Spec | None:  # noqa: C901
    """Turn one alternative's groups into a Spec (None: not a date after all)."""
    y, yrel = _year_suffix(g)
    if alt in ("dd_m", "m_dd"):
        m = _month(g["m"])
        return Spec("range", a=Spec("date", y, yrel, m, _num(g["d1"])),
                    b=Spec("date", y, yrel, m, _num(g["d2"])))
    if alt == "iso":
        return Spec("date", int(g["y"]), None, int(g["mo"]), int(g["dd"]))
    if alt == "yrange":
        y1, y2 = int(g["y1"]), g.get("y2") or g["y2s"]
        y2n = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if not y1 < y2n <= y1 + 30:
            return None
        return Spec("yrange", y1, n=y2n)
    if alt == "ym":
        yy, mo = int(g["y"]), int(g["mo"])
        if mo == yy % 100 + 1 and not g["mo"].startswith("0"):
            return Spec("yrange", yy, n=yy + 1)
        return Spec("month", yy, m=mo)
    if alt == "num_mon":
        c = g["c"]
        yy = int(c) if len(c) == 4 else (2000 + int(c) if int(c) < 50 else 1900 + int(c))
        return Spec("date", yy, None, _month(g["m"]), _num(g["d"]))
    if alt == "num_my":
        return Spec("month", int(g["y"]), m=int(g["mo"]))
    if alt == "num":
        a, b, c = int(g["a"]), int(g["b"]), g["c"]
        yy = int(c) if len(c) == 4 else (2000 + int(c) if int(c) < 50 else 1900 + int(c))
        day, mon = (b, a) if g["sep"] == "/" else (a, b)
        if mon > 12:
            day, mon = mon, day
        if mon > 12 or day > 31:
            return None
        return Spec("date", yy, None, mon, day)
    if alt in ("mdy", "dmy"):
        if _is_ambiguous_month(g["m"], before_number=True) or _num(g["d"]) is None:
            return None
        if alt == "mdy" and g["d"].lower() in words()["ordinals"] and not (y or yrel is not None):
            if g["m"][0].islower():
                return None
        return Spec("date", y, yrel, _month(g["m"]), _num(g["d"]), wd=_weekday(g.get("wd")))
    if alt == "my":
        if _is_ambiguous_month(g["m"], before_number=True):
            return None
        return Spec("month", int(g["y"]), m=_month(g["m"]))
    if alt in ("quarter", "qy", "half"):
        if alt == "half":
            n = 1 if g["h"].lower() == "first" else 2
        else:
            n = int(g["q"]) if alt == "qy" else words()["quarters"][g["q"].lower()]
        if g.get("yrel"):
            yrel = _YREL[g["yrel"].lower()]
        elif g.get("y"):
            y = int(g["y"])
        return Spec("half" if alt == "half" else "quarter", y, yrel, n=n)
    if alt == "decade":
        if g.get("c"):
            return Spec("decade", int(g["c"]) * 100 + int(g["dd"]) * 10)
        prev = ctx["before"].rstrip().rsplit(None, 1)[-1:]
        if not ("'" in ctx["text"] or ctx["text"].lower().startswith("the") or (
                prev and prev[0].lower() in ("and", "or", "the", "of"))):
            return None  # "in their 80s" is an age
        return Spec("decade", 1900 + int(g["d2"]) * 10) if g["d2"] != "0" else Spec("decade", 2000)
    if alt == "shift":
        count, unit, direction = _num(g["n"]), g["u"].lower(), (g.get("dir") or "").lower()
        if count is None or count > 200:
            return None
        if direction == "ago":
            return Spec("shift", n=-count, unit=unit)
        if direction or (ctx["pre"] == "in" and unit in ("day", "week") and not ctx["part"]):
            return Spec("shift", n=count, unit=unit)
        return None
    if alt == "rel_mon":
        if _is_ambiguous_month(g["m"]):
            return None
        return Spec("month", m=_month(g["m"]), rel=_rel(g["rel"]))
    if alt == "rel_wd":
        rel = _rel(g["rel"])
        return Spec("weekday", wd=_weekday(g["wd"]), rel=rel, unit="this" if rel == 0 else None)
    if alt == "wd_week":
        return Spec("weekday", wd=_weekday(g["wd"]), rel=_rel(g["rel"]), unit="week")
    if alt == "season":
        s = g["s"].lower()
        rel = _rel(g["rel"]) if g.get("rel") else None
        anchored = y is not None or yrel is not None or rel is not None
        if not anchored and not (ctx["pre"] or ctx["part"]):
            return None
        if s == "fall" and not anchored and ctx["after"].lstrip().lower().startswith("of"):
            return None
        first, _last = words()["seasons"][s]
        return Spec("season", y, yrel, m=first, rel=rel)
    if alt == "rel_unit":
        rel = _rel(g["rel"])
        unit = g["u"].lower()
        low = g["rel"].lower()
        if low.startswith("the") and unit == "week" and low.endswith(("last", "past")) and not ctx["part"]:
            return Spec("unit", rel=-1, unit=unit)
        return Spec("unit", rel=rel, unit=unit)
    if alt == "the_unit":
        unit = g["u"].lower()
        text = ctx["text"].lower()
        if unit == "weekend":
            return Spec("unit", rel=0 if text.startswith("this") else None, unit="weekend")
        if ctx["part"] or (text.startswith("this") and unit != "weekend"):
            return Spec("unit", rel=0, unit=unit)
        return None
    if alt == "dayword":
        return Spec("day", n=words()["days"][" ".join(g["w"].lower().split())])
    if alt == "holiday":
        md = words()["holidays"][" ".join(g["h"].lower().split())]
        return Spec("date", int(g["y"]) if g.get("y") else None, None, md[0], md[1])
    if alt == "weekday":
        before = ctx["before"].rstrip().rsplit(None, 1)
        if before and before[-1].lower().strip("\"'(") in words()["weekday_names_not_dates"]:
            return None  # "Black Monday", "Good Friday"
        if before and before[-1].lower() == "the" and re.match(r"\s+[A-Z][a-z]", ctx["after"]):
            return None  # "the Sunday Times"
        return Spec("weekday", wd=_weekday(g["wd"]))
    if alt == "month":
        token = g["m"]
        bare = not (ctx["pre"] or ctx["part"])
        if token.lower().rstrip(".") in words()["ambiguous_months"]:
            joined = re.search(r"(?:\bto|\bthrough|\buntil|\btill|\band|[-\u2013])\s*\Z", ctx["before"])
            if not token[0].isupper() or (bare and not joined):
                return None  # "may" the verb; "from January to March" keeps its March
        if bare and (token.lower().rstrip(".") not in _full_months()
                     or re.match(r"\s+[A-Z][a-z]", ctx["after"])):
            return None
        if bare and token[0].islower():
            return None
        return Spec("month", y, yrel, m=_month(token))
    if alt == "year":
        if g.get("yy"):
            return Spec("year", 1900 + int(g["yy"]) if int(g["yy"]) > 30 else 2000 + int(g["yy"])) \
                if ctx["pre"] or ctx["part"] else None
        return _year(int(g["y"]), ctx)
    return None


def _valid(spec: Spec) -> bool:
    """False for calendar dates that do not exist ("31.02.2024", "April 31")."""
    if spec.kind == "range":
        return all(_valid(s) for s in (spec.a, spec.b) if s is not None)
    if spec.kind != "date" or spec.m is None or spec.d is None:
        return True
    try:
        date(spec.y if spec.y is not None else 2024, spec.m, spec.d)  # 2024: a leap year
    except ValueError:
        return False
    return True


_WORD = re.compile(r"[\w$€£¥%#+.-]+")


def _year(y: int, ctx: dict[str, Any]) -> Spec | None:
    w = words()
    if not (ctx["pre"] or ctx["part"]):
        prev = _WORD.findall(ctx["before"][-24:])
        if prev and prev[-1].lower() in _set("not_year_before"):
            return None
        if ctx["before"][-1:] in "$€£¥#" and ctx["before"]:
            return None
    nxt = _WORD.match(ctx["after"].lstrip())
    if nxt and ctx["after"][:1].isspace() and nxt.group().lower().rstrip(".") in _set("not_year_after"):
        return None
    if ctx["after"][:1] in ("%",):
        return None
    del w
    return Spec("year", y)


@cache
def _set(section: str) -> frozenset[str]:
    return frozenset(str(x).lower() for x in words()[section])


_TOKENS = re.compile(r"[^\W\d_]+|\d+")
_LEFT, _RIGHT = 40, 32  # how far an expression reaches around its key word


@cache
def _triggers() -> frozenset[str]:
    """Key words: every expression contains one (or a digit)."""
    w = words()
    units = ("day", "week", "month", "year")  # plurals for "two weeks ago"
    keys = {*w["months"], *w["weekdays"], *w["seasons"], *units, *(u + "s" for u in units),
            "weekend", "quarter", "decade",
            *(k.rstrip(".") for k in w["weekday_abbreviations"]),
            "half", "q", "fy", "morning", "afternoon", "evening", "night"}
    keys |= {phrase.split()[-1] for section in ("days", "holidays") for phrase in w[section]}
    return frozenset(k.lower() for k in keys)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around key words; the master regex runs only there."""
    keys = _triggers()
    spans: list[tuple[int, int]] = []
    for tok in _TOKENS.finditer(text):
        word = tok.group()
        if word[0].isdigit():
            if len(word) == 3 or len(word) > 4 or text[tok.start() - 1:tok.start()] in ("$", ",", "."):
                continue  # amounts ("$3", "2,000", "3.5") are not dates
        elif word.lower() not in keys:
            continue
        lo, hi = max(0, tok.start() - _LEFT), tok.end() + _RIGHT
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def scan(text: str) -> list[Found]:
    """Every temporal expression in ``text``, as unresolved specs, in text order."""
    regex, groups = master()
    found: list[Found] = []
    matches = (m for lo, hi in _windows(text) for m in regex.finditer(text, lo, hi))
    for m in matches:
        alt = m.lastgroup
        if alt is None or alt not in groups:
            continue
        g = {short: m.group(full) for full, short in groups[alt] if m.group(full) is not None}
        pre = (m.group("pre") or m.group("btw") or "").lower() or None
        core = m.start(alt) if m.group("part") is None else m.start("part")
        ctx = {"pre": pre, "part": m.group("part"), "before": text[max(0, m.start() - 30):m.start()],
               "after": text[m.end():m.end() + 30], "text": m.group(alt)}
        spec = _parse(alt, g, ctx)
        if spec is None or not _valid(spec):
            continue
        if spec.kind in ("range", "yrange") and pre in KEEP_PRE:
            core = m.start()  # "from 12 to 14 May" keeps its "from"
        found.append(Found(core, m.end(), m.start(), pre, spec))
    return _join(text, found)


_CONNECT = re.compile(r"\s*,?\s*(?:[-\u2013\u2014]|to|through|thru|till|until|and)\s*\Z", re.IGNORECASE)
_CONNECT_PRE = frozenset({None, "through", "until", "till"})
_JOINABLE = {("date", "date"), ("month", "month"), ("year", "year"), ("weekday", "weekday"),
             ("season", "season"), ("quarter", "quarter")}
_VISIT = re.compile(
    r"(?:\b(?:an?|the|his|her|their|its)\s+)?\b(?P<n>\d{1,2}|[a-z]+)[-\s]day\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:(?:starting|beginning|from|on|since)\s+)?(?:on\s+)?\Z", re.IGNORECASE)


_FINISHED = re.compile(r"\b(?:(?!(?:schedul|plann|expect|slat)ed\b)\w+ed|ends|closes|concludes|wraps)\b",
                       re.IGNORECASE)


def _join(text: str, found: list[Found]) -> list[Found]:
    """Join "from <A> to <B>" into ranges and attach visit lengths ("a three-day visit from <A>")."""
    out: list[Found] = []
    for f in found:
        if out:
            prev = out[-1]
            gap = text[prev.end:f.start]
            joinable = (prev.spec.kind, f.spec.kind) in _JOINABLE and f.pre in _CONNECT_PRE
            conn = _CONNECT.match(gap) if joinable and len(gap) <= 10 else None
            if conn and ("and" not in gap.lower() or prev.pre == "between"):
                a, b = prev.spec, f.spec
                if b.y is None and a.y is not None and b.yrel is None:
                    b.y = a.y
                if a.y is None and a.yrel is None and b.y is not None:
                    a.y = b.y if (a.m or 0) <= (b.m or 0) else b.y - 1
                if a.yrel is None and b.yrel is not None and a.y is None:
                    a.yrel = b.yrel
                if a.kind == "year":
                    spec = Spec("yrange", a.y, n=b.y)
                else:
                    spec = Spec("range", a=a, b=b)
                start = prev.outer if prev.pre in KEEP_PRE else prev.start
                out[-1] = Found(start, f.end, prev.outer, prev.pre, spec)
                continue
        out.append(f)
    for i, f in enumerate(out):
        kind = f.spec.kind if f.spec.kind != "range" else "range"
        if kind not in ("date", "weekday", "day"):
            continue
        visit = _VISIT.search(text, max(0, f.outer - 60), f.outer)
        if visit and not _FINISHED.search(visit.group()):
            n = _num(visit.group("n"))
            if n and 1 < n <= 31:
                out[i] = Found(visit.start(), f.end, visit.start(), f.pre,
                               Spec("range", a=f.spec, days=n), anchor=(f.start, f.end))
    return out
