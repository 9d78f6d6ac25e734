"""'X was received by President Y, a day after holding talks with Prime Minister Z': two talks, each
with its own host; the one who held the earlier talks is the subject of the main clause
(events/geometry.py controller, events/participants.py _in_other_event), held that many days before
(events/act_cues.days_before), however the parser hangs "a day"."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-05-14"


def _meetings(record):
    return sorted((sorted(people(record, e)), e.countries) for e in record.events if e.kind == "meeting")


def test_received_a_day_after_talks_is_two_meetings(extract):
    record = extract(
        "ASTANA, 13 May (Kazinform) -- Prime Minister of the Republic of Kazakhstan Olzhas Bektenov was "
        "received by President of the Republic of Uzbekistan Shavkat Mirziyoyev on Tuesday, a day after "
        "holding talks with Uzbek Prime Minister Abdulla Aripov.")
    assert _meetings(record) == [(["Abdulla Aripov", "Olzhas Bektenov"], ["KAZ", "UZB"]),
                                 (["Olzhas Bektenov", "Shavkat Mirziyoyev"], ["KAZ", "UZB"])]


def test_met_the_president_hours_after_talks_with_the_minister(extract):
    record = extract(
        "BAGHDAD, May 13 (INA) -- Turkish Foreign Minister Hakan Fidan met with Iraqi President Abdul Latif "
        "Rashid on Tuesday, hours after holding talks with Iraqi Foreign Minister Fuad Hussein.")
    assert _meetings(record) == [(["Abdul Latif Rashid", "Hakan Fidan"], ["IRQ", "TUR"]),
                                 (["Fuad Hussein", "Hakan Fidan"], ["IRQ", "TUR"])]


def test_a_traveller_met_by_his_host_is_not_going_home(extract):
    record = extract(
        "WASHINGTON, May 13 (Reuters) -- Brazilian President Luiz Inacio Lula da Silva was meeting US "
        "President Donald Trump at the White House on Tuesday. Lula traveled to Washington after "
        "addressing a conference in New York on Monday.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert [v.countries for v in visits] == [["BRA", "USA"]]


def test_the_earlier_talks_are_dated_a_day_before(extract):
    record = extract(
        "MUSCAT, May 14 (ONA) -- Iranian Foreign Minister Abbas Araghchi was received today by Sultan Haitham bin "
        "Tarik, a day after holding talks with Omani Foreign Minister Badr Albusaidi on regional security.")
    days = sorted((e.date.start, sorted(people(record, e))) for e in record.events if e.kind == "meeting" and e.date)
    assert days == [("2025-05-13", ["Abbas Araghchi", "Badr Albusaidi"]),
                    ("2025-05-14", ["Abbas Araghchi", "Haitham bin Tarik"])]


def test_two_days_after_meeting(extract):
    record = extract(
        "ANKARA, May 14 (AA) -- Turkish Foreign Minister Hakan Fidan was received by Iraqi Prime Minister Mohammed "
        "Shia al-Sudani in Baghdad on Wednesday, two days after holding talks with Iraqi Foreign Minister Fuad "
        "Hussein in Ankara.")
    days = sorted(e.date.start for e in record.events if e.kind == "meeting" and e.date)
    assert days == ["2025-05-12", "2025-05-14"]


def test_talks_told_in_a_finite_clause_a_day_after_are_the_day_before(extract):
    record = extract(
        "TEHRAN, May 14 (IRNA) -- Iranian Foreign Minister Abbas Araghchi held talks with his Omani counterpart "
        "Badr Albusaidi in Muscat on Tuesday, a day after Araghchi met with the Emir of Qatar in Doha.")
    days = {tuple(e.countries): e.date.start for e in record.events if e.kind == "meeting" and e.date}
    assert days == {("IRN", "OMN"): "2025-05-13", ("IRN", "QAT"): "2025-05-12"}


def _days(record, word: str) -> list[str | None]:
    return [e.date.start if e.date else None for e in record.events if e.trigger.text == word]


def test_a_visit_a_month_after_talks_dates_them_in_the_month_before(extract):
    record = extract(
        "YEREVAN, March 11 (Ararat Wire). Armenian Prime Minister Nikol Pashinyan will pay a working visit to "
        "France on March 20. The visit comes a month after Pashinyan met French President Emmanuel Macron in "
        "Munich.", "2026-03-11")
    assert _days(record, "met") == ["2026-02"]


def test_talks_two_weeks_before_a_reception(extract):
    record = extract(
        "ASTANA, 13 May (Steppe Wire) -- Prime Minister of the Republic of Kazakhstan Olzhas Bektenov was "
        "received by President of the Republic of Uzbekistan Shavkat Mirziyoyev on Tuesday, two weeks after "
        "holding talks with Uzbek Prime Minister Abdulla Aripov.", "2025-05-14")
    assert _days(record, "talks") == ["2025-04-29"]
