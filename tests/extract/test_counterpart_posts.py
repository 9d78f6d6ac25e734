"""'his Azerbaijani counterpart' with no name after it: the official of that state who holds the
owner's post ('Deputy Prime Minister – Minister of Foreign Affairs' shares 'Minister of Foreign Affairs'),
once his state is known, not the state's president told last (counterparts.relational)."""

from __future__ import annotations

PUBLISHED = "2026-03-11"


def test_the_counterpart_holds_the_owners_last_post(extract):
    record = extract(
        "BAKU, March 11 (Caspian Wire) - President Ilham Aliyev received Kazakh Deputy Prime Minister – "
        "Minister of Foreign Affairs Murat Nurtleu on Wednesday.\n\nThe meeting was attended by Minister of "
        "Foreign Affairs Jeyhun Bayramov.\n\nMurat Nurtleu invited his Azerbaijani counterpart to pay a visit "
        "to Astana. President Aliyev thanked the guest.")
    [invitation] = [e for e in record.events if e.kind == "invitation"]
    assert set(invitation.persons) == {"Murat Nurtleu", "Jeyhun Bayramov"}
