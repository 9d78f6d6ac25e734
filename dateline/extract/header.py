"""The top of a report: its dateline ("BAKU, Azerbaijan, April 3."); the publication date printed
above it or carried by it is read in ``published.py``.

>>> m = find_dateline("ASTANA, Dec 5 (Reuters) - Kazakhstan's president ...")
>>> (m.place, m.country, m.month, m.day, m.outlet)
('Astana', 'KAZ', 12, 5, 'Reuters')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from dateline.extract.boilerplate import credit_spans, is_outlet, outlet_state
from dateline.extract.landmarks import capital_namesake
from dateline.extract.places import (
    city_in_country,
    city_place,
    country_code,
    country_entry,
    lookup_place,
    name_index,
)
from dateline.extract.time import find_times
from dateline.extract.time.lexicon import words
from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon
from dateline.record import Dateline, Place

__all__ = ["CLOCK", "DATE_LINE", "DatelineMatch", "alternation", "body_start", "find_dateline", "header_words", "line_starts",
           "namesake_capital"]

_HEAD_CHARS = 800  # a dateline or a printed date line sits in the first lines
_HEAD_LINES = 6

_WORDS = load_lexicon("header_words.yaml")


def header_words() -> dict:
    """The words of ``header_words.yaml`` (loaded once)."""
    return _WORDS


def alternation(key: str) -> str:
    """The words of ``header_words.yaml[key]`` as a regex alternation, in order; a space matches
    any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS[key])


DATE_LINE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d\d-\d\d)\b[ \t]*\n?", re.IGNORECASE)
_TAG = re.compile(r"\(\s*(?:(?:" + alternation("tag_prefixes") + r")\s*[-\u2013]\s*)?"
                  r"(?P<outlet>[^()\n]{2,40}?)\s*\)[ \t]*(?:(?:--|[-\u2013\u2014])[ \t]+)?")
# AP-style US state abbreviations after the city ("Ky.", "N.M.", "Calif.") and postal codes ("SC").
_US_STATE = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|[A-Z]{2}")
# A clock time, not the day and month of a numeric date ("03.12.2026, 14:25": only "14:25").
CLOCK = re.compile(r"\b(?<![\d.])(?:at\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?![.:]?\d)\s*(?:[AaPp]\.?[Mm]\.?)?"
                    r"|\(?\b(?:" + alternation("time_zones") + r")\b[^)\n]*\)?|\|", re.IGNORECASE)
_CITY_TERMS = frozenset({":", "--", "-", "\u2013", "\u2014"})  # "Doha: ...", "Nairobi \u2014 ..."


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline: place as written in normal case, its span, the date and outlet it carries."""

    place: str
    span: tuple[int, int]
    place_text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    outlet: str | None = None
    country: str | None = None
    resolved: Place | None = None

    def to_record(self) -> Dateline:
        return Dateline(place=self.place, country=self.country, span=self.span)


@cache
def _dateline_regex() -> re.Pattern[str]:
    months = sorted(words()["months"], key=len, reverse=True)
    mon = "(?:" + "|".join(m.capitalize() + "|" + m.upper() for m in months) + r")\.?"
    particles = alternation("place_particles")
    upper, lower = "A-Z\u00c0-\u00de\u0100-\u017f", "a-z\u00df-\u00ff\u0100-\u017f"
    caps = rf"[{upper}][{upper}'\u2019.\-]*[{upper}.](?:[ \-](?:[{upper}][{upper}'\u2019.\-]*[{upper}.]|{particles}))*"
    word = rf"[{upper}][{lower}'\u2019]+(?:-[{upper}]?[{lower}'\u2019]+)*"  # "Nur-Sultan", "Port-au-Prince"
    title = rf"{word}(?:[ \-](?:{word}|{particles})){{0,2}}"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    # The date: "May 5", "5 May", "5th May, 2024", "05.05.2024"; after a comma or a full stop.
    date = (rf"(?:(?P<mon1>{mon})(?:[ \t]+|(?<=\.))(?P<day1>{day})\b|(?P<day2>{day})[ \t]+(?P<mon2>{mon})"
            r"|(?P<day3>\d{1,2})\.(?P<mon3>\d{1,2})\.(?=\d{4}))(?:(?:,?[ \t]+|(?<=\.)|/)(?P<year>\d{4}))?")
    # An outlet after the date's full stop: "May 5. /Kabar/.", "Yerevan, May 5. ARMENPRESS.".
    late_outlet = r"(?:[ \t]*/[ \t]*(?P<o4>[^/\n]{2,30}?)[ \t]*/|[ \t]+(?P<o5>[A-Z][A-Z\-]{3,}\b|[A-Z][\w.\-]{2,}\b))"
    return re.compile(
        rf"(?P<place>{caps}|{title})(?:/(?:{caps}|{title})(?=[ \t]*[,(\-\u2013\u2014]))?"  # "ISTANBUL/ANKARA": the first city's
        r"(?:[ \t]*\[[A-Z][A-Za-z .\-]{1,30}\])?"  # "New Delhi [India]"
        rf"(?:,[ \t]*(?i:{alternation('hijri_months')})[ \t]+\d{{1,2}},[ \t]*\d{{4}}(?:[ \t]*A?H\.?)?(?=,))?"  # "Rajab 4, 1448"
        r"(?:,[ \t]*(?P<region>[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u017f.\- ]{1,30}?)(?=,|[ \t]*[(/\-\u2013\u2014]))?"
        rf"(?:(?:[,.]?|[ \t]+[\u2013\u2014])[ \t]*{date}(?:,?[ \t]+\d{{1,2}}:\d\d\b)?)?"  # "Astana, Kazakhstan \u2014 March 5", "5 March 2026, 14:20"
        r"(?:,?[ \t]*\((?P<o1>[^()\n]{2,40})\)|[ \t]*/[ \t]*(?P<o2>[^/\n]{2,30}?)[ \t]*/"
        r"|,[ \t]*(?P<o3>[A-Z][A-Z]+\b|[A-Z][A-Za-z.\-]*[A-Z][A-Za-z]*(?=[ \t]*(?:[-\u2013\u2014.:\n]|$)))"
        r"|(?:\.|(?<=\.))(?P<o6>[ \t]+[A-Z][A-Z\-]{3,}\b)(?=[ \t]*(?:--|[-\u2013\u2014.:])))?"
        r"(?P<term>[ \t]*(?:\.-|--|[-\u2013\u2014]|\.|:)(?=\s|$)|--)?"
        rf"(?:(?<=\.){late_outlet}(?P<term2>[ \t]*(?:--|[-\u2013\u2014]|\.|:)(?=\s|$))?)?"
    )


def namesake_capital(name: str) -> Place | None:
    """The capital a state's own name stands for in a dateline: "KUWAIT, July 8 (KUNA)" is
    Kuwait City ("Mexico" Mexico City, "Panama" Panama City); None for other names."""
    key = soft_fold(name)
    hit = name_index().get(key)
    entry = country_entry(hit[0]) if hit and hit[1] == "name" else None
    if entry is None or not entry.capitals or not soft_fold(entry.capitals[0]).startswith(key + " "):
        return None
    return city_place(entry.capitals[0])


def _normal_case(raw: str, resolved: Place | None) -> str:
    if resolved is not None and resolved.name and resolved.name.lower() == raw.lower():
        return resolved.name
    if not raw.isupper():
        return raw
    return re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), raw.lower())


def body_start(text: str) -> int:
    m = DATE_LINE.match(text)
    return m.end() if m else 0


def line_starts(text: str) -> list[int]:
    """Offsets of the first lines of the text (after a ` date` line), where a dateline may be."""
    start = body_start(text)
    starts: list[int] = []
    pos = start
    while pos < min(len(text), _HEAD_CHARS) and len(starts) < _HEAD_LINES:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos >= len(text):
            break
        starts.append(pos)
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    return starts


_LEAD_OUTLET = re.compile(r"(?P<outlet>[^\W\d_][\w.\-]*(?:[ \t][^\W\d_][\w.\-]*){0,2}?)[ \t]*(?:--|[-\u2013\u2014:])[ \t]+")
_TRAIL_OUTLET = re.compile(r"[ \t]+(?P<outlet>[^\W\d_][\w.\-]*(?:[ \t][^\W\d_][\w.\-]*){0,2}?)"
                           r"(?:[ \t]*(?:--|[-\u2013\u2014.:])(?=\s|$)|(?=\n)|(?=[ \t]+[A-Z]))")


def _led_by_outlet(text: str, pos: int) -> tuple[str | None, int]:
    """'Kazinform - Astana, March 5.', 'AZERTAC: Baku': an outlet signs the copy before its dateline."""
    lead = _LEAD_OUTLET.match(text, pos)
    if lead and is_outlet(lead.group("outlet")):
        return lead.group("outlet").strip(), lead.end()
    return None, pos


def _signed_after(text: str, found: DatelineMatch) -> DatelineMatch:
    """'BISHKEK, March 5 \u2014 Kabar.', 'Nur-Sultan, 5 March 2026 \u2013 Kazinform': the outlet after the
    dash is the dateline's, not the body's first words."""
    if found.outlet or not text[found.span[0]:found.span[1]].rstrip().endswith(("-", "\u2013", "\u2014")):
        return found
    trail = _TRAIL_OUTLET.match(text, found.span[1])
    if trail is None or not is_outlet(trail.group("outlet").rstrip(".")):
        return found
    return replace(found, span=(found.span[0], trail.end()), outlet=trail.group("outlet").rstrip("."))


_BYLINE_AFTER = re.compile(r"[ \t]*By[ \t]+[A-Z][\w'.\-]+(?:[ \t]+[A-Z][\w'.\-]+){0,3}[ \t]*(?:--|[-\u2013\u2014])[ \t]*"
                           r"(?P<outlet>[^\W\d_][\w.\-]*(?:[ \t][^\W\d_][\w.\-]*){0,2}?)[ \t]*[:.]?(?=\s|$)")


def _bylined_after(text: str, found: DatelineMatch) -> DatelineMatch:
    """'Baku, Azerbaijan, Dec.4 By Elmira Tariverdiyeva - Trend:': the reporter and the outlet
    that sign the copy after its date belong to the dateline, not to the lead."""
    m = _BYLINE_AFTER.match(text, found.span[1])
    if m is None or not is_outlet(m.group("outlet").rstrip(".")):
        return found
    return replace(found, span=(found.span[0], m.end()), outlet=found.outlet or m.group("outlet").rstrip("."))


def _match_at(text: str, pos: int) -> DatelineMatch | None:
    tag_outlet = None
    tag = _TAG.match(text, pos)
    if tag:
        tag_outlet, pos = tag.group("outlet").strip(), tag.end()
    elif (led := _led_by_outlet(text, pos))[0] is not None:
        tag_outlet, pos = led
    m = _dateline_regex().match(text, pos)
    if m is None:
        return None
    raw = m.group("place").rstrip(".")
    split = _place_then_outlet(text, pos, raw)
    if split is not None:
        return split
    late = m.group("o4") or m.group("o5")
    if late and not (m.group("o4") or is_outlet(late)):
        m = _dateline_regex().match(text, pos, m.start("o5"))  # "May 5. KAZAKH ..." is the body
        if m is None:
            return None
        late = None
    outlet = (m.group("o1") or m.group("o2") or m.group("o3") or (m.group("o6") or "").strip() or late
              or tag_outlet or None)
    mon = m.group("mon1") or m.group("mon2")
    day = m.group("day1") or m.group("day2") or m.group("day3")
    region = m.group("region")
    if region and (is_outlet(region) or region.isupper() and country_code(region) is None):
        outlet, region = outlet or region.strip(), None  # "Tehran, IRNA --"
    term = m.group("term") or m.group("term2")
    year = int(m.group("year")) if m.group("year") else None
    month = (words()["months"][mon.lower().rstrip(".")] if mon
             else int(m.group("mon3")) if m.group("mon3") and 1 <= int(m.group("mon3")) <= 12 else None)
    day_n = int(day.rstrip("stndrh")) if day and month else None
    if outlet and not mon:  # "Edmonton, Ky. (November 28, 2016) -": a date in the brackets
        dated = [t.start for t in find_times(outlet, None) if t.grain == "day" and t.start]
        if dated:
            year, month, day_n = (int(x) for x in dated[0].split("-"))
            outlet = tag_outlet
    if raw.lower() in words()["months"]:
        return None  # "KYODO NEWS - Dec 4, 2026": the date, not a place
    capital = namesake_capital(raw)
    resolved = capital or lookup_place(raw)
    caps = raw.isupper()
    city = resolved is not None and city_place(raw) is not None
    own_region = region is None or resolved is not None and country_code(region) == resolved.country
    if tag_outlet and outlet == tag_outlet and not (month or term or region):
        return None  # "(Xinhua) Cuba and Vietnam signed ...": the tag opens the body, no place follows
    if not (month or outlet or (caps and term and (region or resolved))
            or (city and term and term.strip() in _CITY_TERMS and own_region)
            or (city and not region and _alone_on_line(text, m.end()))):
        return None  # a capitalised word and a comma is not a dateline; "Doha: ...", "Manila, Philippines \u2013" are
    if not caps and resolved is None and not (region and country_code(region)) and not (
            month and outlet and is_outlet(outlet)):
        return None  # "However, ..." / "Officials (who ...)"; "Lachin, December 4, AZERTAC" is a dateline
    if caps and resolved is None and not (month or region or m.group("o1") or m.group("o2")):
        return None
    if caps and len(raw.replace(".", "")) < 4 and not (month or outlet):
        return None  # "UN:" opens a paragraph, it is not a place
    us_state = bool(region and _US_STATE.fullmatch(region.strip()))
    country = "USA" if us_state else (country_code(region) if region else None)
    if us_state and resolved is not None and resolved.country != "USA":
        resolved = None  # "PARIS, Mo." is not Paris, France
    if country and resolved is not None and resolved.country != country:  # "SAN JOSE, Costa Rica": not California's
        resolved = capital_namesake(resolved, [country]) or city_in_country(resolved.name or raw, country)
    country = country or (resolved.country if resolved else None)
    if country is None and resolved is None and not region and " " not in raw:
        country = outlet_state(outlet)  # "ZANGILAN, Dec 4 (Trend)": a town of the agency's state, not "UNITED NATIONS"
    return DatelineMatch(
        place=capital.name if capital and capital.name else _normal_case(raw, resolved),
        span=(m.start(), m.end()), place_text=raw,
        day=day_n, month=month, year=year,
        outlet=outlet.strip() if outlet else None, country=country, resolved=resolved)


def _alone_on_line(text: str, end: int) -> bool:
    """'ANKARA' on a line of its own above the body (Anadolu's web copy): the city is all the line
    holds and a line of prose follows."""
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip():
        return False
    body = text[nl:].lstrip()
    return body[:1].isupper() and len(body.split("\n", 1)[0].split()) > _FURNITURE_WORDS


_OUTLET_AFTER = re.compile(r"\.[ \t]+(?P<outlet>[^\W\d_][\w.\-]*(?:[ \t][^\W\d_][\w.\-]*){0,2})"
                           r"(?P<term>[ \t]*(?:--|[-\u2013\u2014.:])(?=\s|$))")


def _place_then_outlet(text: str, pos: int, raw: str) -> DatelineMatch | None:
    """'ASTANA. KAZINFORM - ...': a capitalised place, a full stop and a known outlet, which the
    place pattern reads as one two-word place."""
    head, dot, _ = raw.partition(". ")
    if not dot or lookup_place(raw) is not None:
        return None
    resolved = lookup_place(head)
    if resolved is None:
        return None
    m = _OUTLET_AFTER.match(text, pos + len(head))
    if m is None or not is_outlet(m.group("outlet")):
        return None
    return DatelineMatch(place=_normal_case(head, resolved), span=(pos, m.end()), place_text=head,
                         outlet=m.group("outlet"), country=resolved.country, resolved=resolved)


def find_dateline(text: str) -> DatelineMatch | None:
    """The dateline at the top of ``text`` (after an optional ` date` line, title or outlet tag)."""
    credits = credit_spans(text[:_HEAD_CHARS])
    tried = 0
    byline: DatelineMatch | None = None
    for pos in line_starts(text):
        if byline is None:
            byline = _byline_place(text, pos)
            if byline is not None:
                continue
        if any(s <= pos < e for s, e in credits):
            continue  # "By Nigar Abbasova, Staff writer" above the dateline
        found = _match_at(text, pos)
        if found is not None and (tried < 3 or _signed(found)):
            return _bylined_after(text, _signed_after(text, found))
        if not _page_furniture(text, pos):
            tried += 1  # a line of prose: the dateline is in the first three of them, or signed
    return byline


# "Published on 14/08/2026 - 18:40 By Ana Lima - Agency Reporter - Rio de Janeiro": the city that
# ends a byline line, after its last dash, is where the copy was filed.
_BYLINE_CITY = re.compile(r"[^\n]*?\bBy[ \t]+[A-Z\u00c0-\u00de][^\n]*?[ \t][-\u2013\u2014][ \t]+"
                          r"(?P<place>[A-Z\u00c0-\u00de][^\W\d_]+(?:[ \t][^\W\d_]+){0,3})[ \t]*$", re.MULTILINE)


def _byline_place(text: str, pos: int) -> DatelineMatch | None:
    """The city a byline line ends with, when it is a city of the gazetteer and no outlet."""
    m = _BYLINE_CITY.match(text, pos)
    if m is None or is_outlet(m.group("place")):
        return None
    resolved = city_place(m.group("place"))
    if resolved is None or resolved.name is None:
        return None
    return DatelineMatch(place=resolved.name, span=m.span("place"), place_text=m.group("place"),
                         country=resolved.country, resolved=resolved)


def _signed(found: DatelineMatch) -> bool:
    """'Baku, December 4, AZERTAC' under a headline, a subheadline and a summary: a dated
    dateline an agency signs is one however many lines the page puts above it."""
    return found.month is not None and found.outlet is not None and is_outlet(found.outlet)


_FURNITURE_WORDS = 5  # a section path, a tag line or a printed time has a few words at most
_LETTERED = re.compile(r"\S*[^\W\d_]\S*")  # a word with a letter: "|11.02.2026" and "-" are no words


def _page_furniture(text: str, pos: int) -> bool:
    """Is the line at ``pos`` page furniture above a story ("Home / Politics", "12:05, 3
    December 2026"), not prose? Such lines do not count against the lines a dateline may open."""
    end = text.find("\n", pos)
    line = text[pos:end if end >= 0 else len(text)].strip()
    if line.endswith((".", "!", "?", ":")):
        return False
    if "|" in line:  # "Ayse Kaya and Mehmet Demir |21.04.2026 - Update : 21.04.2026": short fields
        return all(len(_LETTERED.findall(field)) <= _FURNITURE_WORDS for field in line.split("|"))
    if len(_LETTERED.findall(line)) > _FURNITURE_WORDS:
        return False
    core = CLOCK.sub(" ", line)
    return "/" in line or "|" in line or not re.search(r"[^\W\d_]{4,}", core) or bool(
        [t for t in find_times(core, None) if len(t.text) >= 0.6 * len(core.strip(" ,.-"))])
