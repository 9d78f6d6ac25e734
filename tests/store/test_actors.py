"""Offices written a batch at a time (ActorWriter._write_roles: four statements whatever the
number of roles) give what one report at a time gives, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from kb_records import build, country, person

from dateline.store import Store, open_store


def _report(n: int, published: str, title: str, lead: str) -> tuple:
    text = (f"BISHKEK, {published}. {lead} Aigerim Sadykova met the ambassador of Kazakhstan "
            f"in Bishkek on Monday to discuss the opening of a new border crossing (report {n}).")
    return build(text, id=f"sadykova-{n}", published=published,
                 url=f"https://wire.example/kg/{n}",
                 actors={"a1": person("Aigerim Sadykova", "Aigerim Sadykova", title=title,
                                      country="KGZ"),
                         "a2": country("KAZ", "Kazakhstan")})


REPORTS = [
    _report(1, "2024-03-02", "Deputy Prime Minister", "Kyrgyz Deputy Prime Minister"),
    _report(2, "2024-05-10", "Foreign Minister", "Kyrgyz Foreign Minister"),
    _report(3, "2024-04-01", "Deputy Prime Minister", "Kyrgyz Deputy Prime Minister"),
    _report(4, "2024-03-02", "Deputy Prime Minister", "Kyrgyz Deputy Prime Minister"),
]


def _offices(store: Store) -> list[tuple[object, ...]]:
    return [tuple(r.values()) for r in store.db.query(
        "SELECT r.title, r.n_sources, r.first_seen, r.last_seen, a.title AS current, "
        "(SELECT COUNT(*) FROM role_sources s WHERE s.role_id = r.id) AS sources "
        "FROM roles r JOIN actors a ON a.id = r.person_id ORDER BY r.id")]


def test_a_batch_of_offices_counts_and_dates_them_and_keeps_the_latest_title(store: Store) -> None:
    store.add(REPORTS[:3], batch_size=3)
    assert _offices(store) == [
        ("Deputy Prime Minister", 2, "2024-03-02", "2024-04-01", "Foreign Minister", 2),
        ("Foreign Minister", 1, "2024-05-10", "2024-05-10", "Foreign Minister", 1)]
    store.add(REPORTS[3:], batch_size=3)  # the next batch reads the offices back
    assert _offices(store)[0][:2] == ("Deputy Prime Minister", 3)
    assert store.db.scalar("SELECT COUNT(*) FROM actors WHERE kind = 'person'") == 1


def test_batches_give_the_rows_of_one_report_at_a_time(store: Store, tmp_path: Path) -> None:
    store.add(REPORTS, batch_size=4)
    with open_store(str(tmp_path / "one-by-one.db")) as alone:
        alone.add(REPORTS, batch_size=1)
        assert _offices(store) == _offices(alone)


def test_office_tallies_kept_batch_by_batch_equal_a_recount(store: Store) -> None:
    """The count, first and last day of an office grow with each batch's new reports only (a
    report's cost does not grow with the reports its people already have), and come out as a
    recount of the office's sources would: an undated report counts without moving the days, an
    earlier report moves the first day back, a report added again counts once."""
    undated = _report(5, "2024-06-01", "Deputy Prime Minister", "Kyrgyz Deputy Prime Minister")
    undated = build(undated[0].text, id="sadykova-5", published=None,
                    url="https://wire.example/kg/5",
                    actors={"a1": person("Aigerim Sadykova", "Aigerim Sadykova",
                                         title="Deputy Prime Minister", country="KGZ")})
    earlier = _report(6, "2023-11-20", "Deputy Prime Minister", "Kyrgyz Deputy Prime Minister")
    for batch in ([REPORTS[0]], [undated, REPORTS[1]], [earlier, REPORTS[2], REPORTS[0]],
                  [REPORTS[3]]):
        store.add(batch, batch_size=len(batch))
    recount = [tuple(r.values()) for r in store.db.query(
        "SELECT COUNT(*), MIN(seen_on), MAX(seen_on) FROM role_sources GROUP BY role_id "
        "ORDER BY role_id")]
    assert [(n, first, last) for _, n, first, last, _, _ in _offices(store)] == recount
    assert _offices(store)[0][1:4] == (5, "2023-11-20", "2024-04-01")
