"""The Russian agency dateline and the publication date.

Forms read (the city in capitals or followed by a date or an outlet):

    БАКУ, 3 апреля. /Тренд/.        АСТАНА. КАЗИНФОРМ –        ТАШКЕНТ, 5 мая – Podrobno.uz.
    Ашхабад, 3 апреля (ТДХ).        МОСКВА, 3 апр — РИА Новости.

The city is resolved through the Russian place table to the English gazetteer name, so the
record's ``dateline`` is the one an English report of the same agency gives ("Baku", "AZE").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateline.extract.document import DatelineInfo
from dateline.extract.places import lookup_place
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.page import headline_end
from dateline.extract.russian.words import lemmas
from dateline.record import Place, PublishedFrom

__all__ = ["RU_MONTHS", "date_line_end", "find_ru_dateline", "find_ru_published", "ru_told_day"]

RU_MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
             "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12}
_DATE_LINE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d\d-\d\d)\b[ \t]*\n?", re.IGNORECASE)
_CITY = r"[А-ЯЁ][А-ЯЁа-яё]+(?:[- ][А-ЯЁ][А-ЯЁа-яё]+)?"
_DATELINE = re.compile(
    rf"(?P<city>{_CITY})"
    r"(?:[,.]\s*(?:(?P<day>\d{1,2})\s+(?P<month>[а-я]{3,8})\.?(?:\s+(?P<year>\d{4})(?:\s*г(?:ода|\.)?)?)?"
    r"|(?P<nday>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<nyear>\d{4})))?"  # ДУШАНБЕ, 04.12.2025 /НИАТ «Ховар»/.
    r"(?P<tail>"
    r"\s*[.,]?\s*/\s*(?P<o1>[^/\n]{2,40}?)\s*/\s*[.,:–—-]?"  # /Тренд/.
    r"|\s*\((?P<o2>[^()\n]{2,40})\)\s*[.,:–—-]?"  # (ТДХ).
    r"|\s*[.,]?\s*[–—-]\s*(?P<o3>[^\n–—]{2,40}?)\s*[.,](?=\s|\Z)"  # – Podrobno.uz.
    r"|\s*[.,]\s*(?P<o4>[А-ЯЁA-Z][А-ЯЁA-Z\w\-. ]{1,30}?)\s*[–—-]"  # . КАЗИНФОРМ –
    r"|\s*[.,]\s*(?=\d|\s)"  # БАКУ, 3 апреля.
    r")"
)


@dataclass(frozen=True, slots=True)
class RuDateline:
    info: DatelineInfo
    end: int
    headline: tuple[int, int] | None = None  # the headline line(s) above the dateline


def _body_start(text: str) -> int:
    first = _DATE_LINE.match(text)
    start = first.end() if first else 0
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _city(name: str) -> Place | None:
    keys = lemmas(name)
    found = L.places().at(keys, 0)
    if found is None or found.last != len(keys):
        return None
    if found.value.city is not None:  # the city as English copy spells it ("Ulaanbaatar", "Turkmenbashi"),
        place = lookup_place(found.value.city)  # not the gazetteer's local form ("Ulan Bator", "Türkmenbaşy")
        return place.model_copy(update={"name": found.value.city}) if place else Place(name=found.value.city)
    return lookup_place(_country_name(found.value.country))


def _country_name(code: str | None) -> str:
    from dateline.extract.places import country_name

    return country_name(code) if code else ""


def find_ru_dateline(text: str) -> RuDateline | None:
    """The dateline at the start of the body, or below a headline of one or two lines, or None."""
    start = _body_start(text)
    found = _dateline_at(text, start)
    line = start
    for _ in range(2):
        if found is not None:
            break
        line = text.find("\n", line) + 1
        if line <= 0:
            return None
        while line < len(text) and text[line].isspace():
            line += 1
        if headline_end(text, start, line) == line:
            found = _dateline_at(text, line)
    if found is None or line == start:
        return found
    return RuDateline(found.info, found.end, (start, line))


def _dateline_at(text: str, start: int) -> RuDateline | None:
    match = _DATELINE.match(text, start)
    if match is None:
        return None
    city = match.group("city")
    numeric = match.group("nday") is not None
    dated = match.group("day") is not None or numeric
    outlet = next((match.group(g) for g in ("o1", "o2", "o3", "o4") if match.group(g)), None)
    if not (city.isupper() or dated or outlet):
        return None
    place = _city(city)
    if place is None:
        return None
    month = RU_MONTHS.get((match.group("month") or "")[:3]) if dated else None
    if numeric and 1 <= int(match.group("nmonth")) <= 12:
        month = int(match.group("nmonth"))
    day = match.group("nday") if numeric else match.group("day")
    info = DatelineInfo(place=place.name or city, span=(match.start(), match.end()),
                        country=place.country, day=int(day) if dated and month else None,
                        month=month, outlet=outlet.strip() if outlet else None, resolved=place)
    return RuDateline(info, match.end())


def find_ru_published(text: str, metadata: str | None,
                      dateline: DatelineInfo | None) -> tuple[dt.date | None, PublishedFrom]:
    """The publication date: metadata, a ``date YYYY-MM-DD`` first line, else none (a Russian
    dateline gives day and month without the year)."""
    for value, source in ((metadata, "metadata"), (_header(text), "header")):
        if value:
            try:
                return dt.date.fromisoformat(value[:10]), source  # type: ignore[return-value]
            except ValueError:
                continue
    return None, "none"


def date_line_end(text: str) -> int:
    """Where the text's ``date YYYY-MM-DD`` first line ends (0 without one)."""
    first = _DATE_LINE.match(text)
    return first.end() if first else 0


def _header(text: str) -> str | None:
    first = _DATE_LINE.match(text)
    return first.group(1) if first else None


def ru_told_day(dateline: DatelineInfo | None, published: dt.date | None) -> dt.date | None:
    """The dateline's day when the copy came out up to a week after it ("БАКУ, 3 декабря.
    /Тренд/." published on 4 December): the day its "сегодня" and "вчера" mean (as
    ``header.told_day`` for English copy)."""
    if dateline is None or published is None or not (dateline.month and dateline.day):
        return None
    for year in (published.year, published.year - 1):
        try:
            told = dt.date(year, dateline.month, dateline.day)
        except ValueError:
            continue
        if 0 < (published - told).days <= 7:
            return told
    return None
