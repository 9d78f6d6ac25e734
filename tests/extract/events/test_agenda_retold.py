"""A clause that tells the agenda of talks told before retells them (events/non_engagements.py).

"X will meet Y on Friday. ... Mr. X's talks will cover the border": the definite noun points back to
the talks of the first sentence; its clause tells their topic and adds no engagement, even when a
third state's spokesman or official is the one who tells it. The noun stays a meeting when it names
its own parties ("talks between ..."), or when the talks were not told before: after a visit alone
the talks are the visit's own (a visit with talks is both a visit and a meeting, GUIDE.md).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-03"


@pytest.mark.parametrize(("text", "meetings"), [
    ("Polish President Andrzej Duda will meet Lithuanian President Gitanas Nauseda in Vilnius on Friday. "
     "According to a NATO official, Mr. Duda's talks will cover the Suwalki gap.", [["LTU", "POL"]]),
    ("Kazakh President Kassym-Jomart Tokayev arrived in Baku on Monday and held talks with Azerbaijani "
     "President Ilham Aliyev. Russian Foreign Ministry spokeswoman Maria Zakharova said the talks will "
     "focus on the Caspian, a topic Moscow follows closely.", [["AZE", "KAZ"]]),
    ("Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron in Paris on Tuesday. "
     "U.S. Secretary of State Marco Rubio said the meeting would concentrate on the peace treaty with "
     "Baku.", [["ARM", "FRA"]]),
])
def test_agenda_of_talks_told_before_adds_no_meeting(extract, text, meetings):
    record = extract(text)
    assert [sorted(e.countries) for e in record.events if e.kind in {"meeting", "multilateral"}] == meetings


AGENCY = (
    "BAKU, 3 March (APA) -- Prime Minister of the Republic of Azerbaijan Ali Asadov will hold talks with Prime "
    "Minister of Georgia Irakli Kobakhidze in Baku on Wednesday, the press service of the Cabinet of Ministers "
    "reports.\n\n"
    "According to an official of the Organization of Turkic States, Mr. Kobakhidze's talks will cover freight "
    "volumes on the Baku-Tbilisi-Kars railway.\n\n"
    "Azerbaijan and Georgia established diplomatic relations in 1992."
)


def test_agency_report_keeps_its_one_meeting(extract):
    meetings = [e for e in extract(AGENCY).events if e.kind in {"meeting", "multilateral"}]
    assert [sorted(e.countries) for e in meetings] == [["AZE", "GEO"]]
    assert meetings[0].status == "planned"
    assert meetings[0].place is not None and meetings[0].place.country == "AZE"


@pytest.mark.parametrize(("text", "countries"), [
    ("Saudi Foreign Minister Prince Faisal bin Farhan will visit Islamabad next week. Pakistani Foreign "
     "Office spokeswoman Mumtaz Zahra Baloch said the talks will center on trade and investment.",
     ["PAK", "SAU"]),
    ("Talks between Kazakh Energy Minister Almasadam Satkaliyev and Uzbek Energy Minister Jurabek "
     "Mirzamakhmudov in Tashkent on Friday will focus on water sharing.", ["KAZ", "UZB"]),
])
def test_talks_told_only_here_stay_a_meeting(extract, text, countries):
    assert countries in [sorted(e.countries) for e in extract(text).events if e.kind == "meeting"]
