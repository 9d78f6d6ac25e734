"""A gathering's noun the tagger takes for an adjective ("к Форуму", capitalised) keeps the status
its clause tells ("подготовку к Форуму ..., который состоится в следующем году": planned)."""

from __future__ import annotations

from ru_record import events


def test_a_forum_prepared_for_is_planned(ru):
    record = ru("МОСКВА, 3 марта. /ТАСС/. Стороны обсудили подготовку к Форуму регионов Беларуси и "
                "России, который состоится летом в Гродно.", published="2026-03-03")
    forum = events(record, "gathering")
    assert forum and forum[0].status == "planned"
