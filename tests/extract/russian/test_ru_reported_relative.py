"""Who tells of an engagement is no party to it, also when the engagement stands in a clause on
the words reported ("заявил, что X посетит Пекин, где проведет переговоры": ``clause.py``)."""

from __future__ import annotations

from ru_record import events, names


def test_the_speaker_is_no_party_to_talks_in_a_clause_of_the_words_reported(ru):
    record = ru("БАКУ, 20 ноября. /Тренд/. Помощник Президента Азербайджана Хикмет Гаджиев заявил, "
                "что министр иностранных дел Азербайджана Джейхун Байрамов посетит Анкару в январе, "
                "где проведет переговоры с Хаканом Фиданом.", published="2026-11-20")
    talks = events(record, "meeting")
    assert talks and "Hikmet Hajiyev" not in names(record, talks[0])
