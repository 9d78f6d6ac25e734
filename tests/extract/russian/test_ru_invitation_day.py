"""The invitation a visit is made at ("находится с визитом по приглашению X") is undated: the day it
was extended is not told, whatever the visit's days."""

from __future__ import annotations

from ru_record import events


def test_an_invitation_told_by_po_priglasheniyu_has_no_day(ru):
    record = ru(" date 2026-05-20\nТашкент, 20 мая (УзА). Генеральный прокурор Китая Ин Юн находится в "
                "Узбекистане с официальным визитом 19-23 мая по приглашению Генерального прокурора "
                "Республики Узбекистан Нигматиллы Юлдашева.", published=None)
    [invitation] = events(record, "invitation")
    assert invitation.date is None or invitation.date.start is None
    [visit] = events(record, "visit")
    assert visit.date is not None and visit.date.start == "2026-05-19"
