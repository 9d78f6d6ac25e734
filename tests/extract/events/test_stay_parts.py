"""One visit, told over the days of the stay (events/retold.py framed_parts): after "arrived in Bishkek
on Tuesday", "on Wednesday he will visit a national park" or "will travel to Osh" is the same visit in
the same host state (which lasts to that day); a journey on to another state, or a visit "again",
is its own. A visit cited as the occasion of earlier agreements ("the agreements reached during the
state visit of X to Y in October 2024") is a past visit, not the agreements' terms (events/filter.py)."""

from __future__ import annotations

from event_views import one

PUBLISHED = "2025-05-14"

_ARRIVAL = ("BISHKEK, May 13 (Kabar) -- President of Uzbekistan Shavkat Mirziyoyev arrived in Bishkek on "
            "Tuesday on a state visit at the invitation of President of Kyrgyzstan Sadyr Japarov. ")


def test_a_sightseeing_day_is_the_visit_going_on(extract):
    record = extract(_ARRIVAL + "The visit will continue on Wednesday with a visit to the Ala-Archa national park.")
    visit = one(record, "visit")
    assert visit.countries == ["KGZ", "UZB"]
    assert visit.status == "occurred"
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2025-05-13", "2025-05-14")


def test_a_journey_to_another_city_of_the_host_is_the_same_visit(extract):
    record = extract(_ARRIVAL + "On Wednesday, the Uzbek leader will travel to Osh, where he will open a joint "
                                "industrial park.")
    visit = one(record, "visit")
    assert visit.place is not None and visit.place.name == "Bishkek"


def test_an_undated_item_of_the_programme_is_the_same_visit(extract):
    record = extract(_ARRIVAL + "The programme of the visit also includes a visit to the Issyk-Kul region.")
    assert one(record, "visit").status == "occurred"


def test_a_journey_on_to_another_state_is_another_visit(extract):
    record = extract("DOHA, May 13 (QNA) -- Turkish Foreign Minister Hakan Fidan arrived in Doha on Tuesday for "
                     "talks with Qatari officials. Fidan will then travel to Kuwait on Wednesday.")
    visits = sorted((e.countries, e.status) for e in record.events if e.kind == "visit")
    assert visits == [(["KWT", "TUR"], "planned"), (["QAT", "TUR"], "occurred")]


def test_a_visit_next_month_is_another_visit(extract):
    record = extract(_ARRIVAL + "Mirziyoyev will visit Kyrgyzstan again in June for the summit of Turkic states.")
    assert len([e for e in record.events if e.kind == "visit"]) == 2


def test_the_visit_agreements_were_reached_at_is_a_past_visit(extract):
    record = extract(
        "TASHKENT, May 13 (UzA) -- President Shavkat Mirziyoyev received Hungarian Foreign Minister Peter "
        "Szijjarto on Tuesday. The sides reviewed the implementation of the agreements reached during the "
        "state visit of the President of Uzbekistan to Hungary in October 2024.")
    # the 2024 visit told in passing, and the guest's stay in Tashkent told by the reception there
    visit, today = sorted((e for e in record.events if e.kind == "visit"), key=lambda e: e.date.start if e.date else "")
    assert visit.countries == ["HUN", "UZB"]
    assert visit.status == "occurred"
    assert visit.date is not None and visit.date.start == "2024-10"
    assert visit.place is not None and visit.place.country == "HUN"
    assert today.place is not None and today.place.name == "Tashkent"


def test_your_visit_in_the_hosts_words_is_the_visit_under_way(extract):
    record = extract(
        "ASTANA, 12 May (Kazinform) -- President of Kazakhstan Kassym-Jomart Tokayev held talks with President of "
        "Azerbaijan Ilham Aliyev, who arrived in Kazakhstan on a state visit.\n\n\"Your visit will give a new "
        "impetus to our relations,\" Tokayev said.", published="2025-05-12")
    visit = one(record, "visit")
    assert visit.countries == ["AZE", "KAZ"]
    assert visit.status == "occurred"
