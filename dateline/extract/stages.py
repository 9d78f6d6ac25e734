"""The extraction stages, in order, with what each reads from the DocState and what it sets.

A stage is a function of one :class:`~dateline.extract.document.DocState` (spaCy's components
declare ``requires``/``assigns`` the same way). :func:`registry` lists them in the order the
pipeline runs them; :func:`check_order` proves every requirement is set before it is read (the
article and its text come in with the document), and ``tests/extract/test_stages.py`` runs the
real pipeline to check that each stage reads and writes only what it declares here.

==========  ==================================================  ===================================
stage       requires                                            assigns
==========  ==================================================  ===================================
header      article, text                                       dateline, body_start, published,
                                                                published_from, issued
parse       text                                                doc (spaCy, in batches)
people      doc, text, dateline, body_start                     actors, mentions
coref       doc, text, actors, mentions, dateline, body_start,  actors, mentions
            published
time        doc, text, published, dateline                      times
events      doc, text, body_start, published, dateline,         events
            actors, mentions, times
assemble    article, published, published_from, issued,        (returns the Record)
            dateline, text, actors, events, times
==========  ==================================================  ===================================
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.errors import ExtractionError
from dateline.extract.document import DatelineInfo, DocState
from dateline.extract.places import lookup_place
from dateline.extract.time.values import is_day
from dateline.record import Place, TimeMention

__all__ = ["INPUTS", "PARSE", "Stage", "check_order", "registry", "reanchor", "run_header", "run_time"]

INPUTS = frozenset({"article", "text"})  # set when the document comes in
PARSE = "parse"  # the spaCy parse: run by the pipeline over batches, not one document at a time


@dataclass(frozen=True, slots=True)
class Stage:
    """One stage: its name (also its key in ``Extractor.timings``), its function and its contract."""

    name: str
    run: Callable[[DocState], Any] | None  # None for the parse, which the pipeline runs in batches
    requires: frozenset[str]
    assigns: frozenset[str]


def _stage(name: str, run: Callable[[DocState], Any] | None, requires: str, assigns: str) -> Stage:
    return Stage(name, run, frozenset(requires.split()), frozenset(assigns.split()))


@cache
def registry() -> tuple[Stage, ...]:
    """Every stage in the order the pipeline runs them."""
    from dateline.extract.assemble import to_record
    from dateline.extract.coref import run_coref
    from dateline.extract.events import run_events
    from dateline.extract.people import run_people

    stages = (
        _stage("header", run_header, "article text", "dateline body_start published published_from issued"),
        _stage(PARSE, None, "text", "doc"),
        _stage("people", run_people, "doc text dateline body_start", "actors mentions"),
        _stage("coref", run_coref, "doc text actors mentions dateline body_start published",
               "actors mentions"),
        _stage("time", run_time, "doc text published dateline", "times"),
        _stage("events", run_events,
               "doc text body_start published dateline actors mentions times", "events"),
        _stage("assemble", to_record,
               "article published published_from issued dateline text actors events times", ""),
    )
    check_order(stages)
    return stages


def check_order(stages: tuple[Stage, ...]) -> None:
    """Every stage's requirements are inputs or set by a stage before it."""
    known = set(INPUTS)
    for stage in stages:
        missing = stage.requires - known
        if missing:
            raise ExtractionError(f"stage {stage.name!r} requires {', '.join(sorted(missing))}, "
                                  "which no stage before it assigns")
        known |= stage.assigns


def run_header(state: DocState) -> None:
    """Publication date and dateline; ``published`` is the dateline's day when the copy came out
    a few days after it (``issued`` then keeps the publication date for the record)."""
    from dateline.extract.header import find_dateline
    from dateline.extract.published import find_published, told_day

    match = find_dateline(state.text)
    if match is not None:
        place = match.place
        resolved = match.resolved or (lookup_place(place) if place else None)
        country = match.country or (resolved.country if resolved else None)
        if resolved is None and place and country:  # "LACHIN, Dec 4 (Trend)": a town of Azerbaijan
            resolved = Place(name=place, country=country)
        state.dateline = DatelineInfo(
            place=place or "", span=match.span, country=country, day=match.day, month=match.month,
            outlet=match.outlet, resolved=resolved)
        state.body_start = match.span[1]
    published, source = find_published(state.text, state.article.published)
    state.published = dt.date.fromisoformat(published) if published else None
    state.published_from = source if published else "none"
    state.issued = state.published
    told = told_day(match, state.published)
    if told is not None:  # "BAKU, Dec. 3 (Trend)" republished on Dec. 4: "today" is Dec. 3
        state.published = told


def run_time(state: DocState) -> None:
    """Temporal expressions resolved against the publication date."""
    from dateline.extract.time import find_times_in_doc

    if state.doc is None:
        raise ExtractionError("the time stage needs the parsed document")
    times = find_times_in_doc(state.doc, state.published, text=state.text)
    if state.dateline is not None:  # the dateline's own date is not an event date
        start, end = state.dateline.span
        times = [t for t in times if not (t.span[0] >= start and t.span[1] <= end)]
    state.times = reanchor(times, state.published)


def reanchor(times: list[TimeMention], published: dt.date | None = None) -> list[TimeMention]:
    """'the previous day', 'the next day': one day from the last day the text named.

    The time grammar counts them from the publication date; a report of Monday's talks that
    goes on "the next day, the ministers signed ..." means Tuesday. Only days of the story (not
    after ``published``) anchor them: "the summit on July 13 ... Later that day" is not July 13.
    """
    from dateline.extract.time.lexicon import anaphoric_offset

    last: str | None = None
    out = []
    for t in times:
        offset = anaphoric_offset(t.text)
        if offset is not None and last is not None:
            day = dt.date.fromisoformat(last) + dt.timedelta(days=offset)
            t = t.model_copy(update={"start": day.isoformat(), "end": day.isoformat()})
        elif is_day(t.start) and t.end in (None, t.start) and (
                published is None or t.start <= published.isoformat()):
            last = t.start  # the story's days, not a future date told in passing
        out.append(t)
    return out
