"""Documents signed in a bundle, or a named one, told passively have no signers but those their
sentence names."""

from __future__ import annotations

from ru_record import events

BUNDLE = (
    "ЕРЕВАН, 14 мая. /АРКА/. Премьер-министр Армении Никол Пашинян провел переговоры с "
    "Премьер-министром Грузии Ираклием Кобахидзе, находящимся в Ереване с официальным визитом.\n\n"
    "Стороны обсудили транзит грузов и энергетику. По итогам переговоров подписан пакет "
    "документов в сфере транспорта и энергетики.")

ACTIVE = (
    "ЕРЕВАН, 14 мая. /АРКА/. Премьер-министр Армении Никол Пашинян провел переговоры с "
    "Премьер-министром Грузии Ираклием Кобахидзе, находящимся в Ереване с официальным визитом.\n\n"
    "По итогам переговоров премьер-министры подписали пакет документов в сфере транспорта.")

NAMED = (
    "ЕРЕВАН, 14 мая. /АРКА/. Премьер-министр Армении Никол Пашинян провел переговоры с "
    "Премьер-министром Грузии Ираклием Кобахидзе, находящимся в Ереване с официальным визитом.\n\n"
    "По итогам переговоров подписан Меморандум о сотрудничестве в области железнодорожного "
    "транспорта.")


def test_a_bundle_told_passively_has_no_signers(ru):
    record = ru(BUNDLE, published="2025-05-14")
    [agreement] = events(record, "agreement")
    assert not any(record.actor(a).kind == "person" for a in agreement.participants)  # type: ignore[union-attr]
    assert sorted(agreement.countries) == ["ARM", "GEO"]


def test_a_bundle_signed_by_the_ministers_keeps_them(ru):
    record = ru(ACTIVE, published="2025-05-14")
    [agreement] = events(record, "agreement")
    assert len([a for a in agreement.participants if record.actor(a).kind == "person"]) == 2  # type: ignore[union-attr]


def test_a_named_document_told_passively_has_no_signers_but_the_talks_states(ru):
    """``ru_dev/README``: a passive "подписан" gets the signers only when the text says who signed."""
    record = ru(NAMED, published="2025-05-14")
    [agreement] = events(record, "agreement")
    assert not any(record.actor(a).kind == "person" for a in agreement.participants)  # type: ignore[union-attr]
    assert sorted(agreement.countries) == ["ARM", "GEO"]


RECALLED = (
    "АСТАНА, 5 марта. /Казинформ/. Министр иностранных дел Казахстана Ермек Кошербаев провел "
    "телефонный разговор с Министром иностранных дел Японии Такэси Ивая.\n\n"
    "Министры напомнили, что в ходе официального визита Президента Казахстана Касым-Жомарта Токаева "
    "в Токио в декабре 2024 года был подписан ряд документов. Помимо этого, в сентябре прошлого года "
    "Касым-Жомарт Токаев совершил государственный визит в Китай, в ходе которого были подписаны "
    "более двадцати соглашений.")


def test_a_bundle_signed_at_a_visit_told_is_not_signed_by_its_guest(ru):
    record = ru(RECALLED, published="2026-03-05")
    agreements = events(record, "agreement")
    assert len(agreements) == 2
    for agreement in agreements:
        assert not any(record.actor(a).kind == "person" for a in agreement.participants)  # type: ignore[union-attr]


def test_a_signing_in_a_clause_on_a_visit_is_between_the_visit_states(ru):
    record = ru(RECALLED, published="2026-03-05")
    china = [e for e in events(record, "agreement") if "CHN" in e.countries]
    assert [sorted(e.countries) for e in china] == [["CHN", "KAZ"]]
