"""The dateline's city as English copy spells it ("Ulaanbaatar", "Turkmenbashi"), not the
gazetteer's local form ("Ulan Bator", "Türkmenbaşy"); its state and coordinates the gazetteer's."""

from __future__ import annotations

import pytest

from dateline.extract.russian.header import find_ru_dateline


@pytest.mark.parametrize(("line", "city", "country"), [
    ("Улан-Батор, 16 мая /МОНЦАМЭ/. Президент Монголии провел встречу.", "Ulaanbaatar", "MNG"),
    ("ТУРКМЕНБАШИ, 12 августа (ТДХ). Президент Туркменистана принял участие.", "Turkmenbashi", "TKM"),
    ("ГАБАЛА, 3 апреля. /Тренд/. Министры провели встречу.", "Gabala", "AZE"),
    ("БАКУ, 3 апреля. /Тренд/. Министры провели встречу.", "Baku", "AZE"),
])
def test_the_dateline_city_is_spelt_as_english_copy_spells_it(line, city, country):
    found = find_ru_dateline(line)
    assert found is not None and found.info.place == city and found.info.country == country
    assert found.info.resolved is not None and found.info.resolved.lat is not None
