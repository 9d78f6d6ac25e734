"""Talks planned on a planned visit: told by a verb of planning in a past form, naming the hosts
only, or as the visit of an invitation still to be dated; and a sitting named only as what a
signing came out of."""

from __future__ import annotations

from ru_record import events, names, person


def test_meetings_planned_on_a_visit_are_planned_and_the_visitors(ru):
    record = ru(
        " date 2025-06-02\n"
        "БАКУ, 2 июня. /Тренд/. В период с 3 по 5 июня Министр иностранных дел Азербайджана Джейхун "
        "Байрамов совершит официальный визит в Японию.\n\nВ рамках визита запланированы встречи "
        "министра с премьер-министром Японии Сигэру Исибой.", published=None)
    [visit] = events(record, "visit")
    assert visit.status == "planned" and visit.date is not None and visit.date.start == "2025-06-03"
    [meeting] = events(record, "meeting")
    assert meeting.status == "planned"
    assert sorted(meeting.countries) == ["AZE", "JPN"]
    assert names(record, meeting) == {"Jeyhun Bayramov", "Shigeru Ishiba"}


def test_talks_that_took_place_are_not_made_planned_by_their_verb(ru):
    record = ru(
        " date 2025-08-21\n"
        "БАКУ, 21 августа. /АПА/. Министр иностранных дел Азербайджана Джейхун Байрамов провел "
        "переговоры с министром иностранных дел Турции Хаканом Фиданом. Встреча прошла в "
        "дружественной атмосфере.", published=None)
    assert [(e.kind, e.status) for e in record.events] == [("meeting", "occurred")]


def test_the_visit_of_an_invitation_whose_dates_are_to_be_agreed_is_no_visit(ru):
    record = ru(
        " date 2025-04-29\n"
        "МОСКВА, 29 апреля. /ТАСС/. Президент России Владимир Путин 28 апреля провел в Кремле "
        "переговоры с Эмиром Катара шейхом Тамимом бен Хамадом Аль Тани.\n\nЭмир пригласил Путина "
        "посетить Доху. Приглашение принято, сроки визита будут согласованы по дипломатическим "
        "каналам.", published=None)
    assert events(record, "visit") == []
    assert len(events(record, "invitation")) == 1


def test_the_visit_whose_dates_were_agreed_and_told_is_a_planned_visit(ru):
    record = ru(
        " date 2026-04-15\n"
        "АСТАНА, 15 апреля. /Казинформ/. Министр иностранных дел Казахстана Ермек Кошербаев провел "
        "переговоры с Министром иностранных дел Эстонии Маргусом Тсахкной.\n\nСтороны согласовали "
        "сроки государственного визита Президента Эстонии Алара Кариса в Казахстан, который "
        "состоится в сентябре этого года.", published=None)
    [visit] = events(record, "visit")
    assert visit.status == "planned" and visit.date is not None and visit.date.start == "2026-09"
    assert "Alar Karis" in names(record, visit)


def test_a_sitting_named_only_as_what_a_signing_came_out_of_is_told(ru):
    record = ru(
        " date 2024-07-04\n"
        "АСТАНА, 4 июля. /Казинформ/ - Лидеры государств-членов ШОС подписали Астанинскую декларацию "
        "по итогам заседания Совета глав государств - членов Шанхайской организации сотрудничества, "
        "которое прошло 3-4 июля в столице Казахстана.", published=None)
    [sitting] = events(record, "multilateral")
    assert "SCO" in sitting.countries and sitting.status == "occurred"
    assert sitting.date is not None and (sitting.date.start, sitting.date.end) == ("2024-07-03", "2024-07-04")
    assert len(events(record, "agreement")) == 1


def test_the_states_abbreviations_and_the_regions_own_spellings(ru):
    record = ru(
        " date 2025-03-04\n"
        "АСТАНА, 4 марта. /Казинформ/ - Вчера в Астане первый заместитель Премьер-министра РК Роман "
        "Скляр встретился с заместителем Премьер-министра Республики Узбекистан Жамшидом Ходжаевым и "
        "министром экономики Кыргызской Республики Таалайбеком Ибраевым.", published=None)
    assert (person(record, "Roman Sklyar").title, person(record, "Roman Sklyar").country) == (
        "First Deputy Prime Minister", "KAZ")
    assert person(record, "Jamshid Khodjaev").country == "UZB"
    assert person(record, "Taalaibek Ibraev").country == "KGZ"


def test_talks_planned_on_a_visit_that_names_no_host_are_with_the_counterpart_of_the_call(ru):
    record = ru(" date 2025-05-12\nМОСКВА, 12 мая. /ТАСС/. Министр иностранных дел России Сергей Лавров "
                "на прошлой неделе провел телефонный разговор со своим азербайджанским коллегой Джейхуном "
                "Байрамовым.\n\nСтороны обсудили подготовку к предстоящему визиту главы МИД Азербайджана "
                "в Москву. Как ожидается, визит состоится с 29 мая по 1 июня.\n\nВ ходе предстоящего "
                "визита министры проведут переговоры и подпишут план консультаций на 2025-2026 годы.",
                published=None)
    [call] = events(record, "call")
    assert call.date is not None and (call.date.start, call.date.end) == ("2025-05-05", "2025-05-11")
    [visit] = events(record, "visit")
    assert visit.status == "planned" and names(record, visit) == {"Jeyhun Bayramov", "Sergey Lavrov"}
    [talks] = events(record, "meeting")
    assert talks.status == "planned" and names(record, talks) == {"Jeyhun Bayramov", "Sergey Lavrov"}
    assert talks.date is not None and (talks.date.start, talks.date.end) == ("2025-05-29", "2025-06-01")
    [signing] = events(record, "agreement")
    assert signing.status == "planned" and sorted(signing.countries) == ["AZE", "RUS"]


def test_talks_planned_on_a_visit_under_way_that_name_the_hosts_only_are_the_visitors(ru):
    record = ru(" date 2026-03-02\nБИШКЕК, 2 марта. /Кабар/. Торага Жогорку Кенеша Кыргызской Республики "
                "Нурланбек Тургунбек уулу в понедельник отбыл с официальным визитом в Китайскую Народную "
                "Республику.\n\nВ ходе визита запланированы встречи с Председателем Постоянного комитета "
                "Всекитайского собрания народных представителей Чжао Лэцзи и Председателем КНР Си "
                "Цзиньпином.", published=None)
    [talks] = [e for e in events(record, "meeting") if e.status == "planned"]
    assert names(record, talks) >= {"Nurlanbek Turgunbek uulu", "Xi Jinping"}
    assert sorted(talks.countries) == ["CHN", "KGZ"]
