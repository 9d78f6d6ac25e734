"""Adapters that run the header and time stages over a DocState."""

from __future__ import annotations

import datetime as dt

from dateline.extract.document import DatelineInfo, DocState
from dateline.extract.places import lookup_place

__all__ = ["run_header", "run_time"]


def run_header(state: DocState) -> None:
    """Publication date and dateline (requires: article; assigns: published, dateline)."""
    from dateline.extract.header import find_dateline, find_published

    match = find_dateline(state.text)
    if match is not None:
        place = getattr(match, "place", None)
        resolved = getattr(match, "resolved", None) or (lookup_place(place) if place else None)
        country = getattr(match, "country", None) or (resolved.country if resolved else None)
        state.dateline = DatelineInfo(
            place=place or "", span=tuple(match.span), country=country,
            day=getattr(match, "day", None), month=getattr(match, "month", None),
            outlet=getattr(match, "outlet", None), resolved=resolved)
        state.body_start = match.span[1]
    published, source = find_published(state.text, state.article.published)
    state.published = dt.date.fromisoformat(published) if published else None
    state.published_from = source if published else "none"


def run_time(state: DocState) -> None:
    """Temporal expressions resolved against the publication date (assigns: times)."""
    from dateline.extract.time import find_times_in_doc

    times = find_times_in_doc(state.doc, state.published, text=state.text)
    if state.dateline is not None:  # the dateline's own date is not an event date
        start, end = state.dateline.span
        times = [t for t in times if not (t.span[0] >= start and t.span[1] <= end)]
    state.times = reanchor(times, state.published)


def reanchor(times: list, published: dt.date | None = None) -> list:  # type: ignore[type-arg]
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
        elif t.start and len(t.start) == 10 and t.end in (None, t.start) and (
                published is None or t.start <= published.isoformat()):
            last = t.start  # the story's days, not a future date told in passing
        out.append(t)
    return out
