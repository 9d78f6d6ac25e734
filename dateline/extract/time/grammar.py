"""The time grammar: find temporal expressions in text as unresolved specs.

One master regex, assembled once from the words in ``dateline/lexicons/time_words.yaml``, finds
every candidate; it runs only in windows around key words (month and weekday names, digits,
"week", "yesterday", ...), which keeps the stage at a small fraction of the spaCy parse. Each
alternative's groups become a :class:`~.spec.Spec` in :mod:`.parse`; :mod:`.join` then joins
ranges and visit lengths. Values against a publication date are computed in :mod:`.resolve`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from dateline.errors import LexiconError
from dateline.extract.time.join import join
from dateline.extract.time.lexicon import alternation as _alt
from dateline.extract.time.lexicon import full_months, in_order, words
from dateline.extract.time.parse import PARSERS, Context, valid
from dateline.extract.time.spec import KEEP_PRE, Found, Spec

__all__ = ["Found", "Spec", "master", "named_alternatives", "scan"]


def _templates() -> dict[str, str]:
    w = words()
    full = set(full_months())
    months = rf"(?:{_alt(w['months'])})\b"  # "August 31-September 1": a hyphen may run on to a month
    day = rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![:.,]\d|-(?!{months})[^\W\d_])"
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
        "SHIFT": rf"(?:{_alt(w['story_shifts'])})",
        "DAYPART": rf"(?:\s+(?:{in_order(w['day_parts'])}))?",
        "TO": r"(?(btw)\s+and\s+|\s*(?:[-\u2013\u2014]|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)\s*)",
    }


# Alternatives, most specific first (at one position the first that matches wins).
# {X:name} is the word class X captured as group ``name``; {YSUF:k} an optional year suffix.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("dd_m", r"(?:the\s+)?{DAY:d1}(?:{TO}|\s+and\s+)(?:the\s+)?{DAY:d2}(?:\s+of)?\s+{MON:m}{YSUF:}"),
    ("m_dd", r"{MON:m}\s*(?:the\s+)?{DAY:d1}(?:{TO}|\s+and\s+)(?:the\s+)?{DAY:d2}(?!\s*(?:of\s+)?{MON:_})"
             r"(?!\s*(?:-|to)\s*\d){YSUF:}"),
    ("md_md", r"(?:the\s+)?{MON:m1}\s*{DAY:d1}\s*[-\u2013]\s*{MON:m2}\s*{DAY:d2}{YSUF:}"),  # "August 31-September 1"
    ("iso", r"{YEAR:y}(?P<sep>[-/])(?P<mo>0?[1-9]|1[0-2])(?P=sep)(?P<dd>[12]\d|3[01]|0?[1-9])(?!\d)"),  # 2025/03/05
    ("ym", r"{YEAR:y}[/-](?P<mo>0[1-9]|1[0-2])\b(?![-/.]\d)"),
    ("yrange", r"{YEAR:y1}(?:{TO}(?P<y2>\d{4})|\s*[-\u2013/]\s*(?P<y2s>\d\d))\b(?![-/.,]\d)"),
    ("num_dd", r"(?P<d1>[12]\d|3[01]|0?[1-9])\s*[-\u2013]\s*(?P<d2>[12]\d|3[01]|0?[1-9])\.(?P<mo>0?[1-9]|1[0-2])\."
               r"(?P<c>\d{4})\b(?![./-]\d)"),  # "18-19.11.2025"
    ("num", r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d\d)\b(?![./-]\d)"),
    ("num_mon", r"(?P<d>[12]\d|3[01]|0?[1-9])(?P<sep>[/-]){MON:m}(?P=sep)(?P<c>\d{4}|\d\d)\b(?![./-]\d)"),
    ("num_my", r"(?P<mo>0?[1-9]|1[0-2])/{YEAR:y}"),
    ("d_rel", r"(?:the\s+)?{DAY:d}\s+of\s+{REL:rel}\s+month\b"),  # "on the 20th of this month"
    ("mdy", r"(?:{WD:wd},?\s+)?(?:the\s+)?{MON:m}\s*(?:the\s+)?{DAYX:d}{YSUF:}"),
    ("dmy", r"(?:{WD:wd},?\s+)?(?:the\s+)?{DAYX:d}(?:\s+of)?\s+{MON:m}{YSUF:}"),
    ("my", r"{MON:m}(?:\s+of)?,?\s+{YEAR:y}"),
    ("quarter", r"(?:the\s+)?(?P<q>{QRT})(?:\s|-)+(?:fiscal\s+)?quarter\b"
                r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:{YEAR:y}|(?:the\s+)?(?P<yrel>this|last|next|previous|current)\s+year\b))?"),
    ("qy", r"Q(?P<q>[1-4])\s*(?:of\s+)?{YEAR:y}"),
    ("half", r"(?:the\s+)?(?P<h>first|second)\s+half\s+(?:of\s+)?"
             r"(?:{YEAR:y}|(?:the\s+)?(?P<yrel>this|last|next|the|previous|current)\s+year\b)"),
    ("decade", r"(?:the\s+)?(?:(?P<c>1[89]|20)(?P<dd>\d)0|'?(?P<d2>\d)0)'?s\b"),
    ("shift", r"{NUM:n}\s+(?P<u>day|week|month|year)s?\b(?:\s+(?P<dir>ago|hence|from\s+now|from\s+today)"
              r"|\s+(?P<story>{SHIFT})\b(?!\s+than))?"),  # "two days later": counted from the story's day
    ("rel_mon", r"{REL:rel}\s+{MON:m}(?!\s*\d)"),
    ("wd_wd", r"{WD:wd1}\s*[-\u2013]\s*{WD:wd2}(?!-)"),  # "on Monday-Tuesday"
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
def named_alternatives(patterns: Iterable[tuple[str, str]], expand: Callable[[str], str]
                       ) -> tuple[list[str], dict[str, list[tuple[str, str]]]]:
    """One named group per pattern, its inner groups renamed ``<pattern>__<group>`` so the names
    stay unique in one alternation; ``groups`` maps each pattern to (renamed, original) names."""
    alts: list[str] = []
    groups: dict[str, list[tuple[str, str]]] = {}
    for name, template in patterns:
        body = re.sub(r"\(\?P([<=])(\w+)", rf"(?P\1{name}__\2", expand(template))
        groups[name] = [(g, g.split("__", 1)[1]) for g in re.findall(r"\(\?P<(\w+)>", body)]
        alts.append(f"(?P<{name}>{body})")
    return alts, groups


@cache
def master() -> tuple[re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    """The compiled master regex and, per alternative, its (group, short name) pairs (built once)."""
    tpl = _templates()
    w = words()
    alts, groups = named_alternatives(_PATTERNS, lambda template: _expand(template, tpl))
    pre = rf"(?:(?:(?P<btw>between)|(?P<pre>{_alt(w['prepositions'])}))\s+)?"
    part = rf"(?:(?P<part>{_alt(w['part_of'])})(?:\s+|(?<=-)))?"
    pattern = rf"(?<![\w'/.])(?<!\d-){pre}{part}(?:{'|'.join(alts)})".replace(r"\s", r"[^\S\n]")
    try:
        return re.compile(pattern, re.IGNORECASE), groups
    except re.error as exc:  # a lexicon word broke the grammar
        raise LexiconError(f"time grammar does not compile: {exc}") from exc


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
            "half", "q", "fy", *w["day_parts"]}
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
    for lo, hi in _windows(text):
        for m in regex.finditer(text, lo, hi):
            alt = m.lastgroup
            if alt not in groups:
                continue
            g = {short: m.group(full) for full, short in groups[alt] if m.group(full) is not None}
            pre = (m.group("pre") or m.group("btw") or "").lower() or None
            ctx = Context(pre, m.group("part"), text[max(0, m.start() - 30):m.start()],
                          text[m.end():m.end() + 30], m.group(alt))
            spec = PARSERS[alt](g, ctx)
            if spec is None or not valid(spec):
                continue
            core = m.start(alt) if m.group("part") is None else m.start("part")
            if spec.kind in ("range", "yrange") and pre in KEEP_PRE:
                core = m.start()  # "from 12 to 14 May" keeps its "from"
            found.append(Found(core, m.end(), m.start(), pre, spec))
    return join(text, found)
