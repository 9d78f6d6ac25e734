"""Gatherings and sittings of Russian reports: a sitting and a summit joined by "а также" are two
events, a summit and its own council's sitting one; a gathering's states are its host and the
organising IGO; the guest's sitting during a visit is held where the guest stays; plural
"консультации" are talks."""

from __future__ import annotations

import pytest
from ru_record import events, names

STAY = (
    " date 2026-05-13\nАСТАНА. КАЗИНФОРМ — Президент Таджикистана Эмомали Рахмон, находящийся в "
    "Казахстане с государственным визитом, провел в среду переговоры с Президентом Казахстана "
    "Касым-Жомартом Токаевым.\n\nВ пятницу он примет участие в заседании Совета глав государств "
    "ОДКБ, а также во втором форуме «Центральная Азия – Япония», сообщил помощник "
    "президента."
)


def test_a_sitting_and_a_forum_joined_by_a_takzhe_are_two_events(ru):
    record = ru(STAY, published=None)
    [sitting] = events(record, "multilateral")
    [forum] = events(record, "gathering")
    assert "CSTO" in sitting.countries
    for event in (sitting, forum):
        assert event.status == "planned"
        assert event.date is not None and event.date.start == "2026-05-15"


def test_the_guests_sitting_is_held_where_the_guest_stays(ru):
    record = ru(STAY, published=None)
    [sitting] = events(record, "multilateral")
    [forum] = events(record, "gathering")
    assert sorted(sitting.countries) == ["CSTO", "KAZ", "TJK"]  # not the forum's
    assert forum.countries == ["KAZ"]  # not the states its name gives, nor the CSTO
    [visit] = events(record, "visit")
    assert visit.date is not None and visit.date.end == "2026-05-15"


@pytest.mark.parametrize(("text", "countries"), [
    (" date 2025-06-30\nБаку, 30 июня, АЗЕРТАДЖ. Президент Ильхам Алиев примет участие в "
     "саммите Организации тюркских государств в Габале, на котором главы тюркских государств "
     "обсудят транспортные вопросы.", ["AZE", "OTS"]),
    (" date 2025-03-18\nАШХАБАД, 18 марта (ТДХ). Шестой Каспийский саммит прикаспийских государств "
     "пройдет в Тегеране в августе.", ["IRN"]),
])
def test_a_gathering_lists_its_host_and_organising_igo(ru, text, countries):
    record = ru(text, published=None)
    [summit] = events(record, "gathering")
    assert sorted(summit.countries) == countries


def test_a_summit_and_its_own_councils_sitting_in_one_sentence_are_one_gathering(ru):
    text = (" date 2025-06-20\nАСТАНА. КАЗИНФОРМ — Особое внимание уделено подготовке к заседанию "
            "Совета глав государств – членов ШОС в рамках саммита ШОС, который пройдет в Бишкеке в июле.")
    record = ru(text, published=None)
    assert [e.kind for e in record.events if "SCO" in e.countries] == ["gathering"]


@pytest.mark.parametrize(("text", "countries"), [
    (" date 2025-12-04\nАСТАНА. КАЗИНФОРМ — На следующей неделе в Астане пройдут казахстанско-"
     "вьетнамские консультации по консульским вопросам.", ["KAZ", "VNM"]),
    (" date 2026-02-10\nТАШКЕНТ, 10 февраля. /УзА/. Заместители министров иностранных дел "
     "Узбекистана и Пакистана провели в Ташкенте консультации по вопросам безопасности.",
     ["PAK", "UZB"]),
])
def test_consultations_in_the_plural_are_talks(ru, text, countries):
    record = ru(text, published=None)
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == countries


def test_a_consultation_in_the_singular_is_advice(ru):
    text = (" date 2026-02-10\nТАШКЕНТ, 10 февраля. /УзА/. Граждане Узбекистана в Казахстане "
            "могут получить бесплатную юридическую консультацию в посольстве.")
    record = ru(text, published=None)
    assert events(record, "meeting") == []


def test_a_forum_named_by_a_compound_adjective_is_a_gathering(ru):
    text = (" date 2026-03-02\nТАШКЕНТ, 2 марта. /УзА/. 5 марта в Самарканде пройдет "
            "Узбекско-таджикский бизнес-форум с участием представителей более 80 компаний.")
    record = ru(text, published=None)
    [forum] = events(record, "gathering")
    assert forum.status == "planned" and forum.countries == ["UZB"]
    assert forum.date is not None and forum.date.start == "2026-03-05"


def test_a_summit_named_on_whose_sidelines_leaders_met_is_a_gathering_after_another(ru):
    text = (" date 2026-03-02\nТАШКЕНТ, 2 марта. /УзА/. 5 марта в Самарканде пройдет "
            "Узбекско-таджикский бизнес-форум.\n\nПоследний раз президенты двух стран встречались "
            "в ноябре прошлого года в Бишкеке на полях саммита Организации Договора о коллективной "
            "безопасности.")
    record = ru(text, published=None)
    summits = [e for e in events(record, "gathering") if "CSTO" in e.countries]
    assert len(summits) == 1 and summits[0].status == "occurred"
    assert summits[0].date is not None and summits[0].date.start == "2025-11"


def test_the_general_debate_of_the_general_assembly_is_a_gathering(ru):
    text = (" date 2025-09-20\nАСТАНА. КАЗИНФОРМ — Президент Казахстана Касым-Жомарт Токаев выступит "
            "на общеполитических дебатах 80-й сессии Генеральной Ассамблеи ООН в Нью-Йорке 23 "
            "сентября.")
    record = ru(text, published=None)
    [debate] = events(record, "gathering")
    assert debate.trigger.text.startswith("общеполитических дебат")
    assert debate.status == "planned" and "UN" in debate.countries
    assert debate.date is not None and debate.date.start == "2025-09-23"


def test_who_spoke_at_the_gathering_told_before_attended_it(ru):
    record = ru(" date 2026-05-28\nТАШКЕНТ, 28 мая. /УзА/. В Ташкенте начал работу Ташкентский международный "
                "инвестиционный форум. Президент Узбекистана Шавкат Мирзиёев выступил на пленарном заседании "
                "форума.", published=None)
    [forum] = [e for e in record.events if e.kind == "gathering"]
    assert "Shavkat Mirziyoyev" in names(record, forum)
