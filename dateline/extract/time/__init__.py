"""Temporal expressions: find them in text and resolve them against the publication date.

>>> from datetime import date
>>> [(t.text, t.start, t.end) for t in find_times("The talks were held on Monday.", date(2024, 4, 3))]
[('Monday', '2024-04-01', '2024-04-01')]

``find_times`` works on plain text and guesses each clause's tense from its words (or asks the
``tense`` callback); ``find_times_in_doc`` reads the tense from a spaCy parse.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from dateline.extract.time.grammar import scan
from dateline.extract.time.resolve import resolve
from dateline.extract.time.spec import Found
from dateline.extract.time.tense import guess_tense, lead_in_tense, tense_in_doc
from dateline.record import TimeMention

__all__ = ["find_times", "find_times_in_doc", "guess_tense", "tense_in_doc"]

TenseFn = Callable[[int, int], "str | None"]


def _mention(text: str, f: Found, reference: date | None, tense: TenseFn | None) -> TimeMention:
    clause = None
    if reference is not None and f.spec.needs_tense():
        lo, hi = f.tense_span
        clause = tense(lo, hi) if tense is not None else None
        if clause is None:
            clause = guess_tense(text, lo, hi)
        clause = lead_in_tense(text, f.outer, f.pre, clause)
    start, end, grain = resolve(f.spec, reference, clause)
    return TimeMention(text=text[f.start:f.end], span=(f.start, f.end), start=start, end=end,
                       grain=grain)


def find_times(text: str, reference: date | None, *,
               tense: TenseFn | None = None) -> list[TimeMention]:
    """Temporal expressions of ``text``, resolved against ``reference`` (the publication date).

    ``tense(start, end)`` may give the tense ("past" | "present" | "future" | None) of the clause
    around a span; when it returns None (or is not given) the words of the sentence decide.
    Values without a reference stay None unless the expression carries its own year.
    """
    return [_mention(text, f, reference, tense) for f in scan(text)]


def find_times_in_doc(doc: Doc, reference: date | None, *, text: str | None = None) -> list[TimeMention]:
    """Like :func:`find_times` over ``doc.text``, with each clause's tense read from the parse.

    Pass ``text`` when you already hold the string the doc was parsed from: rebuilding
    ``doc.text`` costs more than finding the dates. A ``text`` of another length is ignored.
    """
    if text is None or not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc.text
    return find_times(text, reference, tense=lambda s, e: tense_in_doc(doc, s, e))
