"""Who takes part in an event of a Russian report: not who tells it, and the hosts of a visit."""

from __future__ import annotations

from ru_record import events

from dateline.record import Event, Record


def names(record: Record, event: Event) -> set[str]:
    """The persons among an event's parties."""
    return {a.name for a in record.actors if a.kind == "person" and a.id in event.participants}


def test_a_speaker_and_the_officials_of_the_main_clause_are_no_parties_to_a_sitting(ru):
    record = ru(" date 2025-05-14\nМИНСК, 14 мая. /БелТА/. Министр иностранных дел Беларуси Максим "
                "Рыженков провел переговоры с Министром иностранных дел Армении Араратом "
                "Мирзояном. Министры обсудили подготовку к заседанию Совета министров "
                "иностранных дел СНГ, которое пройдет в октябре в Душанбе. Как сообщил "
                "журналистам Генеральный секретарь ОДКБ Имангали Тасмагамбетов, сессия Совета "
                "коллективной безопасности ОДКБ пройдет 20 ноября в Бишкеке.", published=None)
    sittings = [e for e in record.events if e.kind in ("multilateral", "gathering")]
    assert len(sittings) == 2
    for sitting in sittings:
        assert names(record, sitting) == set(), sitting.trigger.text
    [talks] = events(record, "meeting")
    assert names(record, talks) == {"Maxim Ryzhenkov", "Ararat Mirzoyan"}


def test_told_by_a_spokesman_in_a_parenthesis(ru):
    record = ru(" date 2025-10-08\nДУШАНБЕ, 8 октября. /ТАСС/. Президент России Владимир Путин "
                "посетит Таджикистан с государственным визитом 9-10 октября, сообщил журналистам "
                "пресс-секретарь президента РФ Дмитрий Песков.", published=None)
    [visit] = events(record, "visit")
    assert "Dmitry Peskov" not in names(record, visit)
    assert "Vladimir Putin" in names(record, visit)


def test_the_guest_of_a_relative_clause_with_the_host_of_the_main_clause(ru):
    record = ru(" date 2025-06-10\nМОСКВА, 10 июня. /ТАСС/. Министр иностранных дел России Сергей "
                "Лавров провел переговоры с Министром иностранных дел Таджикистана Сироджиддином "
                "Мухриддином, который находится в Москве с рабочим визитом.", published=None)
    [visit] = events(record, "visit")
    assert names(record, visit) == {"Sergey Lavrov", "Sirojiddin Muhriddin"}


def test_a_passive_reception_planned_during_a_visit_under_way(ru):
    record = ru(" date 2025-06-24\nБАКУ, 24 июня. /Тренд/. Председатель Милли Меджлиса Сахиба "
                "Гафарова встретилась с Председателем Мажилиса Парламента Казахстана Ерланом "
                "Кошановым, находящимся в Азербайджане с официальным визитом. 25 июня Ерлан "
                "Кошанов будет принят Президентом Азербайджана Ильхамом Алиевым, после чего "
                "завершит визит.", published=None)
    receptions = [e for e in events(record, "meeting") if "принят" in e.trigger.text]
    assert len(receptions) == 1
    reception = receptions[0]
    assert reception.status == "planned"
    assert reception.date is not None and reception.date.start == "2025-06-25"
    assert names(record, reception) == {"Yerlan Koshanov", "Ilham Aliyev"}
    assert record.actor(reception.source[0]).name == "Yerlan Koshanov"  # type: ignore[union-attr]
    [visit] = [e for e in events(record, "visit") if e.status == "occurred"]
    assert names(record, visit) == {"Sahiba Gafarova", "Yerlan Koshanov", "Ilham Aliyev"}


def test_a_state_and_a_role_name_the_one_official_of_that_state_named_before(ru):
    record = ru(" date 2024-10-08\nАШХАБАД, 8 октября (ТДХ). Заместитель министра иностранных дел "
                "России Михаил Галузин прибыл в Ашхабад с рабочим визитом. Накануне российский "
                "дипломат был принят Президентом Туркменистана Сердаром Бердымухамедовым.",
                published=None)
    [reception] = [e for e in events(record, "meeting") if "принят" in e.trigger.text]
    assert names(record, reception) == {"Mikhail Galuzin", "Serdar Berdimuhamedov"}
    assert reception.status == "occurred"


def test_the_eve_of_a_visit_is_no_new_visit_and_brings_it_no_parties(ru):
    record = ru(" date 2026-04-15\nБИШКЕК, 15 апреля. /Кабар/. Президент Кыргызстана Садыр Жапаров "
                "посетит Туркменистан с государственным визитом 21-22 апреля. Накануне визита, 20 "
                "апреля, министры иностранных дел Жээнбек Кулубаев и Рашид Мередов проведут в "
                "Ашхабаде консультации.", published=None)
    [visit] = events(record, "visit")
    assert names(record, visit) == {"Sadyr Japarov"}


def test_a_subject_pronoun_is_the_person_last_named_as_a_subject(ru):
    record = ru(" date 2025-10-09\nДУШАНБЕ, 9 октября. /Ховар/. Президент России Владимир Путин "
                "прилетел в Душанбе в среду вечером. В пятницу он примет участие в заседании "
                "Совета глав государств СНГ.", published=None)
    [sitting] = events(record, "multilateral")
    assert names(record, sitting) == {"Vladimir Putin"}


def test_a_pronoun_of_another_gender_is_not_that_person(ru):
    record = ru(" date 2025-10-09\nДУШАНБЕ, 9 октября. /Ховар/. Президент России Владимир Путин "
                "прилетел в Душанбе в среду вечером. В пятницу она примет участие в заседании "
                "Совета глав государств СНГ.", published=None)
    [sitting] = events(record, "multilateral")
    assert names(record, sitting) == set()


def test_a_state_named_without_its_official_is_the_visitor_of_that_state(ru):
    record = ru(" date 2024-07-05\nМИНСК, 5 июля. /БелТА/. Председатель Кабинета министров Кыргызстана "
                "Акылбек Жапаров находится в Беларуси с официальным визитом. В четверг состоялись "
                "переговоры делегаций Кыргызстана и Беларуси во главе с Премьер-министром Беларуси "
                "Романом Головченко.", published=None)
    talks = [e for e in events(record, "meeting") if e.trigger.text.startswith("переговоры")]
    assert len(talks) == 1
    assert names(record, talks[0]) == {"Akylbek Japarov", "Roman Golovchenko"}


def test_a_reception_of_an_official_named_by_an_adjective_first(ru):
    record = ru(" date 2024-05-22\nТашкент, 22 мая. /УзА/. Президент Узбекистана Шавкат Мирзиёев 22 мая "
                "принял Генерального секретаря ШОС Чжан Мина, прибывшего в нашу страну с рабочим "
                "визитом 21 мая.", published=None)
    [reception] = events(record, "meeting")
    assert reception.trigger.text == "принял"
    assert reception.date is not None and reception.date.start == "2024-05-22"
    assert names(record, reception) == {"Shavkat Mirziyoyev", "Zhang Ming"}
    assert "Zhang Ming" in {record.actor(a).name for a in reception.source}  # type: ignore[union-attr]
