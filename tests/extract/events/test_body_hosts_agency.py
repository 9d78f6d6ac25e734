"""Sittings of intergovernmental bodies in agency copy (session 12): who hosts them, who attends,
and where and when a later sentence holds them.

- A body's meeting held in a stated city has that city's state as its host, held or planned, and
  also at the seat of a regional organisation whose members take turns to host ("the CIS Council
  of Heads of Government in Minsk", "the OIC Council of Foreign Ministers in Jeddah"); a standing
  body at its seat has none ("NATO foreign ministers met in Brussels").
- "next week" after the meeting's noun does not turn it into a name ("the GCC ministerial meeting
  in Kuwait next week" is told).
- Whoever leads a delegation to a gathering attends it.
- "The event will be held in Cholpon-Ata on November 5-6, the ministry said": the city and the days
  of the gathering told in the sentence before.
- "the Global Baku Forum" is held in Baku; a parliamentary assembly of several states is no
  national legislature.
- "the meeting of Prosecutors General of the SCO member states held in Minsk" is the SCO's sitting
  (the SCO, the host, the states of those told at it), not every member's; "the cartel's meeting"
  is multilateral.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-10-14"


def _sittings(record: Record) -> list:
    return [e for e in record.events if e.kind in {"multilateral", "gathering"}]


def _people(record: Record, event) -> set[str]:
    named = {a.name for i in [*event.participants, *event.source, *event.recipient]
             if (a := record.actor(i)) is not None and a.kind == "person"}
    return named | set(event.persons)


@pytest.mark.parametrize(("text", "countries", "status"), [
    ("TASHKENT, Oct 14 (UzA). Uzbek Prime Minister Abdulla Aripov will take part in the meeting of the CIS "
     "Council of Heads of Government, to be held in Minsk on October 24, the government press service said.",
     {"BLR", "CIS", "UZB"}, "planned"),
    ("ISLAMABAD, Oct 14 (APP): Foreign Minister Ishaq Dar will attend the annual coordination meeting of the OIC "
     "Council of Foreign Ministers in Jeddah on Thursday, the Foreign Office said.",
     {"OIC", "PAK", "SAU"}, "planned"),
    ("DUSHANBE, 14 October (Khovar). Tajik Foreign Minister Sirojiddin Muhriddin attended the meeting of the CSTO "
     "Council of Foreign Ministers in Bishkek on Monday. The ministers discussed the situation on the Tajik-Afghan "
     "border.", {"CSTO", "KGZ", "TJK"}, "occurred"),
    ("DOHA, Oct 14 (QNA) -- Qatar's Minister of State for Foreign Affairs Mohammed Al-Khulaifi will take part in the "
     "Arab League ministerial meeting in Cairo next week.", {"EGY", "LAS", "QAT"}, "planned"),
    ("BAKU, Azerbaijan, Oct 14. Deputy Prime Minister Shahin Mustafayev took part in the 33rd meeting of the ECO "
     "Council of Ministers. The meeting was held in Islamabad on Monday.",
     {"AZE", "ECO", "PAK"}, "occurred"),
])
def test_a_body_meeting_has_the_state_it_is_held_in_as_host(extract, text, countries, status):
    (sitting,) = _sittings(extract(text))
    assert set(sitting.countries) == countries
    assert sitting.status == status


def test_a_standing_body_at_its_seat_has_no_host(extract):
    """A guard: passes on the code before the seat rule changed too."""
    record = extract("BRUSSELS, Oct 14 (BTA) - NATO foreign ministers met in Brussels on Tuesday to discuss "
                     "air defence supplies.")
    (sitting,) = _sittings(record)
    assert "BEL" not in sitting.countries and "NATO" in sitting.countries


def test_next_week_is_no_name_of_the_meeting(extract):
    record = extract("MUSCAT, Oct 14 (ONA) -- Oman's Minister of Foreign Affairs Badr Albusaidi will head the "
                     "Sultanate's delegation to the GCC ministerial meeting in Kuwait next week.")
    (sitting,) = _sittings(record)
    assert set(sitting.countries) == {"GCC", "KWT", "OMN"}
    assert sitting.status == "planned"
    assert _people(record, sitting) == {"Badr Albusaidi"}


def test_who_heads_a_delegation_to_a_gathering_attends_it(extract):
    record = extract("AMMAN, Oct 14 (Petra) -- Foreign Minister Ayman Safadi will head the Kingdom's delegation "
                     "to the Arab League summit in Baghdad next month.")
    (sitting,) = _sittings(record)
    assert {"IRQ", "LAS"} <= set(sitting.countries)
    assert _people(record, sitting) == {"Ayman Safadi"}


def test_the_city_and_days_told_after_the_host(extract):
    record = extract("ASHGABAT, Oct 14 (TDH). Turkmenistan will host the next summit of the Economic Cooperation "
                     "Organization. The event will be held in Avaza on November 20-21, the Foreign Ministry said.")
    (sitting,) = _sittings(record)
    assert sitting.place is not None and (sitting.place.name, sitting.place.country) == ("Awaza", "TKM")
    assert sitting.date is not None and (sitting.date.start, sitting.date.end) == ("2025-11-20", "2025-11-21")


def test_a_forum_named_after_its_city_behind_a_prefix(extract):
    record = extract("TASHKENT, Uzbekistan, Oct 14. Uzbekistan will host the fourth International Tashkent "
                     "Investment Forum on June 9-10, the organisers said.")
    (sitting,) = _sittings(record)
    assert sitting.place is not None and (sitting.place.name, sitting.place.country) == ("Tashkent", "UZB")


@pytest.mark.parametrize(("text", "org"), [
    ("ATHENS, Oct 14 (ANA-MPA) - Greek Parliament Speaker Nikitas Kaklamanis will attend the 19th Plenary "
     "Session of the Parliamentary Assembly of the Mediterranean in Rome in February.", "PAM"),
    ("BAKU, Azerbaijan, Oct 14. Milli Majlis Speaker Sahiba Gafarova addressed the plenary session of the "
     "Mediterranean Parliamentary Assembly in Lisbon on Monday.", None),
])
def test_a_parliamentary_assembly_of_several_states_sits(extract, text, org):
    (sitting,) = _sittings(extract(text))
    assert sitting.kind == "gathering"
    if org is not None:
        assert org in sitting.countries


@pytest.mark.parametrize(("text", "countries"), [
    ("BISHKEK, Oct 14 (Kabar). Prosecutor General Maksat Zhumayev took part in the meeting of Prosecutors General "
     "of the SCO member states held in Tianjin on Monday.", {"CHN", "KGZ", "SCO"}),
    ("ASTANA, 14 October. The meeting of the heads of the border services of the SCO member states will be held in "
     "Almaty in November.", {"KAZ", "SCO"}),
    ("TASHKENT, Uzbekistan, Oct 14. Uzbek Foreign Minister Bakhtiyor Saidov attended the meeting of foreign "
     "ministers of the OTS member states in Shusha on Monday.", {"AZE", "OTS", "UZB"}),
])
def test_a_meeting_of_an_organisations_member_states_is_its_sitting(extract, text, countries):
    (sitting,) = _sittings(extract(text))
    assert set(sitting.countries) == countries


def test_the_blocs_meeting_is_multilateral(extract):
    record = extract("TEHRAN, Oct 14 (IRNA) - Iran will call for a cut in OPEC's oil output during the cartel's "
                     "meeting next week in Algeria, Oil Minister Mohsen Paknejad said.")
    (sitting,) = _sittings(record)
    assert sitting.kind == "multilateral" and {"DZA", "IRN"} <= set(sitting.countries)
