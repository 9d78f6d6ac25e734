"""A report's publication date: the input's metadata, a printed date line at the top, the dateline's
day and month with the year the text gives, or a full date in the first sentence.

>>> find_published(" date 2024-04-03\\nBAKU, April 3. ...", None)
('2024-04-03', 'header')
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from dateline.extract.header import (
    CLOCK,
    DATE_LINE,
    DatelineMatch,
    alternation,
    body_start,
    find_dateline,
    header_words,
    line_starts,
)
from dateline.extract.time import find_times
from dateline.extract.time.lexicon import weekday_number, words
from dateline.extract.time.values import is_day
from dateline.record import PublishedFrom

__all__ = ["find_published", "told_day"]

_LABEL = re.compile(r"^(?:(?:" + alternation("date_labels") + r")"
                    r"\s*(?:on)?\s*[:\-]?\s*)", re.IGNORECASE)
_HORIZON = tuple(header_words()["horizon_words"])



# A publication date outside these years is no date (9999-12-31 is a placeholder): the dates
# resolved against it must stay within the calendar.
_PUBLISHED_YEARS = (1000, 8999)


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    found: date | None
    try:
        found = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        m = re.match(r"(\d{4}-\d\d-\d\d)", value)
        try:
            found = date.fromisoformat(m.group(1)) if m else None
        except ValueError:
            return None
    return found.isoformat() if found and _in_years(found.isoformat()) else None


def _in_years(value: str | None) -> bool:
    """Is ``value`` (``YYYY...``) within the years a publication date can have?"""
    year = value[:4] if value else ""
    return year.isdigit() and _PUBLISHED_YEARS[0] <= int(year) <= _PUBLISHED_YEARS[1]


def _printed_date(text: str, dateline: DatelineMatch | None) -> tuple[str | None, tuple[int, int] | None]:
    """A date line near the top ("Published: 3 April 2024", "19 Mar. 21:30 (UTC+3 MSK)").

    Returns (full date, None) or (None, (month, day)) when the line has no year.
    """
    for pos in line_starts(text):
        if dateline is not None and dateline.span[0] <= pos < dateline.span[1]:
            continue
        end = text.find("\n", pos)
        line = text[pos:end if end >= 0 else len(text)]
        if len(line) > 80:
            continue
        for piece in [line, *(_PIECE.split(line) if "|" in line else ())]:
            full, md = _date_of(piece)
            if full or md:
                return full, md
    return None, None


# "Author: Aydan Aliyeva | 04.12.2026 - Update: 04.12.2026", "Source: Xinhua| 2026-12-04 20:15|Editor: ...":
# a page's stamp line, whose pieces between bars and dashes are the byline, the date and the update
_PIECE = re.compile(r"[ \t]*\|[ \t]*|[ \t]+[-\u2013][ \t]+")


def _date_of(line: str) -> tuple[str | None, tuple[int, int] | None]:
    """The one date ``line`` is made of, full or (month, day)."""
    core = CLOCK.sub(" ", _LABEL.sub("", line.strip())).strip(" ,.-")
    if not core:
        return None, None
    found = [t for t in find_times(core, None) if t.grain == "day"]
    if len(found) != 1 or len(found[0].text) < 0.7 * len(core):
        return None, None
    if found[0].start:
        return found[0].start, None
    return None, _month_day(found[0].text)


def _month_day(text: str) -> tuple[int, int] | None:
    months = words()["months"]
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})\b|(\d{1,2})\s+([A-Za-z]+)", text)
    if not m:
        return None
    name, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    month = months.get(name.lower())
    return (month, int(day)) if month else None


@cache
def _weekday_regex() -> re.Pattern[str]:
    names = "|".join(sorted(words()["weekdays"], key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation('weekday_leads')})\s+({names})\b", re.IGNORECASE)


def _year_evidence(text: str, month: int, day: int) -> int | None:
    """The year a dateline's day and month most plausibly belong to, from years in the text."""
    votes: dict[int, float] = {}
    for t in find_times(text, None):
        if not t.start or not t.start[:4].isdigit():
            continue
        y = int(t.start[:4])
        if t.grain == "day" and is_day(t.start):
            if (int(t.start[5:7]), int(t.start[8:10])) == (month, day):
                return y
            weight = 2.0
        elif t.grain == "year" and t.end and t.end != t.start:
            weight = 1.5  # "Cooperation Program for 2024-2026" starts this year
        elif text[max(0, t.span[0] - 8):t.span[0]].strip().lower().endswith(_HORIZON):
            weight = 0.25  # "a strategy until 2035": a horizon, not the present
        else:
            weight = 1.0
        votes[y] = votes.get(y, 0.0) + weight
    if not votes:
        return None
    # "held talks on Tuesday" in a "Dec 5" story: the year in which Dec 5 is a Tuesday.
    weekdays = {weekday_number(m.group(1)) for m in _weekday_regex().finditer(text)}
    if len(weekdays) == 1:
        wanted = weekdays.pop()
        for y in list(votes):
            if _valid(y, month, day) and date(y, month, day).weekday() == wanted:
                votes[y] += 2
    return max(votes, key=lambda y: (votes[y], y))


def _first_sentence_date(text: str, start: int) -> str | None:
    body = text[start:start + 400]
    stop = re.search(r"[.!?](?:\s|$)", body)
    sentence = body[:stop.end()] if stop else body
    for t in find_times(sentence, None):
        if t.grain == "day" and is_day(t.start) and t.start == t.end:
            return t.start
    return None


def find_published(text: str, metadata: str | None) -> tuple[str | None, PublishedFrom]:
    """Publication date (YYYY-MM-DD or None) and where it came from.

    In order: the input metadata ("metadata"); a ` date YYYY-MM-DD` first line or a printed
    date line near the top ("header"); the dateline's day and month with the year taken
    from the text ("dateline"); a full date in the first sentence ("body"); else (None, "none").
    """
    meta = _iso(metadata)
    if meta:
        return meta, "metadata"
    first = DATE_LINE.match(text)
    if first and _iso(first.group(1)):
        return first.group(1), "header"
    dateline = find_dateline(text)
    printed, md = _printed_date(text, dateline)
    if printed and _in_years(printed):
        return printed, "header"
    if md is not None:
        year = _year_evidence(text, *md)
        if year and _valid(year, *md):
            return f"{year:04d}-{md[0]:02d}-{md[1]:02d}", "header"
    if dateline is not None and dateline.month and dateline.day:
        year = dateline.year or _year_evidence(text, dateline.month, dateline.day)
        if year and _valid(year, dateline.month, dateline.day):
            return f"{year:04d}-{dateline.month:02d}-{dateline.day:02d}", "dateline"
    body = _first_sentence_date(text, dateline.span[1] if dateline else body_start(text))
    if body and _in_years(body):
        return body, "body"
    return None, "none"


_TOLD_LAG = 7  # days a report may come out after the day its dateline gives
_TOLD_LEAD = 1  # ... and before it: a timestamp in UTC (or the desk's zone) behind the dateline's local day


def told_day(dateline: DatelineMatch | None, published: date | None) -> date | None:
    """The dateline's day when it differs a little from ``published``: the day the report's
    "today" means. An aggregator's copy of "BAKU, Dec. 3 (Trend)" published on Dec. 4, or a
    "BEIJING, Jan. 1 (Xinhua)" story stamped in UTC on Dec. 31. A dateline with its year
    ("ABU DHABI, 4th December, 2025 (WAM)") gives the day however far the stamp is from it."""
    if dateline is None or published is None or not (dateline.month and dateline.day):
        return None
    if dateline.year and _valid(dateline.year, dateline.month, dateline.day):
        told = date(dateline.year, dateline.month, dateline.day)  # "ABU DHABI, 4th December, 2025 (WAM)":
        return told if told != published else None  # the copy's own full date, however late the stamp
    years = (dateline.year,) if dateline.year else (published.year, published.year - 1, published.year + 1)
    for year in years:
        if year and _valid(year, dateline.month, dateline.day):
            told = date(year, dateline.month, dateline.day)
            if -_TOLD_LEAD <= (published - told).days <= _TOLD_LAG and told != published:
                return told
    return None


def _valid(y: int, m: int, d: int) -> bool:
    if not _in_years(f"{y:04d}"):
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True
