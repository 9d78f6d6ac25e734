"""The invitations to given events, from the invitation scores stored with each article.

An invitation and the events it may invite to are reported by the same article; which one it
invites to depends on the events asked about (an event of the article is a candidate when the
article reports it planned, or when it is one of them), so the link is picked here, per request,
from what the writer stored (:mod:`dateline.resolve.invitations` holds the rules).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from dateline.resolve.invitations import (
    TARGET_KINDS,
    Candidate,
    extended_before,
    pick_target,
)
from dateline.store.backend import Backend, Row, chunks
from dateline.store.models import EventSummary
from dateline.store.queries.common import marks
from dateline.store.queries.events import summaries

__all__ = ["invitations_to"]


def invitations_to(db: Backend, targets: Sequence[EventSummary]
                   ) -> dict[int, list[EventSummary]]:
    """For each of ``targets`` (by id), the invitations to it, oldest first."""
    by_id = {t.id: t for t in targets}
    found: dict[int, dict[int, EventSummary]] = {t.id: {} for t in targets}
    if not by_id:
        return {}
    ids = sorted(by_id)
    articles = sorted({r["article_id"] for part in chunks(ids) for r in db.query(
        f"SELECT DISTINCT article_id FROM event_sources WHERE event_id IN ({marks(part)})",
        list(part))})
    kinds = ["invitation", *TARGET_KINDS]
    links: list[tuple[int, int, str | None]] = []  # (target, invitation, published)
    for part in chunks(articles):
        reports: dict[int, list[Row]] = defaultdict(list)
        for row in db.query(
                "SELECT s.article_id, s.local_id, s.event_id, s.kind, s.status, "
                "s.sentence_start, a.published FROM event_sources s JOIN articles a ON "
                f"a.id = s.article_id WHERE s.article_id IN ({marks(part)}) AND s.kind IN "
                f"({marks(kinds)}) ORDER BY s.article_id, s.id", [*part, *kinds]):
            reports[row["article_id"]].append(row)
        scores = {(r["article_id"], r["invitation"], r["event"]): r["score"] for r in db.query(
            "SELECT article_id, invitation, event, score FROM invitation_scores WHERE "
            f"article_id IN ({marks(part)})", list(part))}
        for article_id in part:
            rows = reports[article_id]
            events = [r for r in rows if r["kind"] != "invitation"
                      and (r["status"] == "planned" or r["event_id"] in by_id)]
            for report in (r for r in rows if r["kind"] == "invitation"):
                target = pick_target([Candidate(
                    r["event_id"], r["sentence_start"],
                    scores.get((article_id, report["local_id"], r["local_id"]), 0))
                    for r in events], report["sentence_start"])
                if target in by_id:
                    links.append((target, report["event_id"], report["published"]))
    invited = sorted({invitation_id for _, invitation_id, _ in links})
    summary = {e.id: e for part in chunks(invited) for e in summaries(db, db.query(
        f"SELECT e.* FROM events e WHERE e.id IN ({marks(part)})", list(part)))}
    for target, invitation_id, published in links:
        invitation = summary.get(invitation_id)
        if invitation is not None and extended_before(invitation.date.start, published,
                                                      by_id[target].date.start):
            found[target][invitation.id] = invitation
    return {t: sorted(inv.values(), key=lambda e: (e.date.start or "", e.id))
            for t, inv in found.items()}
