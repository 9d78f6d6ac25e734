""""Узбекскую делегацию возглавил заместитель министра X, туркменскую – Y, находящийся в Ташкенте с
рабочим визитом": each head serves the state of the demonym told before the name (set with the
actors, so "туркменский дипломат" later is that head), is spelt by that state's scheme, and the
talks told before have both heads although a participle of the sentence tells a visit."""

from __future__ import annotations

from ru_record import events, names, person

TALKS = (
    " date 2025-06-18\n"
    "ТАШКЕНТ, 18 июня. /УзА/. Вчера в Министерстве иностранных дел Узбекистана прошли "
    "политические консультации между внешнеполитическими ведомствами Узбекистана и Туркменистана. "
    "Узбекскую делегацию возглавил заместитель министра иностранных дел Бахром Алоев, туркменскую – "
    "заместитель министра иностранных дел Ахмед Гурбанов, находящийся в Ташкенте с рабочим визитом.\n\n"
    "В тот же день туркменский дипломат был принят Президентом Узбекистана Шавкатом Мирзиёевым.")


def test_the_heads_serve_the_demonyms_states(ru):
    record = ru(TALKS, published=None)
    assert person(record, "Ahmed Gurbanov").country == "TKM"
    assert person(record, "Bakhrom Aloev").country == "UZB"


def test_the_talks_have_both_heads_despite_the_visit_participle(ru):
    record = ru(TALKS, published=None)
    talks = [e for e in events(record, "meeting") if "консультации" in e.trigger.text]
    assert talks and names(record, talks[0]) == {"Bakhrom Aloev", "Ahmed Gurbanov"}


def test_the_demonym_diplomat_is_the_head_of_that_state(ru):
    record = ru(TALKS, published=None)
    received = [e for e in events(record, "meeting") if "принят" in e.trigger.text]
    assert received and names(record, received[0]) == {"Ahmed Gurbanov", "Shavkat Mirziyoyev"}


def test_a_turkmen_head_is_spelt_by_the_turkmen_scheme(ru):
    record = ru(TALKS.replace("Ахмед Гурбанов", "Мерген Хаджиев"), published=None)
    assert person(record, "Mergen Hajiyev").country == "TKM"
