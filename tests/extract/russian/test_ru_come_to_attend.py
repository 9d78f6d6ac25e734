"""Talks with a guest come "для участия в" a sitting of an organisation: the organisation is the
sitting's, no party to the talks (``sidelines._venues``)."""

from __future__ import annotations

from ru_record import events


def test_the_organisation_of_the_sitting_attended_is_no_party_to_the_talks(ru):
    record = ru("БИШКЕК, 3 марта. /Кабар/. Министр иностранных дел Кыргызской Республики Жээнбек "
                "Кулубаев встретился с Министром иностранных дел Армении Араратом Мирзояном, "
                "прибывшим в Бишкек для участия в заседании Совета министров иностранных дел ОДКБ.",
                published="2026-03-03")
    talks = events(record, "meeting")
    assert talks and set(talks[0].countries) == {"KGZ", "ARM"}
