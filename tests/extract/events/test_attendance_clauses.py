"""Who attends a gathering, told by the clause around it (issue 14, items 3 and 10): the agent of
"the summit was attended / opened by X, Y and Z", the people a participle describes ("X and Y,
both attending the forum, met"; "X, attending the session, said"), and the person a relative
clause is about ("X, who arrived on Tuesday to take part in the forum, met Y"). Attendees are the
gathering's persons; its countries stay the host and the organisers."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-10-16"  # the extract fixture's default (tests/conftest.py)


def gathering(record: Record) -> Event:
    found = [e for e in record.events if e.kind == "gathering"]
    assert len(found) == 1, [(e.kind, e.name) for e in record.events]
    return found[0]


@pytest.mark.parametrize(("text", "people", "countries"), [
    ("DUSHANBE, Oct 16 (Pamir Herald) - The summit of the Organization of Turkic States was attended by "
     "Kyrgyz President Sadyr Japarov, Uzbek President Shavkat Mirziyoyev and Hungarian Prime Minister Viktor "
     "Orban on Wednesday.", {"Sadyr Japarov", "Shavkat Mirziyoyev", "Viktor Orban"}, {"OTS"}),
    ("TIANJIN, Oct 16 (Bohai Wire) - The 25th summit of the Shanghai Cooperation Organization in Tianjin was "
     "opened by Chinese President Xi Jinping on Monday.", {"Xi Jinping"}, {"SCO", "CHN"}),
])
def test_the_agent_of_an_attended_gathering_attends_it(extract, text, people, countries):
    event = gathering(extract(text))
    assert people <= set(event.persons)
    assert countries <= set(event.countries)
    assert event.status == "occurred"


@pytest.mark.parametrize(("text", "people", "place"), [
    ("DAVOS, Oct 16 (Alpine Ledger) - Latvian Foreign Minister Baiba Braze and Estonian Foreign Minister Margus "
     "Tsahkna, both attending the World Economic Forum in Davos, met on Wednesday to discuss air defence.",
     {"Baiba Braze", "Margus Tsahkna"}, ("Davos", "CHE")),
    ("VIENTIANE, Oct 16 (Mekong Post) - Philippine Foreign Secretary Enrique Manalo, attending the ASEAN Regional "
     "Forum in Vientiane, told reporters on Wednesday that maritime security topped the agenda.",
     {"Enrique Manalo"}, ("Vientiane", "LAO")),
])
def test_those_a_participle_describes_attend(extract, text, people, place):
    event = gathering(extract(text))
    assert people <= set(event.persons)
    assert event.place is not None and (event.place.name, event.place.country) == place


def test_the_person_a_relative_clause_is_about_attends(extract):
    record = extract("DAVOS, Oct 16 (Alpine Ledger) - Moldovan President Maia Sandu, who arrived in Davos on "
                     "Tuesday to take part in the World Economic Forum, met Swiss President Karin Keller-Sutter "
                     "on Wednesday.")
    event = gathering(record)
    assert "Maia Sandu" in event.persons
    assert "Karin Keller-Sutter" not in event.persons
    assert event.countries == ["CHE"]


def test_someone_a_participle_invites_is_no_attendee(extract):
    record = extract("GDANSK, Oct 16 (Baltic Wire) - Polish Foreign Minister Radoslaw Sikorski invited Ukrainian "
                     "Foreign Minister Andrii Sybiha to the Ukraine Recovery Conference, which Poland will host "
                     "in Gdansk next June.")
    event = gathering(record)
    assert "Andrii Sybiha" not in event.persons
    assert event.status == "planned"


@pytest.mark.parametrize(("text", "person"), [
    ("WASHINGTON, Oct 16 (Potomac Wire) - The president has invited representatives of 11 countries to a conference "
     "on energy security, to be held in Washington on November 3-4. The White House says Secretary of State Marco "
     "Rubio will host the meeting.", "Marco Rubio"),
    ("CAIRO, Oct 16 (Nile Post) - The Arab League Council held an extraordinary session at the level of foreign "
     "ministers in Cairo on Wednesday. The meeting was chaired by Bahraini Foreign Minister Abdullatif Al Zayani.",
     "Abdullatif Al Zayani"),
])
def test_who_hosts_or_chairs_the_gathering_told_again_attends(extract, text, person):
    event = gathering(extract(text))
    assert person in event.persons


def test_a_conference_with_its_own_scheduling_clause_is_planned(extract):
    event = gathering(extract("WASHINGTON, Oct 16 (Potomac Wire) - The president has invited representatives of 11 "
                              "countries to a conference on energy security, to be held in Washington on November "
                              "3-4."))
    assert event.status == "planned"
    assert event.date is not None and (event.date.start, event.date.end) == ("2025-11-03", "2025-11-04")


def test_who_hosts_talks_told_after_the_gathering_does_not_attend_it(extract):
    record = extract("BAKU, Oct 16 (Caspian Wire) - The 29th annual conference of the International Association of "
                     "Prosecutors opened in Baku on Sunday. Azerbaijani Prosecutor General Kamran Aliyev met Kazakh "
                     "Prosecutor General Berik Asylov on Monday. Uzbek Prosecutor General Nigmatilla Yuldashev "
                     "hosted the meeting.")
    event = gathering(record)
    assert "Nigmatilla Yuldashev" not in event.persons


def test_the_event_attended_by_officials_is_the_gathering_told_before(extract):
    record = extract("BAKU, Oct 16 (Caspian Wire) - The Baku Energy Forum opened in Baku on Wednesday. The event was "
                     "attended by Azerbaijani Foreign Minister Jeyhun Bayramov, his Georgian counterpart Maka "
                     "Botchorishvili and Turkish Foreign Minister Hakan Fidan.")
    event = gathering(record)
    assert {"Jeyhun Bayramov", "Maka Botchorishvili", "Hakan Fidan"} <= set(event.persons)
    assert event.countries == ["AZE"]


@pytest.mark.parametrize("text", [
    "BAKU, Oct 16 (Caspian Wire) - Baku will host the International Conference of Prosecutors on Cybercrime in "
    "November. Earlier, Azerbaijani Prosecutor General Kamran Aliyev asked his Kazakh colleague to attend the IAP "
    "conference in Baku.",
    "BAKU, Oct 16 (Caspian Wire) - Baku will host the International Conference of Prosecutors on Cybercrime in "
    "November. Iranian Prosecutor General Mohammad Kazem Movahedi-Azad addressed the first session of the board.",
])
def test_another_named_gathering_or_a_part_is_not_the_one_told_again(extract, text):
    record = extract(text)
    (event,) = [e for e in record.events if e.kind == "gathering" and "Cybercrime" in (e.name or "")]
    assert not event.persons


def test_the_programme_of_a_visit_is_still_no_document(extract):
    record = extract("MOSCOW, Oct 16 (Volga Wire) - Russian President Vladimir Putin will pay a state visit to "
                     "Azerbaijan on October 18-19. Presidential Press Secretary Dmitry Peskov said the programme of "
                     "the visit was still being finalised.")
    assert not [e for e in record.events if e.kind == "agreement"]


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("TASHKENT, Oct 16 (Registan Post) - During the talks, Uzbek Justice Minister Akbar Tashkulov invited Kyrgyz "
     "Justice Minister Ayaz Baetov to the Conference of Justice Ministers of the Organization of Turkic States, which "
     "Tashkent will host in November. Baetov accepted the invitation.", "Ayaz Baetov", "Akbar Tashkulov"),
    ("LIMA, Oct 16 (Andes Wire) - At the end of the meeting, Peruvian Foreign Minister Elmer Schialer invited his "
     "Chilean colleague Alberto van Klaveren to the international conference on fisheries that Lima will host in "
     "December. Van Klaveren accepted the invitation.", "Alberto van Klaveren", "Elmer Schialer"),
])
def test_who_accepts_the_invitation_to_a_planned_gathering_attends(extract, text, guest, host):
    event = gathering(extract(text))
    assert event.status == "planned"
    assert guest in event.persons
    assert host not in event.persons


def test_who_is_only_invited_does_not_attend(extract):
    event = gathering(extract("TASHKENT, Oct 16 (Registan Post) - Uzbek Justice Minister Akbar Tashkulov invited "
                              "Kyrgyz Justice Minister Ayaz Baetov to the Conference of Justice Ministers of the "
                              "Organization of Turkic States, which Tashkent will host in November."))
    assert "Ayaz Baetov" not in event.persons
