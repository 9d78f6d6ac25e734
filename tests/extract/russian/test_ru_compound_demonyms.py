"""Compound adjectives of two states ("туркмено-иранская комиссия", "узбекско-таджикский
бизнес-форум") name both states; "торгово-экономический" names none."""

from __future__ import annotations

import pytest
from ru_record import events


@pytest.mark.parametrize(("text", "kind", "countries"), [
    (" date 2025-09-10\nАШХАБАД, 10 сентября (ТДХ). В Ашхабаде завершилось заседание "
     "туркмено-иранской межправительственной комиссии по торгово-экономическому сотрудничеству.",
     "meeting", ["IRN", "TKM"]),
    (" date 2025-09-10\nДУШАНБЕ, 10.09.2025 /НИАТ «Ховар»/. В Душанбе 12 сентября пройдут "
     "таджикско-узбекские межмидовские консультации.", "meeting", ["TJK", "UZB"]),
])
def test_a_compound_adjective_names_both_states(ru, text, kind, countries):
    record = ru(text, published=None)
    found = events(record, kind)
    assert found, [(e.kind, e.countries) for e in record.events]
    assert sorted(found[0].countries) == countries
