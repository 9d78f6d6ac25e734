"""A visit told with its own visitor and destination borrows no people from the engagement told
before it (events/story.py another_story, read by events/merge.py): the persons of one
engagement do not leak into the next."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-03-04"


def test_a_visit_to_another_capital_takes_no_people_of_the_talks_before(extract):
    record = extract("In Jeddah, EU foreign policy chief Kaja Kallas said Europe had never wanted to offend "
                     "Muslims. Kallas made the remarks as she met with the head of the 57-member Organization of "
                     "Islamic Cooperation, Hissein Brahim Taha. Finnish officials say Prime Minister Petteri Orpo "
                     "will raise the airspace issue during his visit to Moscow next month.")
    # Kallas speaking in Jeddah stays there (events/passing.py); Orpo's visit is the one to Moscow
    visit = next(e for e in record.events if e.kind == "visit" and "FIN" in e.countries)
    assert visit.countries == ["FIN", "RUS"]
    assert people(record, visit) == {"Petteri Orpo"}
    assert one(record, "meeting").countries == ["EU", "OIC"]


def test_an_agency_report_keeps_each_engagement_its_own_people(extract):
    record = extract(
        "ASTANA, 3 March (Kazinform) -- The Secretary General of the Organization of Turkic States Kubanychbek "
        "Omuraliev met with the head of the Shanghai Cooperation Organisation, Nurlan Yermekbayev, at the "
        "organisation's secretariat, the press service reports.\n\n"
        "Kyrgyz officials said Prime Minister Adylbek Kasymaliev would discuss transit tariffs during his "
        "visit to Tashkent next week.")
    visit = one(record, "visit")
    assert visit.countries == ["KGZ", "UZB"]
    assert people(record, visit) == {"Adylbek Kasymaliev"}


def test_a_visit_to_the_place_of_the_talks_still_takes_its_host(extract):
    record = extract("Uzbek Foreign Minister Bakhtiyor Saidov held talks with his Kazakh counterpart Murat "
                     "Nurtleu on Monday. Saidov's visit to Astana will last two days, the ministry said.")
    visit = one(record, "visit")
    assert visit.countries == ["KAZ", "UZB"]
    assert people(record, visit) == {"Bakhtiyor Saidov", "Murat Nurtleu"}
