"""Talks told again from one side (events/one_side.py): "The talks session was attended by Prime
Minister X" after the Amir's talks with a visiting president is those talks, with X taking part; talks
with another state stay their own."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-05-12"

_TALKS = ("DOHA, 12th May, 2025 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani and President "
          "of the Republic of Rwanda Paul Kagame held an official talks session at the Amiri Diwan on Monday "
          "morning. The session dealt with reviewing bilateral relations in the fields of economy and energy.\n\n")


def test_the_talks_attended_by_the_prime_minister_are_the_talks_told(extract):
    record = extract(_TALKS + "The talks session was attended by Prime Minister and Minister of Foreign Affairs "
                              "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["QAT", "RWA"]
    assert people(record, meeting) == {"Tamim bin Hamad Al Thani", "Paul Kagame",
                                       "Mohammed bin Abdulrahman bin Jassim Al-Thani"}


def test_talks_with_a_third_state_the_same_day_are_their_own(extract):
    record = extract(_TALKS + "Later on Monday, Sheikh Tamim received Kenyan Foreign Minister Musalia Mudavadi.")
    assert sorted(e.countries for e in record.events if e.kind == "meeting") == [["KEN", "QAT"], ["QAT", "RWA"]]
