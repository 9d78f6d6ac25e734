"""Events of Russian reports: kinds, PLOVER coding, status, parties, place, dates, story frame."""

from __future__ import annotations

import pytest
from ru_record import events, names

VISIT = (
    " date 2025-04-03\n"
    "АСТАНА. КАЗИНФОРМ – Министр юстиции Монголии Батбаяр Ганбат прибыл с рабочим визитом в "
    "Астану по приглашению Министра юстиции Казахстана Ерлана Сарсембаева.\n\n"
    "В ходе встречи в Министерстве юстиции стороны обсудили вопросы взаимной правовой помощи. "
    "По итогам переговоров министры подписали меморандум о сотрудничестве в сфере "
    "исполнения судебных решений.\n\nВизит продлится до 5 апреля."
)


def test_the_story_frame_gives_later_events_the_visitor_host_place_and_day(ru):
    record = ru(VISIT, published=None)
    assert record.lang == "ru"
    assert record.published == "2025-04-03" and record.published_from == "header"
    assert record.dateline is not None and (record.dateline.place, record.dateline.country) == (
        "Astana", "KAZ")
    [visit] = events(record, "visit")
    assert (visit.type, visit.mode, visit.status) == ("CONSULT", "visit", "occurred")
    assert sorted(visit.countries) == ["KAZ", "MNG"]
    assert visit.place is not None and visit.place.name == "Astana"
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2025-04-03", "2025-04-05")
    assert names(record, visit) == {"Batbayar Ganbat", "Yerlan Sarsembayev"}
    [meeting] = events(record, "meeting")
    [agreement] = events(record, "agreement")
    for event in (meeting, agreement):
        assert sorted(event.countries) == ["KAZ", "MNG"]
        assert event.place is not None and event.place.name == "Astana"
        assert event.date is not None and event.date.start == "2025-04-03"
        assert event.status == "occurred"
    assert agreement.type == "SUPPORT"
    assert agreement.name == "меморандум о сотрудничестве в сфере исполнения судебных решений"


def test_at_the_invitation_of_the_host_is_an_invitation_and_makes_the_host_the_recipient(ru):
    record = ru(VISIT, published=None)
    [visit] = events(record, "visit")
    host = [record.actor(a) for a in visit.recipient]
    assert any(a is not None and a.name == "Yerlan Sarsembayev" for a in host)
    [invitation] = events(record, "invitation")
    assert invitation.type == "AGREE" and invitation.status == "occurred"
    assert record.actor(invitation.source[0]).name == "Yerlan Sarsembayev"  # type: ignore[union-attr]


def test_every_offset_is_into_the_original_text(ru):
    record = ru(VISIT, published=None)
    for event in record.events:
        assert VISIT[event.trigger.start:event.trigger.end] == event.trigger.text
        start, end = event.sentence
        assert start <= event.trigger.start < event.trigger.end <= end


@pytest.mark.parametrize(("text", "kind", "type_", "mode", "status", "countries"), [
    ("Президент Азербайджана Ильхам Алиев провел телефонный разговор с Президентом Турции "
     "Реджепом Тайипом Эрдоганом.", "call", "CONSULT", "phone", "occurred", ["AZE", "TUR"]),
    ("Состоялся телефонный разговор министров иностранных дел Казахстана и Кыргызстана.",
     "call", "CONSULT", "phone", "occurred", ["KAZ", "KGZ"]),
    ("Министр энергетики Туркменистана посетит Баку на следующей неделе.",
     "visit", "AGREE", None, "planned", ["AZE", "TKM"]),
    ("Президент Узбекистана Шавкат Мирзиёев находится с официальным визитом в Душанбе.",
     "visit", "CONSULT", "visit", "occurred", ["TJK", "UZB"]),
    ("Вице-премьер Казахстана Серик Жумангарин и министр торговли Китая Ван Вэньтао "
     "подписали соглашение о торговле услугами.", "agreement", "SUPPORT", None, "occurred",
     ["CHN", "KAZ"]),
    ("Президент Кыргызстана Садыр Жапаров пригласил Президента Таджикистана Эмомали Рахмона "
     "посетить Бишкек с государственным визитом.", "invitation", "AGREE", None, "occurred",
     ["KGZ", "TJK"]),
    ("Саммит Организации тюркских государств пройдёт в Габале 6-7 октября.",
     "gathering", "AGREE", None, "planned", ["AZE", "OTS"]),
])
def test_kinds_plover_and_status(ru, text, kind, type_, mode, status, countries):
    record = ru(text)
    found = events(record, kind)
    assert found, [(e.kind, e.trigger.text) for e in record.events]
    event = found[0]
    assert (event.type, event.mode, event.status) == (type_, mode, status)
    assert sorted(event.countries) == countries


def test_a_video_conference_is_a_call_not_a_meeting(ru):
    record = ru("Генеральный прокурор Казахстана провел встречу с Генеральным прокурором "
                "Азербайджана в формате видеоконференции.")
    assert [e.kind for e in record.events] == ["call"]


def test_dates_resolve_against_the_publication_date(ru):
    record = ru("Заседание Совета министров иностранных дел СНГ пройдет в Минске с 29 сентября "
                "по 2 октября.", published="2025-04-03")
    [event] = [e for e in record.events if e.kind in ("multilateral", "gathering")]
    assert event.date is not None and (event.date.start, event.date.end) == ("2025-09-29", "2025-10-02")
    assert event.status == "planned"
    assert event.place is not None and (event.place.name, event.place.country) == ("Minsk", "BLR")
    assert "CIS" in event.countries


def test_a_session_of_two_states_commission_is_a_meeting(ru):
    record = ru("Накануне в Ашхабаде состоялось заседание Межправительственной комиссии "
                "Туркменистана и Узбекистана.")
    [event] = record.events
    assert event.kind == "meeting" and event.status == "occurred"
    assert sorted(event.countries) == ["TKM", "UZB"]


def test_a_reception_is_a_meeting_the_guest_pays_the_host(ru):
    record = ru("Президент Таджикистана Эмомали Рахмон принял министра иностранных дел Ирана "
                "Аббаса Аракчи.")
    [meeting] = events(record, "meeting")
    assert record.actor(meeting.source[0]).name == "Abbas Araghchi"  # type: ignore[union-attr]
    assert record.actor(meeting.recipient[0]).name == "Emomali Rahmon"  # type: ignore[union-attr]
    assert record.events[0].kind == "meeting"
    assert "приняли участие" not in record.events[0].trigger.text
    assert not ru("Делегации приняли участие в заседании.").events


def test_an_invitation_passed_on_by_a_messenger_is_the_inviters(ru):
    record = ru("Министр иностранных дел Ирана Аббас Аракчи передал Президенту Азербайджана Ильхаму "
                "Алиеву приглашение Президента Ирана Масуда Пезешкиана посетить Тегеран.")
    [invitation] = events(record, "invitation")
    assert [record.actor(a).name for a in invitation.source] == ["Masoud Pezeshkian"]  # type: ignore[union-attr]
    assert "Ilham Aliyev" in names(record, invitation)
    assert "Abbas Araghchi" not in names(record, invitation)
    assert invitation.date is not None and invitation.date.start == "2025-04-03"
    assert not events(record, "visit")  # the visit is what the invitation proposes


def test_thanks_for_an_invitation_is_no_new_invitation(ru):
    assert not events(ru("Президент Казахстана поблагодарил за приглашение."), "invitation")


def test_a_sitting_of_a_body_named_for_two_parties_is_their_meeting_not_its_host_cities(ru):
    record = ru(" date 2024-10-04\nТАШКЕНТ, 4 октября. /УзА/. Министр иностранных дел Узбекистана "
                "Бахтиёр Саидов принял Специального представителя ЕС по Центральной Азии Терхи Хакалу.\n\n"
                "Стороны намерены провести следующее заседание Совета сотрудничества Узбекистан – ЕС "
                "во второй половине текущего года в Брюсселе.", published=None)
    sittings = [e for e in record.events if e.name and "Совет" in e.name]
    assert len(sittings) == 1
    assert sittings[0].kind == "meeting" and sorted(sittings[0].countries) == ["EU", "UZB"]
    assert sittings[0].status == "planned"
    assert sittings[0].date is not None and (sittings[0].date.start, sittings[0].date.end) == ("2024-07", "2024-12")


def test_a_council_of_member_states_stays_multilateral(ru):
    record = ru(" date 2024-05-21\nАСТАНА, 21 мая. /Казинформ/. В Астане прошло заседание Совета министров "
                "иностранных дел государств – членов ШОС.", published=None)
    [sitting] = [e for e in record.events if e.name and "Совет" in e.name]
    assert sitting.kind == "multilateral" and "SCO" in sitting.countries
