"""Start dates against the report's day (session 21): a part of the year before the report, a bare
"On the sidelines,", a guest's arrival told in a relative clause of the day he is received, a date
the story recalls after its lead, and a gathering's days told in a clause of their own. Reports
written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2025-11-12"  # a Wednesday


@pytest.mark.parametrize("when", ["earlier this year", "at the beginning of the year"])
def test_a_part_of_the_year_before_the_report_keeps_the_year(extract, when):
    record = extract("DOHA, Nov 12 (QNA) -- Armenian Foreign Minister Ararat Mirzoyan thanked Qatar for hosting "
                     f"the rounds of talks between Armenia and Azerbaijan held in Doha {when}.")
    talks = next(e for e in record.events if e.kind in {"meeting", "multilateral"})
    assert (talks.status, dates(talks)) == ("occurred", ("2025", "2025"))


def test_a_bare_sidelines_is_the_gathering_the_story_is_at(extract):
    record = extract("KUALA LUMPUR, Nov 12 (Bernama) -- Foreign Minister Mohamad Hasan will lead Malaysia's "
                     "delegation to the 13th ASEAN-Japan Ministerial Meeting in Vientiane from November 18 to 20, "
                     "Wisma Putra said today.\n\nOn the sidelines, Mohamad is expected to hold bilateral talks with "
                     "Japanese Foreign Minister Toshimitsu Motegi.")
    talks = next(e for e in record.events if e.kind == "meeting" and "talks" in e.trigger.text)
    assert (talks.status, talks.date.start if talks.date else None) == ("planned", "2025-11-18")


def test_an_arrival_in_a_relative_clause_takes_the_day_the_guest_is_received(extract):
    record = extract("TASHKENT, November 12 (UzA). On the sidelines of the Tashkent International Investment Forum, "
                     "which opened on Tuesday, Uzbek Foreign Minister Bakhtiyor Saidov met with Omani Foreign Minister "
                     "Badr Albusaidi.\n\nKyrgyz Deputy Prime Minister Daniyar Amangeldiev, who arrived in Tashkent on "
                     "a working visit, was also received by President Shavkat Mirziyoyev on Tuesday.")
    visit = first(record, "visit")
    assert (visit.status, visit.date.start if visit.date else None) == ("occurred", "2025-11-11")


@pytest.mark.parametrize("lead", [
    "RABAT - King Mohammed VI held a telephone conversation with Portuguese Prime Minister Luis Montenegro, the "
    "Royal Cabinet said in a statement.",
    "DOHA - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call from President of "
    "Kazakhstan Kassym-Jomart Tokayev.",
])
def test_a_date_the_story_recalls_after_its_lead_is_not_the_same_days(extract, lead):
    record = extract(f"{lead}\n\nThe two leaders welcomed the progress achieved since the signing of the Strategic "
                     "Partnership Declaration of October 28, 2024.\n\nThe same day, he received the Prime Minister "
                     "of Mali, Abdoulaye Maiga, at the presidential palace.")
    talks = next(e for e in record.events if e.kind == "meeting" and "received" in e.trigger.text)
    assert dates(talks) == ("2025-11-12", "2025-11-12")



@pytest.mark.parametrize(("name", "again"), [
    ("the 17th session of the Conference of the Parties to the Convention on Biological Diversity (COP17)", "COP17"),
    ("the World Urban Forum", "The forum"),
])
def test_a_gatherings_days_told_in_a_clause_of_their_own(extract, name, again):
    record = extract(f"YEREVAN, November 12 (Armenpress). Armenian Foreign Minister Ararat Mirzoyan met with Colombian "
                     f"Foreign Minister Rosa Villavicencio on Wednesday on the sidelines of {name} in Yerevan.\n\n"
                     f"{again} opened on November 10 and will conclude on November 14.")
    gathering = first(record, "gathering")
    assert dates(gathering) == ("2025-11-10", "2025-11-14")
