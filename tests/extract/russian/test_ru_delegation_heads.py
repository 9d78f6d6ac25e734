""""Таджикскую делегацию возглавил X, китайскую – Y": who led the delegations of talks told
before takes part in them, serving the state of the delegation's demonym."""

from __future__ import annotations

from ru_record import events, names, person


def test_the_heads_of_the_delegations_are_the_talks_parties(ru):
    record = ru(
        " date 2025-09-10\n"
        "ДУШАНБЕ, 10 сентября. /Ховар/. Вчера в столице Таджикистана прошли межмидовские консультации "
        "между Таджикистаном и Китаем.\n\nТаджикскую делегацию возглавил заместитель министра "
        "иностранных дел Фарход Салим, китайскую - заместитель министра иностранных дел КНР Сунь "
        "Вэйдун.", published=None)
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["CHN", "TJK"]
    assert names(record, meeting) == {"Farkhod Salim", "Sun Weidong"}
    assert meeting.date is not None and meeting.date.start == "2025-09-09"
    assert person(record, "Farkhod Salim").country == "TJK"
