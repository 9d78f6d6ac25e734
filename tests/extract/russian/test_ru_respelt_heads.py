"""A head of a side whose state only the sentence of the delegations tells ("Кыргызскую сторону
возглавил X") is spelt by that state's scheme once the delegations stage told it."""

from __future__ import annotations

from ru_record import events, names


def test_a_side_head_takes_his_state_s_spelling(ru):
    text = ("БИШКЕК, 4 мая /Кабар/. В Оше прошли переговоры правительственных делегаций Кыргызстана и "
            "Узбекистана по вопросам водопользования.\n\nКыргызскую сторону возглавил заместитель "
            "председателя Кабинета министров Эдиль Байсалиев, узбекскую – заместитель премьер-министра "
            "Жамшид Ходжаев.")
    record = ru(text, published="2026-05-04")
    [meeting] = events(record, "meeting")
    assert "Edil Baisaliev" in names(record, meeting)  # the Kyrgyz -ev, not the scheme's Baisaliyev
