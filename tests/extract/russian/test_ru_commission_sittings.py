"""A sitting of a body of two states ("заседание межправкомиссии", numbered or not) is a meeting of
the two states its name, its "между" phrase or its co-chairs give; its people are those the next
sentence tells held it, never the people of the talks it was prepared at (``settle.py``)."""

from __future__ import annotations

import pytest
from ru_record import events, names


def test_a_sitting_of_the_intergovernmental_commission_is_a_meeting(ru):
    record = ru("Ашхабад, 12 мая (ТДХ). В Ашхабаде прошло заседание туркмено-турецкой "
                "межправкомиссии по торговле. Заседание провели заместитель Председателя Кабинета "
                "Министров Туркменистана Ходжамырат Гельдимырадов и министр торговли Турции Омер "
                "Болат.", published="2026-05-12")
    talks = events(record, "meeting")
    assert talks and set(talks[0].countries) == {"TKM", "TUR"}
    assert "Omer Bolat" in {n.replace("Ö", "O") for n in names(record, talks[0])}


def test_a_numbered_sitting_of_a_two_state_body_is_no_gathering(ru):
    record = ru("АСТАНА. КАЗИНФОРМ – В Астане состоялось XVI заседание Межправительственной комиссии "
                "по сотрудничеству между Республикой Казахстан и Венгрией.", published="2026-05-12")
    assert not events(record, "gathering")
    talks = events(record, "meeting")
    assert talks and set(talks[0].countries) == {"KAZ", "HUN"}


def test_a_planned_sitting_has_none_of_the_talks_people(ru):
    record = ru("Бишкек, 12 мая. /Кабар/. Министр иностранных дел Кыргызстана Жээнбек Кулубаев "
                "встретился с послом Индии Анилом Кумаром. Стороны договорились провести "
                "заседание межправительственной комиссии осенью в Бишкеке.", published="2026-05-12")
    planned = [e for e in events(record, "meeting") if e.status == "planned"]
    assert planned and not names(record, planned[0])


def test_a_sitting_held_keeps_the_heads_of_its_delegations(ru):
    record = ru("ТАШКЕНТ, 12 мая. /УзА/. В Ташкенте состоялось XII заседание узбекско-казахстанской "
                "межправительственной комиссии. Узбекскую делегацию возглавил министр инвестиций "
                "Узбекистана Лазиз Кудратов, казахстанскую – министр торговли Казахстана Арман "
                "Шаккалиев.", published="2026-05-12")
    talks = events(record, "meeting")
    assert talks and {"Laziz Kudratov", "Arman Shakkaliyev"} <= names(record, talks[0])


def test_a_two_state_cooperation_committee_sitting_is_a_meeting_of_its_co_chairs(ru):
    record = ru("АСТАНА. КАЗИНФОРМ – В Астане прошло 9-е заседание казахстанско-индийского Комитета "
                "сотрудничества. Заседание провели Заместитель Премьер-министра Казахстана Серик "
                "Жумангарин и министр торговли Индии Пиюш Гоял.", published="2026-05-12")
    talks = events(record, "meeting")
    assert talks and set(talks[0].countries) == {"KAZ", "IND"}
    assert "Serik Zhumangarin" in names(record, talks[0])


@pytest.mark.parametrize(("text", "countries", "start"), [
    (" date 2026-04-08\nАСТАНА. КАЗИНФОРМ – Министр торговли Казахстана Арман Шаккалиев провел переговоры с "
     "Министром экономики Ирана Али Мадани-Заде. Стороны обсудили работу межправительственной комиссии. Ее "
     "очередное заседание состоялось в феврале в Тегеране.", ["IRN", "KAZ"], "2026-02"),
    (" date 2026-04-08\nБАКУ, 8 апреля. /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов принял "
     "Посла Грузии Гейу Самушию. Отмечена роль Совместного экономического комитета. Его следующее "
     "заседание пройдет в Тбилиси в июне.", ["AZE", "GEO"], "2026-06"),
])
def test_a_sitting_owned_by_a_pronoun_of_the_body_told_before(ru, text, countries, start):
    record = ru(text, published=None)
    sittings = [e for e in record.events if e.trigger.text == "заседание"]
    assert len(sittings) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert sittings[0].kind == "meeting" and sorted(sittings[0].countries) == countries
    assert sittings[0].date is not None and sittings[0].date.start == start


def test_a_sitting_held_told_by_its_bodys_pronoun_names_none_of_the_storys_people(ru):
    record = ru(" date 2026-04-08\nАСТАНА. КАЗИНФОРМ – Министр торговли Казахстана Арман Шаккалиев провел переговоры "
                "с Министром экономики Ирана Али Мадани-Заде. Стороны обсудили работу межправительственной "
                "комиссии. Ее очередное заседание состоялось в феврале в Тегеране.", published=None)
    [sitting] = [e for e in record.events if e.trigger.text == "заседание"]
    assert names(record, sitting) == set()


def test_a_sitting_over_before_the_storys_visit_names_none_of_its_people(ru):
    record = ru(" date 2025-11-20\nМИНСК, 20 ноября (БелТА). Президент Республики Беларусь Александр Лукашенко провел "
                "переговоры с Президентом Республики Узбекистан Шавкатом Мирзиёевым, находящимся в Минске с "
                "государственным визитом. На прошлой неделе в Ташкенте состоялось заседание Межправительственной "
                "комиссии по торгово-экономическому сотрудничеству.", published=None)
    [sitting] = [e for e in record.events if e.trigger.text == "заседание"]
    assert sitting.date is not None and sitting.date.start == "2025-11-10"
    assert names(record, sitting) == set()
