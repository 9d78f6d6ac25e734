"""An object pronoun is not the subject of its own clause (coref.py ``_clause_subject``).

"Rahmon thanked his host for the welcome and invited him to visit Dushanbe": 'him' is the host,
not Rahmon, though Rahmon is the last person named; so the invitation is between two states.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-10-21"


def _invitation(record):
    (invitation,) = [e for e in record.events if e.kind == "invitation"]
    return invitation


def _names(record, event):
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


@pytest.mark.parametrize(("text", "countries", "people"), [
    ("Tajik President Emomali Rahmon arrived in Tashkent on Monday and met Uzbek President Shavkat Mirziyoyev. "
     "Rahmon thanked his host for the welcome and invited him to visit Dushanbe next year.",
     ["TJK", "UZB"], {"Emomali Rahmon", "Shavkat Mirziyoyev"}),
    ("Paraguayan President Santiago Pena held talks with Uruguayan President Yamandu Orsi in Montevideo on "
     "Tuesday. Pena praised his counterpart's leadership and invited him to Asuncion for the river summit.",
     ["PRY", "URY"], {"Santiago Pena", "Yamandu Orsi"}),
])
def test_the_invited_him_is_not_the_inviter(extract, text, countries, people):
    record = extract(text)
    invitation = _invitation(record)
    assert invitation.countries == countries
    assert _names(record, invitation) == people


def test_an_agency_report_invitation_to_the_host(extract):
    record = extract(
        "TASHKENT, 21 October (UzA) -- President of the Republic of Uzbekistan Shavkat Mirziyoyev held talks with "
        "President of the Republic of Tajikistan Emomali Rahmon, who arrived in Tashkent on a state visit.\n\n"
        "The two leaders noted with satisfaction the dynamic development of the strategic partnership.\n\n"
        "Emomali Rahmon thanked his host for the warm welcome and invited him to visit Dushanbe next year.\n\n"
        "Recall that the Uzbek leader paid a state visit to Tajikistan in June 2022.")
    assert _invitation(record).countries == ["TJK", "UZB"]
    visits = sorted((e.date.start if e.date else "", e.place.country if e.place else None)
                    for e in record.events if e.kind == "visit")
    assert visits == [("2022-06", "TJK"), ("2025-10-21", "UZB")]


def test_a_reflexive_subject_still_resolves_to_the_subject(extract):
    record = extract("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. "
                     "Museveni said he would attend the summit in Nairobi.")
    (talks,) = [e for e in record.events if e.kind == "meeting"]
    assert talks.countries == ["KEN", "UGA"]
