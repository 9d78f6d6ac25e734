"""Event dates: which time expression dates which engagement (issue 5).

Each text is written for this test in the style of a wire report; none appears in the demo corpus.
"""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Event, Record


@pytest.fixture
def extract(extractor):
    def run(text: str, published: str | None) -> Record:
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


def one(record: Record, kind: str, status: str | None = None) -> Event:
    found = [e for e in record.events if e.kind == kind and (status is None or e.status == status)]
    assert len(found) == 1, [(e.kind, e.status, e.date) for e in record.events]
    return found[0]


def span(event: Event) -> tuple[str | None, str | None] | None:
    return (event.date.start, event.date.end) if event.date is not None else None


def test_a_relative_clause_dates_its_own_verb_not_the_main_one(extract):
    record = extract(
        "HANOI, June 5 (Mekong Wire) - Philippine Foreign Secretary Enrique Manalo, who arrived in "
        "Hanoi on Tuesday, held talks with Vietnamese Foreign Minister Bui Thanh Son on Wednesday.",
        "2024-06-05")
    assert span(one(record, "meeting")) == ("2024-06-05", "2024-06-05")
    assert span(one(record, "visit"))[0] == "2024-06-04"


def test_signing_after_the_talks_takes_the_talks_day_not_the_visit_start(extract):
    record = extract(
        "NAIROBI, March 14 (Equator Wire) - Ghanaian Foreign Minister Shirley Ayorkor Botchwey, on "
        "a visit to Kenya from 11 to 14 March, held talks with Kenyan Cabinet Secretary for Foreign "
        "Affairs Musalia Mudavadi on Wednesday.\n\n"
        "Following the talks, the two ministers signed a memorandum of understanding on visa "
        "exemption for diplomatic passport holders.",
        "2024-03-14")
    assert span(one(record, "meeting")) == ("2024-03-13", "2024-03-13")
    assert span(one(record, "agreement")) == ("2024-03-13", "2024-03-13")


def test_an_invitation_during_the_meeting_is_dated_by_the_meeting(extract):
    record = extract(
        "LIMA, Oct 18 (Andes Wire) - Peruvian Foreign Minister Javier Gonzalez-Olaechea met "
        "Chilean Foreign Minister Alberto van Klaveren in Lima on Tuesday.\n\n"
        "During the meeting, Gonzalez-Olaechea invited his Chilean counterpart to visit Cusco "
        "next year.",
        "2023-10-18")
    assert span(one(record, "meeting")) == ("2023-10-17", "2023-10-17")
    assert span(one(record, "invitation")) == ("2023-10-17", "2023-10-17")


def test_a_pluperfect_acceptance_is_left_undated(extract):
    record = extract(
        "ACCRA, May 2 (Equator Wire) - Ghana's President Nana Akufo-Addo received the Ambassador "
        "of Senegal on Thursday. The ambassador said President Bassirou Diomaye Faye had accepted "
        "Akufo-Addo's invitation to visit Accra.",
        "2024-05-02")
    assert one(record, "invitation").date is None
    assert span(one(record, "meeting")) == ("2024-05-02", "2024-05-02")


def test_the_visit_ends_on_the_day_the_visitor_flies_on(extract):
    record = extract(
        "JAKARTA, Feb 6 (Nusantara Wire) - Australian Foreign Minister Penny Wong arrived in "
        "Jakarta on Tuesday for talks with Indonesian Foreign Minister Retno Marsudi.\n\n"
        "Wong is due to fly to Manila on Thursday.",
        "2024-02-06")
    visit = [e for e in record.events if e.kind == "visit" and e.status == "occurred"]
    assert [span(v) for v in visit] == [("2024-02-06", "2024-02-08")]


def test_a_closing_gathering_does_not_end_a_visitors_trip(extract):
    record = extract(
        "BRASILIA, Nov 19 (Andes Wire) - Argentine President Javier Milei arrived in Rio de Janeiro "
        "on Monday to attend the G20 summit. The summit, held in Rio de Janeiro on November 18-19, "
        "closes on Tuesday.",
        "2024-11-19")
    visit = one(record, "visit")
    assert span(visit) == ("2024-11-18", "2024-11-18")


def test_a_gathering_under_way_since_sunday_that_closes_on_wednesday(extract):
    record = extract(
        "MANAMA, Oct 9 (Gulf Dispatch) - Kuwaiti Foreign Minister Abdullah Al-Yahya met his Bahraini "
        "counterpart Abdullatif bin Rashid Al Zayani on Tuesday on the sidelines of the Manama "
        "Security Forum, which has been under way in the Bahraini capital since Sunday.\n\n"
        "The forum, which closes on Thursday, has drawn delegations from 30 countries.",
        "2024-10-09")
    assert span(one(record, "meeting")) == ("2024-10-08", "2024-10-08")
    assert span(one(record, "gathering")) == ("2024-10-06", "2024-10-10")


def test_talks_told_later_in_a_week_range_narrow_to_the_reported_day(extract):
    record = extract(
        "WARSAW, Sept 11 (Vistula Wire) - A Ukrainian government delegation is in Poland this week "
        "for talks on grain transit.\n\n"
        "The delegation arrived in Warsaw on Wednesday. Deputy Prime Minister Yulia Svyrydenko later "
        "met Polish Agriculture Minister Czeslaw Siekierski.",
        "2024-09-11")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings and all(span(m) == ("2024-09-11", "2024-09-11") for m in meetings)


def test_a_date_told_before_the_parties_are_named(extract):
    record = extract(
        "SANTIAGO, April 27 (Andes Wire) - The foreign ministers of the Pacific Alliance met in "
        "Santiago on Friday.\n\n"
        "The talks were hosted by Chilean Foreign Minister Alberto van Klaveren and attended by "
        "Colombia's Luis Gilberto Murillo, Mexico's Alicia Barcena and Peru's Javier "
        "Gonzalez-Olaechea.",
        "2024-04-27")
    talks = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert len(talks) == 1 and span(talks[0]) == ("2024-04-26", "2024-04-26")


def test_a_two_day_visit_does_not_make_its_talks_two_days_long(extract):
    record = extract(
        "ROME, July 1 (Tiber Wire) - Albanian Prime Minister Edi Rama began a two-day visit to "
        "Italy on Monday with talks with Italian Prime Minister Giorgia Meloni in Rome.",
        "2024-07-01")
    assert span(one(record, "visit")) == ("2024-07-01", "2024-07-02")
    assert span(one(record, "meeting")) == ("2024-07-01", "2024-07-01")


def test_a_memorandum_with_future_obligations_was_signed_today(extract):
    record = extract(
        "DHAKA, Jan 23 (Bengal Wire) - Bangladesh and Bhutan signed a memorandum of understanding "
        "on hydropower today, under which Bhutan will export electricity to Bangladesh from 2027.",
        "2024-01-23")
    agreement = one(record, "agreement")
    assert agreement.status == "occurred" and span(agreement) == ("2024-01-23", "2024-01-23")


def test_visits_by_different_visitors_stay_apart(extract):
    record = extract(
        "TASHKENT, Dec 3 (Registan Post) - Kyrgyz Foreign Minister Jeenbek Kulubaev, who is on an "
        "official visit to Uzbekistan, held talks today with Uzbek Foreign Minister Bakhtiyor "
        "Saidov.\n\n"
        "The ministers last met in October, during Saidov's visit to Bishkek.",
        "2024-12-03")
    visits = sorted(span(e) or ("", "") for e in record.events if e.kind == "visit")
    assert visits == [("2024-10", "2024-10"), ("2024-12-03", "2024-12-03")]


def test_leaving_for_another_capital_is_a_planned_visit_and_ends_this_one(extract):
    record = extract(
        "LUSAKA, May 14 (Zambezi Wire) - Botswana's Foreign Minister Phenyo Butale arrived in Lusaka on "
        "Monday for talks with Zambian Foreign Minister Mulambo Haimbe.\n\n"
        "Butale will leave for Lilongwe on Wednesday, the ministry said.",
        "2025-05-13")
    occurred = one(record, "visit", "occurred")
    planned = one(record, "visit", "planned")
    assert span(occurred) == ("2025-05-12", "2025-05-14")
    assert span(planned) == ("2025-05-14", "2025-05-14") and "MWI" in planned.countries


def test_guests_leaving_for_home_make_no_visit(extract):
    record = extract(
        "BAKU, June 3 (Caspian Wire) - Georgian Foreign Minister Maka Botchorishvili held talks in Baku "
        "today with Azerbaijani Foreign Minister Jeyhun Bayramov.\n\n"
        "Botchorishvili will tour the old city before leaving for Tbilisi.",
        "2025-06-03")
    assert [e.status for e in record.events if e.kind == "visit"] in ([], ["occurred"])


def test_the_presidents_held_talks_are_the_two_presidents(extract):
    record = extract(
        "SANTIAGO, Aug 6 (Andes Wire) - Chilean President Gabriel Boric and Bolivian President Luis "
        "Arce signed a lithium cooperation agreement on Tuesday.\n\n"
        "The presidents held talks at La Moneda palace before the signing ceremony.",
        "2024-08-06")
    meeting = one(record, "meeting")
    assert {record.actor(a).name for a in meeting.participants} == {"Gabriel Boric", "Luis Arce"}


def test_co_chaired_keeps_the_sentence_parse(extract):
    record = extract(
        "TASHKENT, Oct 9 (Oxus Post) - Kyrgyz Prime Minister Adylbek Kasymaliev arrived in Tashkent on "
        "Monday.\n\n"
        "On Tuesday, Kasymaliev and Uzbek Prime Minister Abdulla Aripov co-chaired the meeting of the "
        "intergovernmental council.",
        "2024-10-09")
    meeting = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert meeting and span(meeting[0]) == ("2024-10-08", "2024-10-08")


def test_a_visit_that_will_last_until_a_day(extract):
    record = extract(
        "MINSK, Nov 3 (Dnieper Wire) - Kazakh Foreign Minister Murat Nurtleu arrived in Minsk on Sunday on "
        "a working visit that will last until Wednesday.",
        "2025-11-03")
    assert span(one(record, "visit")) == ("2025-11-02", "2025-11-05")


def test_a_visit_that_began_and_ends_today(extract):
    record = extract(
        "MONTEVIDEO, July 17 (Plata Wire) - Argentina's Foreign Minister Gerardo Werthein received his "
        "Uruguayan counterpart Mario Lubetkin on Wednesday.\n\n"
        "Lubetkin is on a three-day official visit that began on Tuesday and ends today.",
        "2025-07-17")
    assert span(one(record, "visit")) == ("2025-07-15", "2025-07-17")


def test_the_lead_day_dates_what_the_report_tells_without_a_date(extract):
    record = extract(
        "ROME, Sept 11 (Tiber Wire) - Italian Foreign Minister Antonio Tajani pressed on Thursday for a "
        "ceasefire, during a visit to Rome by Egyptian Foreign Minister Badr Abdelatty.\n\n"
        "Tajani held talks with Abdelatty at the Farnesina.",
        "2025-09-12")
    assert span(one(record, "meeting")) == ("2025-09-11", "2025-09-11")


def test_after_the_talks_means_the_held_talks_not_the_planned_ones(extract):
    record = extract(
        "PRETORIA, April 24 (Highveld Dispatch) - South Africa's Foreign Minister Ronald Lamola held talks "
        "in Pretoria on Wednesday with Brazilian Foreign Minister Mauro Vieira.\n\n"
        "Vieira will travel on to Luanda on Friday for talks with Angolan officials.\n\n"
        "After the talks, Lamola and Vieira signed a memorandum of understanding on political consultations.",
        "2025-04-24")
    assert span(one(record, "agreement")) == ("2025-04-23", "2025-04-23")


def test_a_council_meeting_to_be_held_in_november_is_planned(extract):
    record = extract(
        "TASHKENT, Sept 18 (Oxus Post) - Uzbek Foreign Minister Bakhtiyor Saidov met CIS Secretary General "
        "Sergey Lebedev on Wednesday.\n\n"
        "The sides discussed preparations for the meeting of the CIS Council of Heads of Government, to be "
        "held in Moscow in November.",
        "2025-09-18")
    council = [e for e in record.events if e.status == "planned"]
    assert council and span(council[0]) == ("2025-11", "2025-11")


def test_adopting_a_communique_and_agreeing_to_meet_again(extract):
    record = extract(
        "NAIROBI, May 7 (Equator Wire) - The foreign ministers of Kenya, Ethiopia and Somalia met in "
        "Nairobi on Tuesday.\n\n"
        "The three ministers adopted a joint communique on maritime security and agreed to meet again in "
        "Mogadishu in September.",
        "2025-05-07")
    agreement = one(record, "agreement")
    assert agreement.status == "occurred" and span(agreement) == ("2025-05-06", "2025-05-06")


def test_a_visitor_who_wraps_up_his_visit_on_friday_is_on_it_now(extract):
    record = extract(
        "PARIS, June 12 (Seine Wire) - Japanese Foreign Minister Takeshi Iwaya, who wraps up his visit to "
        "France on Friday, met French Foreign Minister Jean-Noel Barrot on Thursday.",
        "2025-06-12")
    visit = one(record, "visit")
    assert visit.status == "occurred" and span(visit) == ("2025-06-12", "2025-06-13")


def test_on_the_last_day_of_his_visit(extract):
    record = extract(
        "PARIS, June 12 (Seine Wire) - Japanese Foreign Minister Takeshi Iwaya arrived in Paris on Tuesday "
        "for a three-day visit. On the last day of his visit, Iwaya met French President Emmanuel Macron.",
        "2025-06-12")
    assert span(one(record, "visit")) == ("2025-06-10", "2025-06-12")
    assert span(one(record, "meeting")) == ("2025-06-12", "2025-06-12")


def test_the_next_day_after_a_planned_trip(extract):
    record = extract(
        "ANKARA, June 12 (Anatolia Desk) - Turkish Foreign Minister Hakan Fidan will travel to Baghdad on "
        "Saturday, his ministry said on Thursday. He is expected to meet Prime Minister Mohammed Shia "
        "al-Sudani the next day.",
        "2025-06-12")
    assert span(one(record, "visit")) == ("2025-06-14", "2025-06-14")
    assert span(one(record, "meeting")) == ("2025-06-15", "2025-06-15")


def test_the_ministers_of_a_group_meet_and_sign_at_the_close(extract):
    record = extract(
        "BRUSSELS, June 12 (Seine Wire) - The foreign ministers of the Benelux countries met in Brussels on "
        "Wednesday. At the close of the session, the ministers signed a joint declaration on energy security.",
        "2025-06-12")
    assert span(one(record, "multilateral")) == ("2025-06-11", "2025-06-11")
    assert span(one(record, "agreement")) == ("2025-06-11", "2025-06-11")


def test_an_igo_council_meeting_is_the_organisation_and_its_host(extract):
    record = extract(
        "VIENNA, April 28 (Danube Dispatch) - OSCE Secretary General Feridun Sinirlioglu held talks on Monday "
        "with Kyrgyz Foreign Minister Jeenbek Kulubaev.\n\n"
        "The year's main political event, the meeting of the OSCE Ministerial Council, will take place in "
        "Lugano in December.",
        "2026-04-28")
    council = one(record, "multilateral")
    assert council.status == "planned" and span(council) == ("2026-12", "2026-12")
    assert set(council.countries) == {"CHE", "OSCE"}


def test_speaking_by_phone_is_a_call(extract):
    record = extract(
        "BRUSSELS, May 20 (Euro Wire) - European Council President Antonio Costa and Moldovan President Maia "
        "Sandu spoke with each other by phone last week about the accession talks.",
        "2026-05-20")
    call = one(record, "call")
    assert span(call) == ("2026-05-11", "2026-05-17")


def test_a_courtesy_call_is_a_meeting(extract):
    record = extract(
        "ABUJA, July 22 (Sahel Courier) - The Ghanaian delegation will pay a courtesy call on the President of "
        "the ECOWAS Commission, Omar Alieu Touray, on Wednesday.",
        "2026-07-22")
    assert [e.kind for e in record.events] == ["meeting"]


def test_the_terms_of_a_signed_document_are_not_meetings(extract):
    record = extract(
        "JAKARTA, Sept 10 (Equator Wire) - EU foreign policy chief Kaja Kallas and Indonesian Foreign Minister "
        "Sugiono signed a Joint Statement on the EU-Indonesia Maritime Security Dialogue on Wednesday, under "
        "which coast guard officials will meet twice a year.",
        "2026-09-10")
    assert not [e for e in record.events if e.status == "planned"]


def test_meeting_business_leaders_is_no_engagement(extract):
    record = extract(
        "SAO PAULO, Oct 15 (Planalto Wire) - Uruguayan President Yamandu Orsi was due to travel to Sao Paulo "
        "on Wednesday to meet business leaders before flying home.",
        "2025-10-14")
    assert not [e for e in record.events if e.kind == "meeting"]


def test_a_conference_attended_in_the_city_the_visitor_came_from(extract):
    record = extract(
        "MUSCAT, Feb. 17 (Gulf Meridian) - Iranian Foreign Minister Abbas Araghchi, who arrived in Muscat on "
        "Sunday from Munich, where he attended the Munich Security Conference held between Feb. 13 and 15, "
        "was received today by Sultan Haitham bin Tarik.",
        "2026-02-17")
    conference = one(record, "gathering")
    assert conference.place is not None and conference.place.country == "DEU"
    assert span(conference) == ("2026-02-13", "2026-02-15")


def test_press_release_contact_lines_end_and_make_no_call(extract):
    import signal

    def stop(signum, frame):  # noqa: ANN001
        raise TimeoutError("extraction did not finish")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(30)
    try:
        record = extract(
            "LIMA, May 4 - A logistics firm today announced a partnership with a Peruvian supplier.\n\n"
            "Contact the company by phone at +51 1 555 0100 or by email. Additional information can be found "
            "at its website.",
            "2025-05-04")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert record.error is None  # a timeout inside the extractor becomes an error record
    assert not [e for e in record.events if e.kind == "call"]


@pytest.mark.parametrize("text", [
    "JAKARTA (ANTARA) - Ministry spokesperson Rolliansyah Soemirat said that on Wednesday Sugiono had also held a "
    "phone call with Philippine Foreign Secretary Enrique Manalo.",
    "BEIJING (Xinhua) - The spokesperson said that on Wednesday Wang Yi had also held a phone call with Russian "
    "Foreign Minister Sergei Lavrov.",
])
def test_a_weekday_the_parser_hangs_on_the_subjects_name_dates_the_clause(extract, text):
    record = extract(text, "2026-04-09")
    assert span(one(record, "call")) == ("2026-04-08", "2026-04-08")


def test_a_day_recalled_in_the_pluperfect_dates_no_later_talks(extract):
    record = extract(
        "BAKU (AZERTAC) - Azerbaijani Foreign Minister Jeyhun Bayramov met with his Turkish counterpart Hakan Fidan "
        "in Ankara on Wednesday. The ministers had spoken by phone on May 5. Bayramov also met with Turkish Vice "
        "President Cevdet Yilmaz.", "2026-05-14")
    days = sorted(span(e) for e in record.events if e.kind in {"meeting", "call"})
    assert days == [("2026-05-05", "2026-05-05"), ("2026-05-13", "2026-05-13"), ("2026-05-13", "2026-05-13")]


def test_the_last_time_they_met_is_dated_by_its_copula(extract):
    record = extract(
        "BAKU (Trend) - Azerbaijani President Ilham Aliyev received Georgian Prime Minister Irakli Kobakhidze on "
        "Monday. The last time the two leaders met was in Tbilisi in March.", "2026-05-18")
    assert sorted(span(e) for e in record.events if e.kind == "meeting") == [
        ("2026-03", "2026-03"), ("2026-05-18", "2026-05-18")]
