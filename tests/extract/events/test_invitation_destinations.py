"""The gathering an invitation points to is where to, not who (events/asides.in_gathering): "invited
her Uzbek colleague to the plenary session of the Parliamentary Assembly of Turkic States" is an
invitation between Azerbaijan and Uzbekistan; talks "on the sidelines of the annual general meeting
of the International Association of Prosecutors" are between the two states, not with the IAP."""

from __future__ import annotations

from event_views import one

PUBLISHED = "2025-06-10"  # the extract fixture's default (tests/conftest.py)


def test_invited_to_an_igos_session(extract):
    record = extract("Kazakh Senate Speaker Maulen Ashimbayev held talks with Kyrgyz Speaker Nurlanbek Turgunbek "
                     "uulu in Astana on Tuesday. Ashimbayev invited his Kyrgyz colleague to the plenary session of "
                     "the Parliamentary Assembly of Turkic States, which Astana will host this autumn.")
    invitation = one(record, "invitation")
    assert invitation.countries == ["KAZ", "KGZ"]


def test_invited_to_attend_a_conference_of_an_association(extract):
    record = extract("Mongolian Prosecutor General Bayasgalan Jadamba invited his Kazakh counterpart Berik Asylov "
                     "to attend the annual conference of the International Association of Prosecutors in "
                     "Ulaanbaatar.")
    invitation = one(record, "invitation")
    assert invitation.countries == ["KAZ", "MNG"]


def test_talks_on_the_sidelines_of_an_associations_conference(extract):
    record = extract("The prosecutors general of Mongolia and Kazakhstan met in Ulaanbaatar on Tuesday on the "
                     "sidelines of the annual general meeting of the International Association of Prosecutors.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["KAZ", "MNG"]
