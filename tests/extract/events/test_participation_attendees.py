"""The named people a gathering's clause seats at it: 'held with the participation of X and Y', 'under
the chairmanship of X', and the participle on its holding verb ('was held in Riyadh, attended by
leaders ..., including X and Y'); its countries stay the host and the organisers (issue 14, item 3)."""

from __future__ import annotations

import pytest


def gathering(record):
    (event,) = [e for e in record.events if e.kind == "gathering"]
    return event


@pytest.mark.parametrize(("text", "people"), [
    ("DUBAI, Feb 11 (Gulf Desk) -- The 7th World Government Summit kicked off in Dubai on Tuesday with the "
     "participation of Egyptian Prime Minister Mostafa Madbouly and Indian Foreign Minister S. Jaishankar.",
     {"Mostafa Madbouly", "S. Jaishankar"}),
    ("RIYADH, Nov 11 (Gulf Desk) -- The extraordinary Arab-Islamic summit was held in Riyadh on Monday, attended "
     "by leaders from more than 50 countries, including Iranian President Masoud Pezeshkian and Turkish "
     "President Recep Tayyip Erdogan.", {"Masoud Pezeshkian", "Recep Tayyip Erdogan"}),
    ("MINSK, June 3 (Belarus Desk) -- The second Eurasian Economic Forum was held in Minsk on Tuesday under the "
     "chairmanship of Belarusian Prime Minister Alexander Turchin.", {"Alexander Turchin"}),
])
def test_the_people_the_gatherings_clause_seats_attend_it(extract, text, people):
    event = gathering(extract(text))
    assert people <= set(event.persons)
    assert len([c for c in event.countries if len(c) == 3 and c.isupper()]) <= 1  # the host, not the guests


@pytest.mark.parametrize(("text", "people"), [
    ("BELGRADE, March 25 (Balkan Desk) -- Serbian Foreign Minister Marko Djuric held talks with his Italian "
     "counterpart Antonio Tajani in Belgrade on Wednesday. The two ministers then opened a Serbia-Italy business "
     "forum at the Palace of Serbia.", {"Marko Djuric", "Antonio Tajani"}),
    ("ANKARA, May 6 (Anatolia Desk) -- Turkish President Recep Tayyip Erdogan received Hungarian Prime Minister "
     "Viktor Orban in Ankara on Tuesday. Both leaders will attend the NATO summit in The Hague next month.",
     {"Recep Tayyip Erdogan", "Viktor Orban"}),
])
def test_the_two_officials_told_before_attend_what_they_open_or_attend(extract, text, people):
    assert set(gathering(extract(text)).persons) == people


def test_the_subject_of_a_relative_clause_on_the_gathering_attends_it(extract):
    event = gathering(extract(
        "JAKARTA, Dec 8 (Nusantara Desk) -- The Bali Democracy Forum, which Indonesian Foreign Minister Sugiono "
        "will chair, opens on Thursday in Nusa Dua."))
    assert event.persons == ["Sugiono"]
    assert event.status == "planned"


def test_who_speaks_of_a_gathering_does_not_attend_it(extract):
    event = gathering(extract(
        "ASTANA, May 5 (Steppe Desk) -- Speaking of the upcoming summit of the Shanghai Cooperation Organization "
        "in Bishkek, Kazakh President Kassym-Jomart Tokayev said the region needed stability."))
    assert event.persons == []
    assert set(event.countries) == {"KGZ", "SCO"}


def test_the_subjects_of_a_with_clause_of_taking_part_attend(extract):
    event = gathering(extract(
        "TASHKENT, June 2 (Steppe Desk) -- The Tashkent International Investment Forum opened on Tuesday with Uzbek "
        "President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev attending."))
    assert set(event.persons) == {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"}
    assert event.countries == ["UZB"]
