"""A report's title tells again a signing its story tells: 'Brazil and Indonesia sign bioenergy
cooperation agreement' above '... the two signed a memorandum of understanding on cooperation in
bioenergy ...' is that memorandum, not a second document. The title is the text's first line when it
ends without a full stop; its agreement gives way to the story's agreement of the same states and
status (the story names the document, its day and its signers)."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft

__all__ = ["title_documents"]


def _title_end(text: str) -> int | None:
    """Where the report's title line ends, or None when the first line is a sentence of the story."""
    stripped = len(text) - len(text.lstrip())
    end = text.find("\n", stripped)
    if end < 0:
        return None
    line = text[stripped:end].rstrip()
    return end if line and not line.endswith((".", "!", "?", '."', ".\u201d", ":")) else None


def title_documents(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """Without the title's agreements that an agreement of the story tells (same states, same status)."""
    if sum(e.kind == "agreement" for e in events) < 2 or (end := _title_end(state.text)) is None:
        return events
    story = [e for e in events if e.kind == "agreement" and e.trigger[0] > end]

    def told(event: EventDraft) -> bool:
        states = set(event.countries)
        return event.kind == "agreement" and event.trigger[1] <= end and len(states) >= 2 and any(
            e.status == event.status and states <= set(e.countries) for e in story)

    return [e for e in events if not told(e)]
