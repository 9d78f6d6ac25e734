"""A sitting of a body of two states is a meeting, talks of three states multilateral, whatever
the sentence that told them knew of their parties."""

from __future__ import annotations

from ru_record import events


def test_a_sitting_of_a_two_state_body_is_a_meeting(ru):
    record = ru(
        " date 2025-01-28\n"
        "ТАШКЕНТ, 28 января. /УзА/. Президент Республики Узбекистан Шавкат Мирзиёев 28 января провел "
        "телефонный разговор с Президентом Азербайджанской Республики Ильхамом Алиевым.\n\nГлавы "
        "государств условились провести очередное заседание Высшего межгосударственного совета в "
        "Баку во второй половине года.", published=None)
    assert not events(record, "multilateral"), [(e.kind, e.countries) for e in record.events]
    sitting = [e for e in events(record, "meeting") if e.trigger.text == "заседание"]
    assert sitting and sorted(sitting[0].countries) == ["AZE", "UZB"]
    assert sitting[0].status == "planned"
    assert sitting[0].date is not None and (sitting[0].date.start, sitting[0].date.end) == ("2025-07", "2025-12")


def test_a_sitting_of_an_organisations_council_stays_multilateral(ru):
    record = ru(
        " date 2025-10-08\n"
        "ДУШАНБЕ, 8 октября. /НИАТ «Ховар»/. Президент Таджикистана Эмомали Рахмон примет участие в "
        "заседании Совета глав государств СНГ, которое пройдет в Душанбе.", published=None)
    [sitting] = events(record, "multilateral")
    assert "CIS" in sitting.countries


def test_the_organisation_of_a_summit_prepared_in_talks_is_no_party_to_them(ru):
    record = ru(
        " date 2025-03-03\n"
        "БИШКЕК, 3 марта. /Кабар/. Министры иностранных дел Казахстана и Кыргызстана Ермек "
        "Кошербаев и Жээнбек Кулубаев провели переговоры и обсудили подготовку к предстоящему "
        "саммиту ОДКБ.", published=None)
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["KAZ", "KGZ"]
    [summit] = events(record, "gathering")
    assert summit.countries == ["CSTO"] and summit.status == "planned"  # its host is not told
