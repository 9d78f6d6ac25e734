"""A name the NER took for a place ("встретился с еврокомиссаром ... Мартой Кос"): two or three
capitalised words opening with a given name pymorphy3 knows, none of them a place or state of the
lexicons, are a person."""

from __future__ import annotations

from ru_record import events, names, person

from dateline.extract.russian.names import reads_as_person


def test_a_given_name_first_reads_as_a_person():
    assert reads_as_person(["Мартой", "Кос"])
    assert not reads_as_person(["Нижний", "Новгород"])
    assert not reads_as_person(["Марта"])


def test_a_commissioner_the_ner_took_for_a_place_is_met(ru):
    record = ru(" date 2026-07-17\nБАКУ, 17 июля /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов "
                "сегодня встретился в Брюсселе с еврокомиссаром по вопросам расширения Мартой Кос.",
                published=None)
    [meeting] = events(record, "meeting")
    assert names(record, meeting) >= {"Jeyhun Bayramov", "Marta Kos"}
    assert "EU" in meeting.countries


def test_a_name_run_into_the_state_a_title_chain_ends_with_is_a_person(ru):
    record = ru(" date 2026-05-20\nПЕКИН, 20 мая. Генеральный прокурор Узбекистана Нигматилла Юлдошев провел "
                "переговоры с Генеральным прокурором Верховной народной прокуратуры Китайской Народной "
                "Республики Ин Юном.", published=None)
    ying = person(record, "Ying Yong")
    assert ying.country == "CHN" and ying.title == "Procurator-General of the Supreme People's Procuratorate"
    [meeting] = events(record, "meeting")
    assert names(record, meeting) == {"Nigmatilla Yuldashev", "Ying Yong"}
