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
    state.times = times
