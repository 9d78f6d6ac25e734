"""'According to him, the next meeting will be held in Budapest': the source the clause is reported
from tells the engagement and takes no part in it (events/asides.according_to)."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2026-03-03"


def test_the_source_of_a_planned_sitting_is_no_party(extract):
    record = extract(
        "ASTANA, March 3 (Steppe News) - Kazakh Foreign Minister Murat Nurtleu held talks with Hungarian "
        "Foreign Minister Peter Szijjarto in Astana on Tuesday.\n\nNurtleu said trade between the two "
        "countries had grown by 14 percent last year. According to him, the next meeting of the "
        "Kazakhstan-Hungary Intergovernmental Council will be held in Budapest in May.")
    [sitting] = [e for e in record.events if e.status == "planned"]
    assert people(record, sitting) == set()


def test_a_named_source_does_not_sign(extract):
    record = extract(
        "BAKU, March 3 (Caspian Wire) - Azerbaijani President Ilham Aliyev received Georgian Prime Minister "
        "Irakli Kobakhidze on Tuesday.\n\nAccording to Foreign Minister Jeyhun Bayramov, the two countries "
        "will sign an agreement on a new border crossing in April.")
    [document] = [e for e in record.events if e.kind == "agreement"]
    assert people(record, document) == set()
    assert document.countries == ["AZE", "GEO"]


def test_a_source_speaking_of_his_own_meeting_takes_part(extract):
    # a guard: "our meeting" makes the source a party of it (passes on the old code too)
    record = extract(
        "BAKU, March 3 (Caspian Wire) - Azerbaijani President Ilham Aliyev received Georgian Prime Minister "
        "Irakli Kobakhidze on Tuesday.\n\nAccording to Aliyev, the new road builds on \"our meeting in Tbilisi "
        "in May, when we agreed to open the crossing\".")
    talks = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "meeting"]
    assert talks and "Ilham Aliyev" in people(record, talks[0])
