"""Surnames declined like adjectives ("принял Михаила Швыдкого ... М.Швыдкой отметил"): the
nominative the text tells (``dateline/extract/russian/adjective_surnames.py``)."""

from __future__ import annotations

from ru_record import person

from dateline.extract.russian.translit import latin_name


def test_the_nominative_told_later_names_the_man(ru):
    record = ru(" date 2026-04-08\nДУШАНБЕ, 8 апреля (Ховар). Президент Таджикистана Эмомали Рахмон принял "
                "Специального представителя Президента Российской Федерации по международному культурному "
                "сотрудничеству Михаила Швыдкого. М.Швыдкой передал главе государства приветствие российского "
                "лидера.", published=None)
    assert person(record, "Mikhail Shvydkoy").aliases[0] == "Михаил Швыдкой"


def test_an_instrumental_then_the_nominative(ru):
    record = ru(" date 2026-04-08\nМИНСК, 8 апреля (БелТА). Министр культуры Беларуси Руслан Чернецкий встретился "
                "с писателем и депутатом Государственной Думы России Олегом Лановым. О.Лановой рассказал о "
                "подготовке фестиваля.", published=None)
    assert any(a.name == "Oleg Lanovoy" for a in record.actors if a.kind == "person")


def test_a_surname_in_oy_is_written_oy():
    assert latin_name("Андрей Донской")[0] == "Andrei Donskoy"


def test_a_womans_oblique_after_another_name_is_no_mans_nominative(ru):
    record = ru(" date 2026-04-08\nМИНСК, 8 апреля (БелТА). Министр иностранных дел Беларуси Максим Рыженков "
                "встретился с Послом России Сергеем Ивановым. В беседе участвовала советник посольства Елена "
                "Иванова. С Еленой Ивановой обсуждены вопросы культуры.", published=None)
    assert any(a.name == "Sergei Ivanov" for a in record.actors if a.kind == "person")
