"""Which invitations invite to which scheduled event.

The record has no link from an invitation to the event it invites to, so the web layer finds
it in the articles that report both: an invitation belongs to the event of its article that its
sentence names (distinctive words of the event's name, or the organiser's acronym: "the IAP
conference"), else to the nearest such event mentioned before it in the text. Only events that
are planned in that article, or that are on the calendar being built, are candidates; and the
invitation must have been extended before the event began.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.gazetteer import fold
from dateline.lexicons.loader import load_lexicon
from dateline.store import Store
from dateline.store.models import ArticleDetail, EventSummary

__all__ = ["TARGET_KINDS", "invitations_for", "pick_target"]

TARGET_KINDS = ("gathering", "multilateral", "meeting", "visit")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")


@cache
def _generic() -> frozenset[str]:
    data = load_lexicon("invitation_words.yaml", "dateline.serve") or {}
    return frozenset(fold(str(w)) for w in data.get("generic", []))


@dataclass(frozen=True, slots=True)
class _Mention:
    """One event of an article's record, where it is said and what names it."""

    canonical: int
    sentence: tuple[int, int]
    trigger: int
    words: frozenset[str]
    acronyms: frozenset[str]


def _mention(event: dict[str, Any], canonical: int) -> _Mention:
    name = fold(event.get("name") or "")
    words = frozenset(w for w in name.split() if len(w) >= 4 and w not in _generic())
    acronyms = frozenset(c for c in event.get("countries", []) if _is_igo(c))
    start, end = event.get("sentence", (0, 0))
    return _Mention(canonical, (start, end), (event.get("trigger") or {}).get("start", -1),
                    words, acronyms)


@cache
def _is_igo(code: str) -> bool:
    """IGO acronyms (IAP, UN, OTS) stand among an event's countries next to ISO codes."""
    import pycountry

    return len(code) != 3 or pycountry.countries.get(alpha_3=code.upper()) is None


def pick_target(text: str, invitation: dict[str, Any], candidates: Sequence[_Mention]
                ) -> int | None:
    """The canonical id of the event ``invitation`` (a record event) invites to, or None."""
    start, end = invitation.get("sentence", (0, 0))
    sentence = text[start:end]
    words = set(fold(sentence).split())
    acronyms = set(_ACRONYM.findall(sentence))

    def score(m: _Mention) -> int:
        return (len(m.words & words) + 2 * len(m.acronyms & acronyms)
                + (2 if start <= m.trigger < end else 0))

    scored = [(score(m), m) for m in candidates]
    best = max(scored, key=lambda sm: sm[0], default=(0, None))
    if best[0] > 0 and best[1] is not None:
        return best[1].canonical
    before = [m for m in candidates if m.sentence[0] <= start]
    return max(before, key=lambda m: m.sentence[0]).canonical if before else None


def _before(invitation: EventSummary, event: EventSummary, published: str | None) -> bool:
    """Was the invitation extended before the event began?"""
    begins = event.date.start
    if not begins:
        return True
    extended = invitation.date.start or published
    return extended is None or extended[:10] < begins


def _summary(store: Store, event_id: int) -> EventSummary | None:
    detail = store.get_event(event_id)
    if detail is None:
        return None
    return EventSummary.model_validate(detail.model_dump(include=set(EventSummary.model_fields)))


def _links(store: Store, detail: ArticleDetail, targets: dict[int, EventSummary]
           ) -> Iterable[tuple[int, EventSummary]]:
    """(target id, invitation) pairs one article supports."""
    events = detail.record.get("events", [])
    candidates = [_mention(e, detail.events[e["id"]]) for e in events
                  if e.get("kind") in TARGET_KINDS and e.get("id") in detail.events
                  and (e.get("status") == "planned" or detail.events[e["id"]] in targets)]
    for event in events:
        canonical = detail.events.get(event.get("id", ""))
        if event.get("kind") != "invitation" or canonical is None:
            continue
        target = pick_target(detail.text, event, candidates)
        if target not in targets:
            continue
        invitation = _summary(store, canonical)
        if invitation is not None and _before(invitation, targets[target],
                                              detail.article.published):
            yield target, invitation


def invitations_for(store: Store, targets: Sequence[EventSummary]
                    ) -> dict[int, list[EventSummary]]:
    """For each target event id, the invitations to it (oldest first)."""
    by_id = {t.id: t for t in targets}
    articles: dict[int, set[int]] = {}
    for target in targets:
        detail = store.get_event(target.id)
        for source in detail.sources if detail else []:
            articles.setdefault(source.article.id, set()).add(target.id)
    found: dict[int, dict[int, EventSummary]] = {t.id: {} for t in targets}
    for article_id in sorted(articles):
        article = store.get_article(article_id)
        if article is None:
            continue
        for target_id, invitation in _links(store, article, by_id):
            found[target_id][invitation.id] = invitation
    return {t: sorted(inv.values(), key=lambda e: (e.date.start or "", e.id))
            for t, inv in found.items()}
