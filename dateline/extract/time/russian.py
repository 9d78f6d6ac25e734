"""Russian temporal expressions, resolved against the publication date.

The same design as the English grammar (:mod:`dateline.extract.time.grammar`): one master regex
assembled from the words in ``dateline/lexicons/time_words_ru.yaml`` finds each expression, a
parser per alternative turns its groups into a :class:`~.spec.Spec`, and :func:`~.resolve.resolve`
places the Spec against the publication date, a month or day without a year by the tense of its
clause.

>>> from datetime import date
>>> [(t.text, t.start, t.end) for t in find_russian_times("Визит состоится 3 апреля.", date(2025, 3, 20))]
[('3 апреля', '2025-04-03', '2025-04-03')]

Spans leave out a leading preposition ("в среду" -> "среду") except the "с" that opens a range
("с 29 сентября по 2 октября"); a part word stays in ("в конце месяца" -> "конце месяца", the
value is the whole month, as "the end of the month" is in English). "ё" is read as "е".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from dateline.errors import LexiconError
from dateline.extract.time.grammar import named_alternatives
from dateline.extract.time.lexicon import alternation
from dateline.extract.time.parse import valid
from dateline.extract.time.resolve import resolve
from dateline.extract.time.spec import Spec
from dateline.extract.time.tense import sentence_sides
from dateline.lexicons.loader import load_lexicon
from dateline.record import TimeMention

__all__ = ["find_russian_times", "guess_russian_tense"]

TenseFn = Callable[[int, int], "str | None"]
Groups = dict[str, str]

_SECTIONS = ("months", "weekdays", "weekday_prepositions", "days", "not_day_before", "relative",
             "units", "year_words", "years_words", "ordinals", "half_words", "quarter_words",
             "half_year_words", "part_of", "prepositions", "keep_prepositions", "range_joiners", "tense", "this_year",
             "seasons", "counts", "shift_units", "ago_words")


@cache
def _words() -> dict[str, Any]:
    """The Russian time lexicon (read once; treat as read-only)."""
    lex = load_lexicon("time_words_ru.yaml")
    missing = [key for key in _SECTIONS if not isinstance(lex, dict) or key not in lex]
    if missing:
        raise LexiconError(f"time_words_ru.yaml lacks section(s) {', '.join(missing)}")
    return lex


def _fold(text: str) -> str:
    """Lower case with "ё" as "е" (a word of the lexicon's spelling)."""
    return text.lower().replace("ё", "е")


def _fold_text(text: str) -> str:
    """``text`` with "ё" as "е": one character for one, so offsets stay (the regex ignores case)."""
    return text.replace("ё", "е").replace("Ё", "Е")


def _lookup(section: str, word: str) -> Any:
    return _words()[section][" ".join(_fold(word).split())]


_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:-?го(?!\w))?"  # "3 апреля", "3-го апреля"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)(?![\d.,]\d|\d)"


def _templates() -> dict[str, str]:
    w = _words()
    year_word = rf"(?:{alternation(w['year_words'])})(?!\w)"
    return {
        "DAY": _DAY, "YEAR": _YEAR, "YW": year_word,
        "YWS": rf"(?:{alternation(w['years_words'])})(?!\w)",
        "MON": rf"(?:{alternation(w['months'])})\b",
        "WD": rf"(?:{alternation(w['weekdays'])})\b",
        "REL": rf"(?:{alternation(w['relative'])})\b",
        "UNIT": rf"(?:{alternation(w['units'])})\b",
        "ORD": rf"(?:{alternation(w['ordinals'])})\b",
        "HALF": rf"(?:{alternation(w['half_words'])})\b",
        "HALFY": rf"(?:{alternation(w['half_year_words'])})\b",
        "QRT": rf"(?:{alternation(w['quarter_words'])})\b",
        "DAYS": rf"(?:{alternation(w['days'])})\b",
        "SEASON": rf"(?:{alternation(w['seasons'])})\b",
        "COUNT": rf"(?:\d{{1,2}}|{alternation(w['counts'])})",
        "SUNIT": rf"(?:{alternation(w['shift_units'])})\b",
        "AGO": rf"(?:{alternation(w['ago_words'])})\b",
        "TO": rf"(?:\s*[-\u2013\u2014]\s*|\s+(?:{alternation(w['range_joiners'])})\s+)",
        # "2025 года", "этого года": the year of a date or month
        "YSUF": rf"(?:,?\s+(?P<y>{_YEAR})(?:\s*{year_word})?|\s+(?P<yrel>{alternation(w['relative'])})"
                rf"\s+года\b|\s+(?P<ythis>{alternation(w['this_year'])})(?!\w))?",
    }


# Alternatives, most specific first (at one position the first that matches wins).
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("dmdm", r"(?P<d1>{DAY})\s+(?P<m1>{MON})(?:\s+(?P<y1>{YEAR})(?:\s*{YW})?)?{TO}"
             r"(?P<d2>{DAY})\s+(?P<m2>{MON}){YSUF}"),
    ("ddm", r"(?P<d1>{DAY}){TO}(?P<d2>{DAY})\s+(?P<m>{MON}){YSUF}"),
    ("num", r"(?P<d>{DAY})\.(?P<mo>0?[1-9]|1[0-2])\.(?P<y>\d{4})(?![\d.]\d)(?:\s*{YW})?"),
    ("iso", r"(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)"),
    ("dm", r"(?P<d>{DAY})\s+(?P<m>{MON}){YSUF}"),
    ("mhalf", r"(?P<o>{ORD})\s+{HALF}\s+(?P<m>{MON}){YSUF}"),  # "в первой половине апреля": April
    ("half", r"(?P<o>{ORD})\s+(?:{HALF}\s+(?:(?P<y>{YEAR})(?:\s*{YW})?|(?:(?P<rel>{REL})\s+)?(?P<yw>года)\b)"
             r"|(?P<hy>{HALFY}))"),
    ("quarter", r"(?P<o>{ORD})\s+{QRT}(?:\s+(?:(?P<y>{YEAR})(?:\s*{YW})?"
                r"|(?:(?P<rel>{REL})\s+)?(?P<yw>года)\b))?"),
    ("yrange", r"(?P<y1>{YEAR}){TO}(?P<y2>{YEAR})\s*(?:{YWS}|{YW})"),
    ("rel_wd", r"(?P<rel>{REL})\s+(?P<wd>{WD})"),
    ("rel_unit", r"(?P<rel>{REL})\s+(?P<u>{UNIT})"),
    ("mrange", r"(?P<m1>{MON}){TO}(?P<m2>{MON}){YSUF}"),
    ("season", r"(?:(?P<rel>{REL})\s+)?(?P<s>{SEASON}){YSUF}"),
    ("ahead", r"через\s+(?:(?P<n>{COUNT})\s+)?(?P<u>{SUNIT})"),
    ("ago", r"(?:(?P<n>{COUNT})\s+)?(?P<u>{SUNIT})\s+{AGO}"),
    ("month", r"(?P<m>{MON}){YSUF}"),
    ("year", r"(?P<y>{YEAR})\s*{YW}"),
    ("weekday", r"(?P<wd>{WD})"),
    ("dayword", r"(?P<w>{DAYS})"),
    ("unit", r"(?P<u>{UNIT})"),
)


@cache
def _master() -> tuple[re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    """The compiled master regex and, per alternative, its (group, short name) pairs."""
    tpl = _templates()
    w = _words()
    alts, groups = named_alternatives(
        _PATTERNS, lambda template: re.sub(r"\{([A-Z]+)\}", lambda m: tpl[m.group(1)], template))
    pre = rf"(?:(?P<pre>{alternation(w['prepositions'])})\s+)?"
    part = rf"(?:(?P<part>{alternation(w['part_of'])})\s+)?"
    pattern = rf"(?<![\w.\-]){pre}{part}(?:{'|'.join(alts)})".replace(r"\s", r"[^\S\n]")
    try:
        return re.compile(pattern, re.IGNORECASE), groups
    except re.error as exc:  # a lexicon word broke the grammar
        raise LexiconError(f"Russian time grammar does not compile: {exc}") from exc


def _year(g: Groups) -> tuple[int | None, int | None]:
    if g.get("y"):
        return int(g["y"]), None
    if g.get("ythis"):
        return None, 0  # "15 апреля т.г."
    return (None, int(_lookup("relative", g["yrel"]))) if g.get("yrel") else (None, None)


def _num(day: str) -> int:
    """"3" or "3-го" -> 3."""
    return int(day.rstrip("-го"))


def _count(word: str | None) -> int:
    """"две" -> 2, "10" -> 10; no number word is one ("через неделю")."""
    if word is None:
        return 1
    return int(word) if word.isdigit() else int(_lookup("counts", word))


def _parse(alt: str, g: Groups, pre: str | None, part: str | None, after: str) -> Spec | None:
    """The Spec of one match, or None when the words are not a date here."""
    w = _words()
    if alt in ("dm", "ddm", "dmdm"):
        y, yrel = _year(g)
        if alt == "dm":
            return Spec("date", y, yrel, _lookup("months", g["m"]), _num(g["d"]))
        m2 = _lookup("months", g["m2" if alt == "dmdm" else "m"])
        m1 = _lookup("months", g["m1"]) if alt == "dmdm" else m2
        y1 = int(g["y1"]) if g.get("y1") else y
        if y1 is not None and not g.get("y1") and m1 > m2:
            y1 -= 1  # "29 декабря – 2 января 2025 года": the range starts the year before
        return Spec("range", a=Spec("date", y1, yrel, m1, _num(g["d1"])), b=Spec("date", y, yrel, m2, _num(g["d2"])))
    if alt in ("num", "iso"):
        return Spec("date", int(g["y"]), None, int(g["mo"]), _num(g["d"]))
    if alt in ("half", "quarter"):
        n = int(_lookup("ordinals", g["o"]))
        if alt == "half" and n > 2:
            return None
        y = int(g["y"]) if g.get("y") else None
        rel = int(_lookup("relative", g["rel"])) if g.get("rel") else None
        if y is None and rel is None and g.get("yw"):
            rel = 0  # "в первой половине года": this year's ("в первом квартале": by the tense)
        return Spec(alt, y, rel, n=n)
    if alt == "yrange":
        y1, y2 = int(g["y1"]), int(g["y2"])
        return Spec("yrange", y1, n=y2) if y1 < y2 <= y1 + 30 else None
    if alt == "rel_wd":
        rel = int(_lookup("relative", g["rel"]))
        return Spec("weekday", wd=_lookup("weekdays", g["wd"]), rel=None if rel == 0 else rel,
                    unit="this" if rel == 0 else None)
    if alt == "rel_unit":
        return Spec("unit", rel=int(_lookup("relative", g["rel"])), unit=_lookup("units", g["u"]))
    if alt == "mrange":  # "в апреле-мае", "с апреля по июнь 2025 года"
        y, yrel = _year(g)
        m1, m2 = _lookup("months", g["m1"]), _lookup("months", g["m2"])
        if not (pre or y or yrel is not None) or m1 == m2:
            return None
        y1 = y - 1 if y is not None and m1 > m2 else y
        return Spec("range", a=Spec("month", y1, yrel, m1), b=Spec("month", y, yrel, m2))
    if alt == "season":  # "весной", "осенью прошлого года", "прошлой зимой", "летом 2025 года"
        y, yrel = _year(g)
        rel = int(_lookup("relative", g["rel"])) if g.get("rel") else None
        return Spec("season", y, yrel, _lookup("seasons", g["s"]), rel=rel)
    if alt in ("ahead", "ago"):  # "через две недели", "неделю назад"
        n = _count(g.get("n"))
        return Spec("shift", n=n if alt == "ahead" else -n, unit=_lookup("shift_units", g["u"]))
    if alt == "mhalf":  # a half of a month is the month, as "в конце месяца" is
        n = int(_lookup("ordinals", g["o"]))
        y, yrel = _year(g)
        return Spec("month", y, yrel, _lookup("months", g["m"])) if n <= 2 else None
    if alt == "month":
        y, yrel = _year(g)
        if not (pre or part or y or yrel is not None):
            return None  # a bare month word ("апрель") is a name, not a time
        return Spec("month", y, yrel, _lookup("months", g["m"]))
    if alt == "year":
        return Spec("year", int(g["y"]))
    if alt == "weekday":
        return Spec("weekday", wd=_lookup("weekdays", g["wd"])) \
            if pre in w["weekday_prepositions"] else None
    if alt == "dayword":
        word = _fold(g["w"])
        nxt = re.match(r"\s*(\w+)", after)
        if word == "накануне" and nxt and _fold(nxt.group(1)) in w["not_day_before"]:
            return None  # "накануне визита": on the eve of the visit
        return Spec("day", n=int(_lookup("days", word)))
    if alt == "unit":  # with a part: "в конце месяца", "в начале года"; "в выходные"
        unit = _lookup("units", g["u"])
        if unit == "weekend":
            return Spec("unit", unit=unit) if pre in ("в", "на") else None
        return Spec("unit", rel=0, unit=unit) if part else None
    raise ValueError(f"unknown Russian time alternative {alt!r}")


# --- the tense of the clause, from its words ------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+|[.!?;]")
# a sentence ends, or a clause of its own starts (", а в марте ...", "; ...")
_CLAUSE = r"|;|,\s+(?:а|но|однако|тогда\s+как)\s"
_SENT_START = re.compile(r"[.!?]\s+(?=[А-ЯЁA-Z«\"(])|\n" + _CLAUSE, re.IGNORECASE)
_SENT_END = re.compile(r"[.!?](?:\s|$)|\n" + _CLAUSE, re.IGNORECASE)


@cache
def _past_verb() -> re.Pattern[str]:
    endings = alternation(_words()["tense"]["past_endings"])
    return re.compile(rf"\w{{2,}}(?:[аяиеыу]л|шл)(?:{endings})")


@cache
def _cue(word: str) -> str | None:
    low = _fold(word)
    tense = _words()["tense"]
    if low in tense["future"]:
        return "future"
    if low in tense["present"]:
        return "present"
    if low in tense["not_past"]:
        return None
    return "past" if _past_verb().fullmatch(low) else None


def guess_russian_tense(text: str, start: int, end: int) -> str | None:
    """Best guess of the tense around ``text[start:end]`` from the words of its sentence.

    The nearest cue to the left wins, else the first to the right ("3 апреля министр прибыл").
    "состоится", "пройдет", "будет", "планируется" -> future; a past verb ("прибыл",
    "провели", "состоялась") -> past; "находится" -> present. The sentence ends at a clause of
    its own (", а ...", "; ...").
    """
    left, right = sentence_sides(text, start, end, _SENT_START, _SENT_END)
    for word in reversed(_TOKEN.findall(left)):
        if cue := _cue(word):
            return cue
    for word in _TOKEN.findall(right):
        if cue := _cue(word):
            return cue
    return None


def _lead_in(pre: str | None, clause: str | None) -> str | None:
    """"до/к/не позднее <X>" is a deadline: forward unless the clause is plainly past."""
    if pre in ("до", "к", "ко", "не позднее", "вплоть до") and clause != "past":
        return "future"
    return clause


def find_russian_times(text: str, reference: date | None, *,
                       tense: TenseFn | None = None) -> list[TimeMention]:
    """Temporal expressions of Russian ``text``, resolved against ``reference``.

    ``tense(start, end)`` may give the tense ("past" | "present" | "future" | None) of the clause
    around a span; when it returns None (or is not given) the words of the sentence decide.
    Values without a reference stay None unless the expression carries its own year.
    """
    regex, groups = _master()
    keep = frozenset(_words()["keep_prepositions"])
    folded = _fold_text(text)
    out: list[TimeMention] = []
    for m in regex.finditer(folded):
        alt = m.lastgroup
        if alt not in groups:
            continue
        g = {short: m.group(full) for full, short in groups[alt] if m.group(full) is not None}
        pre = " ".join(_fold(m.group("pre")).split()) if m.group("pre") else None
        part = m.group("part")
        spec = _parse(alt, g, pre, part, folded[m.end():m.end() + 30])
        if spec is None or not valid(spec):
            continue
        start = m.start("part") if part else m.start(alt)
        if pre in keep and spec.kind in ("range", "yrange"):
            start = m.start()  # "с 29 сентября по 2 октября" keeps its "с"
        clause = None
        if reference is not None and spec.needs_tense():
            clause = tense(start, m.end()) if tense is not None else None
            clause = _lead_in(pre, clause or guess_russian_tense(text, start, m.end()))
        value_start, value_end, grain = resolve(spec, reference, clause)
        out.append(TimeMention(text=text[start:m.end()], span=(start, m.end()), start=value_start,
                               end=value_end, grain=grain))
    return out
