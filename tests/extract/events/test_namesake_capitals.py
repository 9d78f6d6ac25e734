"""A city the gazetteer puts in another state (its most populous namesake) that is named as the
capital of a party's state is that capital: "in San Jose" of Costa Rica's and Panama's presidents is San
José, not California's; a dateline "SAN JOSE, Costa Rica" too (landmarks.capital_namesake)."""

from __future__ import annotations


def test_a_capital_of_a_party_over_a_foreign_namesake(extract):
    record = extract("Costa Rican President Rodrigo Chaves and Panamanian President Jose Raul Mulino signed a border "
                     "agreement in San Jose on Monday.")
    placed = [e.place for e in record.events if e.kind == "agreement"]
    assert placed and all(p is not None and p.country == "CRI" for p in placed)


def test_a_datelines_own_state_names_its_city(extract):
    record = extract("SAN JOSE, Costa Rica, March 3 (EFE) - Costa Rican President Rodrigo Chaves received "
                     "Panamanian President Jose Raul Mulino on Monday.")
    assert record.dateline is not None and record.dateline.country == "CRI"
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings and all(e.place is not None and e.place.country == "CRI" for e in meetings)


def test_a_capital_abroad_stays_where_it_is(extract):
    record = extract("U.S. Secretary of State Marco Rubio met British Foreign Secretary David Lammy in Paris on "
                     "Monday.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings and all(e.place is not None and e.place.country == "FRA" for e in meetings)
