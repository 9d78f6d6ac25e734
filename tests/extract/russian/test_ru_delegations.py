"""The head of a delegation ("Делегация X во главе с заместителем министра Y", "под руководством")
serves the state of the delegation when the title names none; the story's later talks and
signing then have the guest and the host."""

from __future__ import annotations

import pytest
from ru_record import events, names, person

TEXT = (
    " date 2025-02-11\nТАШКЕНТ, 11 февраля. /УзА/. Делегация Министерства юстиции Туркменистана во "
    "главе с заместителем министра Бегенчем Атаевым прибыла в Узбекистан с рабочим визитом по "
    "приглашению Министра юстиции Республики Узбекистан Акбара Ташкулова.\n\n"
    "В ходе встречи, состоявшейся в здании министерства, Акбар Ташкулов отметил высокий уровень "
    "правового сотрудничества двух стран.\n\n"
    "По итогам встречи стороны подписали План совместных мероприятий на 2025-2026 годы."
)


def test_the_head_of_a_delegation_is_of_its_state(ru):
    record = ru(TEXT, published=None)
    assert person(record, "Begench Atayev").country == "TKM"


@pytest.mark.parametrize("kind", ["visit", "meeting", "agreement"])
def test_the_talks_and_the_signing_have_the_guest_and_the_host(ru, kind):
    record = ru(TEXT, published=None)
    [event] = events(record, kind)
    assert sorted(event.countries) == ["TKM", "UZB"]
    assert names(record, event) == {"Begench Atayev", "Akbar Tashkulov"}


def test_led_by_names_the_delegation_head_under_another_wording(ru):
    text = (" date 2024-10-08\nБИШКЕК, 8 окт. 2024. /АКИpress/. Парламентская делегация Монголии под "
            "руководством заместителя председателя Великого Государственного Хурала Батбаяра "
            "Чинбата находится в Кыргызстане с официальным визитом.")
    record = ru(text, published=None)
    assert person(record, "Batbayar Chinbat").country == "MNG"


def test_the_members_of_a_visiting_delegation_join_the_visit_and_serve_its_state(ru):
    text = (" date 2026-11-04\nБишкек, 4 нояб. 2026. /АКИpress/. Председатель Кабинета министров "
            "Кыргызской Республики Адылбек Касымалиев 5-6 ноября посетит Узбекистан с официальным "
            "визитом.\n\nВ состав кыргызской делегации войдут министр экономики и коммерции Даниэль "
            "Аманкулов и министр энергетики Таалайбек Ибраев.")
    record = ru(text, published=None)
    [visit] = [e for e in record.events if e.kind == "visit"]
    people = {record.actor(a).name: record.actor(a) for a in visit.participants}
    assert {n for n, p in people.items() if p.kind == "person"} == {
        "Adylbek Kasymaliev", "Daniel Amankulov", "Taalaibek Ibraev"}  # the Kyrgyz -ev, once "кыргызской делегации" told the state
    assert all(p.country == "KGZ" for p in people.values() if p.kind == "person")


def test_the_members_of_a_delegation_received_with_no_visit_told_join_the_talks(ru):
    record = ru(" date 2026-06-03\nТАШКЕНТ, 3 июня. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов "
                "принял делегацию Кыргызской Республики во главе с Председателем Кабинета Министров Кыргызской "
                "Республики Адылбеком Касымалиевым.\n\nВ состав делегации вошли заместитель Председателя Кабинета "
                "Министров Кыргызской Республики Эдиль Байсалов и министр энергетики Кыргызской Республики "
                "Таалайбек Ибраев.", published=None)
    [talks] = events(record, "meeting")
    assert {"Adylbek Kasymaliev", "Bakhtiyor Saidov", "Edil Baisalov"} <= names(record, talks)
    assert len(names(record, talks)) == 4


def test_held_talks_of_two_states_do_not_take_the_guest_of_a_visit_to_come(ru):
    """"состоялись межмидовские консультации между Кыргызстаном и Казахстаном ... подготовку к
    государственному визиту Президента": the President of the visit to come held no part in them."""
    record = ru(" date 2026-03-11\nБишкек, 11 марта /Кабар/. В МИД Кыргызской Республики состоялись межмидовские "
                "консультации между Кыргызстаном и Казахстаном.\n\nКыргызскую делегацию возглавил заместитель "
                "министра иностранных дел Кыргызской Республики Алмаз Имангазиев, казахстанскую – заместитель "
                "министра иностранных дел Республики Казахстан Алибек Бакаев.\n\nВ ходе консультаций стороны "
                "обсудили подготовку к государственному визиту Президента Кыргызской Республики Садыра Жапарова в "
                "Казахстан, который запланирован на апрель.", published=None)
    [talks] = [e for e in events(record, "meeting") if e.status == "occurred"]
    assert "Sadyr Japarov" not in names(record, talks)
