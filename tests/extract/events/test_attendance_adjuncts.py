"""Who attends a gathering, told by an adjunct of another clause (events/attendance.py): "X flew
to Paris after addressing the summit" (the main clause's subject does the gerund), "X has left the
summit" (leaving it, X was there), "X holds a lunch with Y on the sidelines of the assembly" (the
setting of the lunch's host); someone merely invited is still not listed."""

from __future__ import annotations

from event_views import one

PUBLISHED = "2025-03-04"


def test_the_subject_of_the_main_clause_addressed_the_summit(extract):
    record = extract("Kenyan President William Ruto flew to Paris on Friday after addressing the African Union "
                     "summit in Addis Ababa on Thursday.")
    summit = one(record, "gathering")
    assert summit.persons == ["William Ruto"]
    assert summit.countries == ["AU", "ETH"]
    assert one(record, "visit").countries == ["FRA", "KEN"]


def test_a_leader_who_left_the_summit_attended_it(extract):
    record = extract("Brazilian President Luiz Inacio Lula da Silva has left the Mercosur summit in Montevideo "
                     "as negotiators argued over the wording of the final statement.")
    summit = one(record, "gathering")
    assert summit.persons == ["Luiz Inacio Lula da Silva"]
    assert summit.countries == ["MERCOSUR", "URY"]


def test_the_host_of_a_lunch_on_the_sidelines_attends_the_assembly(extract):
    record = extract("Japanese Prime Minister Shigeru Ishiba holds a working lunch on Tuesday with Pacific "
                     "island leaders on the sidelines of the U.N. General Assembly.")
    assert one(record, "gathering").persons == ["Shigeru Ishiba"]


def test_an_agency_report_of_a_return_after_a_summit(extract):
    record = extract(
        "TASHKENT, 12 May (UzA) -- President of the Republic of Uzbekistan Shavkat Mirziyoyev returned to "
        "Tashkent on Friday after taking part in the summit of the Organization of Turkic States in Budapest.\n\n"
        "Before leaving the Hungarian capital, the head of state held talks with Hungarian Prime Minister "
        "Viktor Orban.", published="2025-05-12")
    summit = one(record, "gathering")
    assert summit.persons == ["Shavkat Mirziyoyev"]
    assert summit.countries == ["HUN", "OTS"]


def test_a_leader_only_invited_is_not_listed(extract):
    record = extract("Indonesian President Prabowo Subianto was invited to the G20 summit in Johannesburg, but "
                     "he has not confirmed his attendance.")
    assert one(record, "gathering").persons == []


def test_speaking_of_a_coming_session_is_no_attendance(extract):
    record = extract("ASTANA, 3 March (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu received the Ambassador "
                     "of Azerbaijan on Monday. Speaking of the forthcoming holding of the 13th session of the World "
                     "Urban Forum (WUF13) in Azerbaijan, one of the largest international events, he emphasized "
                     "that it testifies to the trust of the world community in the region.")
    summit = one(record, "gathering")
    assert summit.persons == []
