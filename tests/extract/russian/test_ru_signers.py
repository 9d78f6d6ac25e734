"""A signing that names no one is signed by the officials of the talks told before it."""

from __future__ import annotations

from ru_record import events, names

SIGNED = (
    "БИШКЕК, 16 октября. Министр юстиции Кыргызстана Аяз Баетов провел переговоры с министром "
    "юстиции Армении Срджаном Симоняном.\n\n"
    "По итогам переговоров министры подписали Меморандум о сотрудничестве между Министерством "
    "юстиции Кыргызской Республики и Министерством юстиции Республики Армения.")

OTHER_STATES = (
    "БИШКЕК, 16 октября. Министр юстиции Кыргызстана Аяз Баетов провел переговоры с министром "
    "юстиции Армении Срджаном Симоняном.\n\n"
    "Стороны отметили, что в прошлом году Казахстан и Узбекистан подписали соглашение о "
    "выдаче осужденных.")


def test_the_signers_are_the_officials_of_the_talks(ru):
    record = ru(SIGNED, published="2025-10-16")
    [meeting] = events(record, "meeting")
    [agreement] = events(record, "agreement")
    assert names(record, agreement) == names(record, meeting)
    assert len(names(record, agreement)) == 2
    assert sorted(agreement.countries) == ["ARM", "KGZ"]


def test_a_signing_of_other_states_keeps_its_own_parties(ru):
    record = ru(OTHER_STATES, published="2025-10-16")
    [agreement] = events(record, "agreement")
    assert sorted(agreement.countries) == ["KAZ", "UZB"]
    assert not any(record.actor(a).kind == "person" for a in agreement.participants)  # type: ignore[union-attr]
