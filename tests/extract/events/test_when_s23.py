"""Start dates and status of engagements in agency and wire copy (session 23, issue 14 items 6 and 11):
an engagement whose own time phrase looks back from the day of writing has occurred, whatever the
clause around it plans; a finite past clause of its own keeps its tense under a planning verb; "Earlier
in the day" is the day of the story's dated opening engagement; a stay whose own words give no first
day begins on the day its guest's arrival, or talks there, are told. Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates

PUBLISHED = "2026-11-09"  # a Monday


@pytest.mark.parametrize(("text", "kind"), [
    ("ANKARA, Nov 9 (AA) - Turkish police detained two men suspected of planning an attack during the visit of "
     "the German Chancellor to Ankara last week.", "visit"),
    ("Prosecutors have issued arrest orders against two men accused of planning to attack Iraqi Prime Minister "
     "Mohammed Shia al-Sudani during his visit to Germany last week.", "visit"),
])
def test_an_engagement_its_own_words_put_before_the_report_occurred(extract, text, kind):
    found = [e for e in extract(text, published=None).events if e.kind == kind]
    assert found and all(e.status == "occurred" for e in found), [(e.kind, e.status) for e in found]


def test_a_planned_visit_without_a_looking_back_phrase_stays_planned(extract):
    record = extract("ANKARA, Nov 9 (AA) - Turkish police said they had arrested two men who planned an attack "
                     "during the visit of German Chancellor Friedrich Merz to Ankara next week.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all(e.status == "planned" for e in visits)


def test_a_past_time_clause_under_a_planning_verb_happened(extract):
    record = extract("ABUJA, Oct. 6, 2026 (NAN) - Nigerian Foreign Minister Yusuf Tuggar on Monday received his "
                     "Ghanaian counterpart Samuel Okudzeto Ablakwa in Abuja. Tuggar said: \"When we met in Accra in "
                     "March, we agreed that our traders should not be victims of the past.\"", published="2026-10-06")
    recalled = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "met"]
    assert recalled and recalled[0].status == "occurred" and dates(recalled[0]) == ("2026-03", "2026-03")


def test_earlier_in_the_day_is_the_day_of_the_dated_lead(extract):
    record = extract("BAKU, March 13 (AZERTAC) - On March 12, President of Azerbaijan Ilham Aliyev received Georgian "
                     "Foreign Minister Maka Botchorishvili.\n\nThe sides discussed regional connectivity and energy "
                     "projects.\n\nEarlier in the day, Botchorishvili held talks with Azerbaijani Foreign Minister "
                     "Jeyhun Bayramov at the Foreign Ministry.", published="2026-03-13")
    talks = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "talks"]
    assert talks and dates(talks[0]) == ("2026-03-12", "2026-03-12")


def test_a_stay_begins_on_the_arrival_told_later(extract):
    record = extract("Havana, Nov 3 (Prensa Latina) Cuban President Miguel Diaz-Canel received today the Prime "
                     "Minister of Vietnam, Pham Minh Chinh, who is on an official visit to Cuba until Thursday.\n\n"
                     "The Vietnamese head of government, who arrived in Havana on Sunday night, laid a wreath at the "
                     "Jose Marti memorial.", published="2026-11-03")
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1 and dates(visits[0]) == ("2026-11-01", "2026-11-05")


def test_a_stay_told_by_its_end_begins_no_later_than_the_guests_talks(extract):
    record = extract("TASHKENT, June 4 (UzA) - On June 3, President of Uzbekistan Shavkat Mirziyoyev received a "
                     "delegation of the European Union led by European Commissioner Jozef Sikela.\n\nJozef Sikela's "
                     "visit to Uzbekistan will last until June 5.", published="2026-06-04")
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and dates(visits[0]) == ("2026-06-03", "2026-06-05")


def test_a_past_where_clause_in_the_passive_shares_the_visits_month(extract):
    record = extract("MINSK, 2 June (BelTA) - Belarusian Foreign Minister Maxim Ryzhenkov held a telephone conversation "
                     "with Azerbaijani Foreign Minister Jeyhun Bayramov.\n\nIn April, the Belarusian minister visited "
                     "Baku, where he was received by Ilham Aliyev.", published="2026-06-02")
    received = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "received"]
    assert received and dates(received[0]) == ("2026-04", "2026-04")


def test_documents_signed_at_a_sitting_take_the_day_it_was_held(extract):
    record = extract("PRETORIA, July 20 (SAnews) - South African President Cyril Ramaphosa will host Angolan President "
                     "Joao Lourenco for a State Visit on Wednesday. The visit will provide an opportunity for the two "
                     "Presidents to review progress made in the implementation of the agreements signed at the "
                     "inaugural session of the Bi-National Commission, held in Luanda in November 2023.",
                     published="2026-07-20")
    signed = [e for e in record.events if e.kind == "agreement"]
    assert signed and dates(signed[0]) == ("2023-11", "2023-11")


@pytest.mark.parametrize(("text", "published", "days"), [
    ("NEW YORK, 23rd September, 2026 (WAM) -- Sheikh Abdullah bin Zayed, who is heading the UAE delegation to the "
     "81st session of the United Nations General Assembly (UNGA81), held talks today with Armenian Foreign Minister "
     "Ararat Mirzoyan.\n\nThe talks, held on the sidelines of the general debate of UNGA81, which opened on Tuesday "
     "and continues until 29th September, reviewed bilateral relations.", "2026-09-23", ("2026-09-22", "2026-09-29")),
    ("SINGAPORE, May 30 (PTI) Defence Minister Rajnath Singh on Saturday held a bilateral meeting with Australian "
     "Defence Minister Richard Marles on the sidelines of the 23rd IISS Shangri-La Dialogue here.\n\nThe three-day "
     "dialogue, organised by the International Institute for Strategic Studies, opened on Friday evening.",
     "2026-05-30", ("2026-05-29", "2026-05-31")),
])
def test_a_gatherings_days_told_by_its_opening_in_a_clause_of_its_own(extract, text, published, days):
    gatherings = [e for e in extract(text, published=published).events if e.kind == "gathering"]
    assert gatherings and dates(gatherings[0]) == days


def test_a_forum_told_opened_has_occurred_though_a_guest_came_to_attend_it(extract):
    record = extract("ANTALYA, APRIL 17, ARMENPRESS. Armenian Foreign Minister Ararat Mirzoyan, who is in Antalya to "
                     "participate in the 5th Antalya Diplomacy Forum, held a meeting with Turkish Foreign Minister "
                     "Hakan Fidan on the sidelines of the forum.\n\nThe forum, which was opened on Friday by Hakan "
                     "Fidan, runs until April 19.", published="2026-04-17")
    forum = [e for e in record.events if e.kind == "gathering"]
    assert forum and forum[0].status == "occurred"


def test_a_day_told_after_the_clause_that_schedules_a_summit_is_its_own(extract):
    record = extract("Jakarta (ANTARA) - Indonesian Foreign Minister Sugiono received ASEAN Secretary-General Kao Kim "
                     "Hourn in Jakarta on Thursday to discuss preparations for the 48th ASEAN Summit to be held in "
                     "Cebu, the Philippines, on May 11-12.", published="2026-04-09")
    summit = [e for e in record.events if e.kind == "gathering"]
    assert summit and dates(summit[0]) == ("2026-05-11", "2026-05-12") and summit[0].status == "planned"


def test_an_addendum_to_a_treaty_is_its_own_document_on_its_own_day(extract):
    record = extract("Buenos Aires, August 12 (Telam) - Argentine Foreign Minister Pablo Quirno held a meeting on "
                     "Wednesday with Chilean Foreign Minister Francisco Perez Mackenna.\n\nAt the end of the meeting, "
                     "Quirno and Perez Mackenna signed an addendum to the Maipu Treaty on the integration of border "
                     "crossings.\n\nThe Maipu Treaty of Integration and Cooperation was signed by the two countries in "
                     "2009.", published="2026-08-12")
    days = sorted(dates(e) for e in record.events if e.kind == "agreement")
    assert days == [("2009", "2009"), ("2026-08-12", "2026-08-12")]


def test_talks_after_arriving_on_a_day_take_that_day(extract):
    record = extract("LUANG PRABANG, Laos, Aug. 21 (Xinhua) -- Chinese Foreign Minister Wang Yi on Friday co-chaired the "
                     "11th Lancang-Mekong Cooperation Foreign Ministers' Meeting with Lao Foreign Minister Thongsavanh "
                     "Phomvihane.\n\nWang is paying an official visit to Laos from Aug. 20 to 22. After arriving in "
                     "Vientiane on Thursday, he met with Lao President Thongloun Sisoulith.", published="2026-08-21")
    met = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "met"]
    assert met and dates(met[0]) == ("2026-08-20", "2026-08-20")
