"""Two clauses joined by 'when' tell one time and one place (events/when_linked.py): talks told in the
'when' clause of a past visit are in the visit's city and month, not at the dateline on the report's
day; the same when the 'when' clause tells the visit and the main clause the talks."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2026-09-24"


def _talks_with(record: Record, name: str) -> Event:
    for event in record.events:
        names = {a.name for i in event.participants if (a := record.actor(i)) is not None}
        if event.kind == "meeting" and name in names:
            return event
    raise AssertionError([(e.kind, e.trigger.text) for e in record.events])


def test_talks_in_the_when_clause_of_a_past_visit_take_its_city_and_month(extract):
    record = extract(
        "KUWAIT, Sept 24 (KUNA) -- Kuwait's Minister of Foreign Affairs Abdullah Al-Yahya met Wednesday with his "
        "Jordanian counterpart Ayman Safadi.\n\nThe two ministers discussed the latest regional developments. "
        "Al-Yahya had visited Amman in May, when he met King Abdullah II.")
    past = _talks_with(record, "Abdullah II")
    assert past.place is not None and (past.place.name, past.place.country) == ("Amman", "JOR")
    assert past.date is not None and past.date.start == "2026-05"
    today = _talks_with(record, "Ayman Safadi")
    assert today.place is not None and today.place.country == "KWT"
    assert today.date is not None and today.date.start == "2026-09-23"


def test_a_when_clause_told_first_places_and_dates_the_talks_after_it(extract):
    record = extract(
        "LIMA, Sept 24 (Andina) -- Peruvian Foreign Minister Elmer Schialer received the Chilean Foreign Minister "
        "Alberto van Klaveren at the Torre Tagle Palace on Wednesday.\n\n"
        "When Schialer visited Santiago in March, he held talks with President Gabriel Boric.")
    past = _talks_with(record, "Gabriel Boric")
    assert past.place is not None and (past.place.name, past.place.country) == ("Santiago", "CHL")
    assert past.date is not None and past.date.start == "2026-03"
    assert set(past.countries) == {"CHL", "PER"}


def test_talks_with_their_own_place_keep_it(extract):
    record = extract(
        "NAIROBI, Sept 24 (KNA) -- Kenyan Prime Cabinet Secretary Musalia Mudavadi met Ugandan Foreign Minister "
        "Jeje Odongo on Wednesday. Mudavadi visited Uganda in June, when he held talks in Kampala with President "
        "Yoweri Museveni.")
    past = _talks_with(record, "Yoweri Museveni")
    assert past.place is not None and past.place.name == "Kampala"
    assert past.date is not None and past.date.start == "2026-06"


def test_talks_in_a_past_where_clause_take_the_visits_month(extract):
    record = extract(
        "ASTANA, 14 May (Kazinform) -- Kazakh Prime Minister Olzhas Bektenov held talks with Uzbek Prime Minister "
        "Abdulla Aripov in Tashkent on Wednesday.\n\nEarlier, in March, Aripov visited Astana, where he met with "
        "President Kassym-Jomart Tokayev.", "2026-05-14")
    past = _talks_with(record, "Kassym-Jomart Tokayev")
    assert past.date is not None and past.date.start == "2026-03"
    assert past.place is not None and past.place.name == "Astana"
    today = _talks_with(record, "Olzhas Bektenov")
    assert today.date is not None and today.date.start == "2026-05-13"


def test_a_fronted_day_dates_both_coordinated_verbs(extract):
    record = extract(
        "TASHKENT, 14 May (UzA) -- Uzbek Prime Minister Abdulla Aripov held talks with Kazakh Prime Minister "
        "Olzhas Bektenov on Wednesday.\n\nThe next day, the prime ministers chaired the meeting of the "
        "Intergovernmental Council and signed a roadmap on industrial cooperation.", "2026-05-15")
    roadmap = next(e for e in record.events if e.kind == "agreement")
    assert roadmap.date is not None and roadmap.date.start == "2026-05-14"


def _visit_to(record: Record, country: str) -> Event:
    for event in record.events:
        if event.kind == "visit" and event.place is not None and event.place.country == country:
            return event
    raise AssertionError([(e.kind, e.place) for e in record.events])


def test_a_while_clause_of_a_stay_takes_the_time_of_its_clause(extract):
    """'..., while X was on a state visit to Y': the stay is when the main clause's talks were."""
    record = extract(
        "ASHGABAT (TDH) -- President Serdar Berdimuhamedov received the Azerbaijani Foreign Minister Jeyhun "
        "Bayramov on Wednesday.\n\nThe two leaders had last met in Baku in April 2025, while Serdar "
        "Berdimuhamedov was on an official visit to Azerbaijan.")
    past = _visit_to(record, "AZE")
    assert past.date is not None and past.date.start == "2025-04"


def test_a_while_with_a_finite_verb_of_its_own_tells_no_shared_time(extract):
    """A 'while' that sets two acts side by side ('whereas') lends no time."""
    record = extract(
        "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev held talks in Astana on September 22, while Prime "
        "Minister Olzhas Bektenov will pay an official visit to Hungary.")
    visit = _visit_to(record, "HUN")
    assert visit.date is None or visit.date.start != "2026-09-22"
