"""An arrival to attend a sitting told in a relative clause ("прибыл ... для участия в заседании,
которое пройдет 10 октября"): the arrival is of the day, the sitting's day is the sitting's, the
visit runs to it, and talks planned on its sidelines take its day."""

from __future__ import annotations

from ru_record import events, names

TEXT = (" date 2025-10-09\nМИНСК, 9 октября. /БелТА/. Министр иностранных дел Беларуси Максим Рыженков "
        "прибыл в Душанбе для участия в заседании Совета министров иностранных дел СНГ, которое "
        "пройдет 10 октября.\n\nНа полях заседания белорусский министр проведет ряд двусторонних "
        "встреч, в том числе с Министром иностранных дел Таджикистана Сироджиддином Мухриддином.\n\n"
        "В среду, 8 октября, М.Рыженков провел в Минске консультации с заместителем министра "
        "иностранных дел Китая Сунь Вэйдуном.")


def test_the_arrival_is_of_the_day_and_the_visit_runs_to_the_sitting(ru):
    record = ru(TEXT, published=None)
    [visit] = events(record, "visit")
    assert visit.status == "occurred"
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2025-10-09", "2025-10-10")
    assert "Sun Weidong" not in names(record, visit)  # talks at home the day before


def test_the_sitting_keeps_its_day_and_the_talks_on_its_sidelines_take_it(ru):
    record = ru(TEXT, published=None)
    [sitting] = events(record, "multilateral")
    assert sitting.status == "planned" and sitting.date is not None and sitting.date.start == "2025-10-10"
    planned = [e for e in events(record, "meeting") if e.status == "planned"]
    assert len(planned) == 1
    assert names(record, planned[0]) == {"Maxim Ryzhenkov", "Sirojiddin Muhriddin"}
    assert planned[0].date is not None and planned[0].date.start == "2025-10-10"
    [home] = [e for e in events(record, "meeting") if e.status == "occurred"]
    assert home.date is not None and home.date.start == "2025-10-08"
