"""Talks on the sidelines of a summit or conference: the organisation of the gathering is no party
to the talks, and those who met there attended the gathering."""

from __future__ import annotations

import pytest
from ru_record import events, names

TEXTS = [
    (" date 2025-11-20\nАСТАНА. КАЗИНФОРМ — Министр иностранных дел Казахстана Ермек Кошербаев "
     "провел переговоры с министром иностранных дел Монголии Батмунхом Баттсэцэгом. Министры "
     "в последний раз встречались в сентябре в Нью-Йорке на полях 80-й сессии Генеральной "
     "Ассамблеи ООН.", "2025-09", {"KAZ", "MNG"}, "UN"),
    (" date 2026-02-12\nБИШКЕК, 12 фев. 2026. /АКИpress/. Президент Кыргызстана Садыр Жапаров "
     "провел телефонный разговор с Президентом Азербайджана Ильхамом Алиевым. Главы государств "
     "встречались в октябре прошлого года в Душанбе на полях саммита СНГ.",
     "2025-10", {"AZE", "KGZ"}, "CIS"),
]


@pytest.mark.parametrize(("text", "month", "states", "org"), TEXTS)
def test_the_gatherings_organisation_is_no_party_to_talks_on_its_sidelines(ru, text, month, states, org):
    record = ru(text, published=None)
    [past] = [e for e in events(record, "meeting") if e.date is not None and e.date.start == month]
    assert set(past.countries) == states
    assert org not in past.countries


@pytest.mark.parametrize(("text", "month", "states", "org"), TEXTS)
def test_who_met_on_the_sidelines_attended_the_gathering(ru, text, month, states, org):
    record = ru(text, published=None)
    [past] = [e for e in events(record, "meeting") if e.date is not None and e.date.start == month]
    [gathering] = [e for e in events(record, "gathering") if org in e.countries]
    assert gathering.status == "occurred"
    assert names(record, past) and names(record, past) <= names(record, gathering)
