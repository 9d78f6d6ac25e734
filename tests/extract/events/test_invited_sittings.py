"""The states a sitting is of are no sides of an invitation to it (events/asides.py
``sitting_member``): 'invited the Pakistani Speaker to the meeting of the speakers of the parliaments
of Azerbaijan, Turkiye and Pakistan' is Azerbaijan's invitation to Pakistan; the inviter and the
invitee are its sides."""

from __future__ import annotations

import pytest


def _invitations(record):
    return [e.countries for e in record.events if e.kind == "invitation"]


@pytest.mark.parametrize(("text", "countries"), [
    ("GENEVA, April 2 (Wire) - Azerbaijani Speaker Sahiba Gafarova invited the Pakistani Speaker to the fourth "
     "trilateral meeting of the speakers of the parliaments of Azerbaijan, Turkiye and Pakistan.", ["AZE", "PAK"]),
    ("ASTANA, April 2 (Wire) - The Kazakh foreign minister invited his Uzbek counterpart to the meeting of the "
     "foreign ministers of Central Asia and Japan in Astana.", ["KAZ", "UZB"]),
    ("ANKARA, April 2 (Wire) - The Turkish president invited the Russian leader to the next meeting of the heads "
     "of state of Russia, Turkey and Iran.", ["RUS", "TUR"]),
])
def test_the_states_of_the_sitting_invited_to_are_no_sides(extract, text, countries):
    assert _invitations(extract(text)) == [countries]


def test_the_place_of_the_sitting_is_left_to_the_other_rules(extract):
    record = extract("ANKARA, April 2 (Wire) - President Erdogan invited President Putin to the summit in Turkey "
                     "next year.")
    assert _invitations(record) == [["RUS", "TUR"]]
