"""A plural title over coordinated states names each state's holder of the office told in the
report, even when the names come only after it."""

from __future__ import annotations

from ru_record import events, names


def test_talks_between_prime_ministers_of_two_states_have_both(ru):
    text = (" date 2025-06-11\nАСТАНА. КАЗИНФОРМ — Президент Казахстана Касым-Жомарт Токаев принял "
            "Премьер-министра Армении Никола Пашиняна.\n\n"
            "Накануне прошли переговоры между премьер-министрами Казахстана и Армении. Олжас "
            "Бектенов и Никол Пашинян подписали Меморандум о сотрудничестве в сфере туризма.")
    record = ru(text, published=None)
    talks = [e for e in events(record, "meeting") if e.trigger.text.startswith("переговоры")]
    assert len(talks) == 1
    assert names(record, talks[0]) >= {"Olzhas Bektenov", "Nikol Pashinyan"}
    assert "Kassym-Jomart Tokayev" not in names(record, talks[0])


def test_a_plural_title_of_one_state_names_no_one(ru):
    text = (" date 2025-06-11\nБИШКЕК, 11 июня. /Кабар/. Министр иностранных дел Кыргызстана Жээнбек "
            "Кулубаев принял посла Армении. Министры иностранных дел Кыргызстана обсудили вопросы "
            "консульской службы.")
    record = ru(text, published=None)
    for event in record.events:
        assert "Jeenbek Kulubaev" not in names(record, event) or event.trigger.text == "принял"
