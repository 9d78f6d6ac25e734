"""An invitation told again by its inviter's possessive is the one told before (events/sameness.py,
``_inviters_own``): "X has invited ... In his invitation letter, X said" is one invitation. An
invitation noun with an invitee of its own ("X's invitation to the Japanese Prime Minister") is
another."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-03-12"


def _invitations(record):
    return [e for e in record.events if e.kind == "invitation"]


def test_the_inviters_invitation_letter_is_the_invitation_told_before(extract):
    record = extract(
        "ANKARA, March 11 -- Turkish President Recep Tayyip Erdogan has invited the leaders of 12 states to a "
        "conference on Black Sea security, to be held in Istanbul on April 20-21. The presidency says Foreign "
        "Minister Hakan Fidan will host the meeting. In his invitation letter, "
        "Erdogan said he hoped the meeting would agree on joint patrols.")
    found = _invitations(record)
    assert len(found) == 1, [(e.trigger.text, e.countries) for e in found]
    assert "Recep Tayyip Erdogan" in people(record, found[0])


def test_an_invitation_with_an_invitee_of_its_own_is_another(extract):
    record = extract(
        "ASTANA, March 11 -- Kazakh President Kassym-Jomart Tokayev invited Uzbek President Shavkat Mirziyoyev to "
        "visit Astana. On Tuesday, Tokayev's invitation to Japanese Prime Minister Shigeru Ishiba was handed "
        "over in Tokyo.")
    assert sorted(tuple(e.countries) for e in _invitations(record)) == [("JPN", "KAZ"), ("KAZ", "UZB")]
