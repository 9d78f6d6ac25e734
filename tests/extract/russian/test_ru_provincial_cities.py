"""The region's provincial centres (``ru_places.yaml`` cities) place an engagement and give its host."""

from __future__ import annotations

import pytest
from ru_record import events


@pytest.mark.parametrize(("city", "host"), [("Уральске", "KAZ"), ("Гомеле", "BLR"), ("Намангане", "UZB"),
                                            ("Нахчыване", "AZE"), ("Екатеринбурге", "RUS")])
def test_a_forum_in_a_provincial_city_is_hosted_by_its_state(ru, city, host):
    record = ru(" date 2026-03-02\nМИНСК, 2 марта (БелТА). Стороны договорились, что XII Форум регионов пройдет "
                f"в сентябре в {city}.", published=None)
    [forum] = events(record, "gathering")
    assert forum.countries == [host]
