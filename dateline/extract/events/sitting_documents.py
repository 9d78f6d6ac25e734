"""A document its sentence tells only beside a sitting: "The final communique of the 163rd session of
the GCC Ministerial Council was adopted in Riyadh", "A joint declaration was adopted at the summit".

Agency copy tells the documents of a summit or a council's session by the sitting alone: no signer
is named, the sitting is. Such a document is the sitting's: it takes the sitting's parties (its
organisation and host, or the states that met) and, when its own words give none, its place and
day. A document with a signer of its own ("Kazakhstan and Uzbekistan signed ... at the summit") keeps
its own parties.
"""

from __future__ import annotations

from dateline.extract.document import EventDraft

__all__ = ["sitting_documents"]

_SITTINGS = frozenset({"gathering", "multilateral"})


def sitting_documents(events: list[EventDraft]) -> None:
    """Lend a sentence's sitting to its documents that name no party (one sentence's drafts)."""
    for document in events:
        if document.kind != "agreement" or document.participants:
            continue
        sitting = next((e for e in events if e.kind in _SITTINGS and e.sentence == document.sentence
                        and e.participants and e.countries and e.status == document.status), None)
        if sitting is None:
            continue
        document.source = list(sitting.source)
        document.recipient = [a for a in sitting.recipient if a not in document.source]
        document.participants = list(dict.fromkeys([*document.source, *document.recipient]))
        document.countries = sorted(set(sitting.countries))
        if document.place is None or document.place_from == "dateline":
            document.place, document.place_from = sitting.place, sitting.place_from
        if document.date is None and sitting.date is not None:
            document.date, document.date_start, document.date_end = sitting.date, sitting.date_start, sitting.date_end
            document.date_from = sitting.date_from
