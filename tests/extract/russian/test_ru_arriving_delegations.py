"""Delegations arriving together for a gathering are no visit; one delegation's arrival is."""

from __future__ import annotations

from ru_record import events


def test_delegations_of_all_states_arriving_are_no_visit(ru):
    text = ("ДУШАНБЕ, 2 октября (Ховар). 9-10 октября в Душанбе пройдет заседание Совета министров иностранных "
            "дел СНГ. В столицу прибудут делегации всех государств Содружества.")
    assert not events(ru(text, published="2026-10-02"), "visit")


def test_delegations_of_named_states_arriving_are_no_visit(ru):
    text = ("АСТАНА. КАЗИНФОРМ – В Астану прибыли делегации Узбекистана, Кыргызстана и Туркменистана для "
            "участия в заседании Совета глав правительств.")
    assert not events(ru(text, published="2026-10-02"), "visit")


def test_one_delegation_arriving_is_a_visit(ru):
    text = ("ТАШКЕНТ, 2 октября. /УзА/. В Ташкент прибыла правительственная делегация Казахстана во главе с "
            "Премьер-министром Олжасом Бектеновым.")
    assert events(ru(text, published="2026-10-02"), "visit")
