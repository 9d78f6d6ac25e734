"""Invitation links: scores stored per article, the target picked per calendar."""

from __future__ import annotations

from dateline.record import Event, Trigger
from dateline.resolve.invitations import (
    Candidate,
    extended_before,
    invitation_scores,
    pick_target,
)

SENTENCES = ["Baku will host the IAP conference on May 5. ",
             "It will also host the Forum on Water Security on June 9. ",
             "Aliyev invited Asylov to attend the IAP conference. ",
             "Separately, he invited the minister to come to the forum."]
TEXT = "".join(SENTENCES)


def _span(n: int) -> tuple[int, int]:
    start = len("".join(SENTENCES[:n]))
    return start, start + len(SENTENCES[n])


def _event(id: str, kind: str, n: int, word: str, name: str | None = None,
           countries: list[str] | None = None) -> Event:
    start, end = _span(n)
    at = TEXT.index(word, start)
    return Event(id=id, kind=kind, type="CONSULT", status="planned", name=name,  # type: ignore[arg-type]
                 countries=countries or [], trigger=Trigger(text=word, start=at,
                                                            end=at + len(word)),
                 sentence=(start, end), confidence=0.9)


IAP = _event("e1", "gathering", 0, "host", "annual conference", ["AZE", "IAP"])
WATER = _event("e2", "gathering", 1, "host", "Forum on Water Security", ["AZE"])
INVITE_IAP = _event("e3", "invitation", 2, "invited")
INVITE_FORUM = _event("e4", "invitation", 3, "invited")


def _candidates(invitation: Event, events: list[Event]) -> list[Candidate]:
    scores = {(s.invitation, s.event): s.score
              for s in invitation_scores([*events, invitation], TEXT)}
    return [Candidate(int(e.id[1:]), e.sentence[0], scores.get((invitation.id, e.id), 0))
            for e in events]


def test_invitations_go_to_the_event_their_sentence_names() -> None:
    # "the IAP conference": the organiser's acronym names it, though the forum is nearer
    assert pick_target(_candidates(INVITE_IAP, [IAP, WATER]), INVITE_IAP.sentence[0]) == 1
    # "the forum" names neither (generic word): the nearest event mentioned before it
    assert pick_target(_candidates(INVITE_FORUM, [IAP, WATER]), INVITE_FORUM.sentence[0]) == 2
    early = _event("e5", "invitation", 0, "host")
    assert pick_target(_candidates(early, [WATER]), early.sentence[0]) is None
    assert pick_target([], INVITE_IAP.sentence[0]) is None


def test_only_positive_scores_are_kept() -> None:
    scores = list(invitation_scores([IAP, WATER, INVITE_IAP, INVITE_FORUM], TEXT))
    assert [(s.invitation, s.event, s.score) for s in scores] == [("e3", "e1", 2)]


def test_an_invitation_counts_when_extended_before_the_event() -> None:
    assert extended_before("2024-04-01", None, "2024-05-05")
    assert not extended_before("2024-05-05", None, "2024-05-05")
    assert extended_before(None, "2024-04-30T10:00", "2024-05-05")
    assert extended_before(None, None, "2024-05-05") and extended_before("2024-06", None, None)
