"""What every backend gives the writer: rows of one JSON parameter (Backend.json_rows) and
inserts of many rows at once (insert_rows), on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from dateline.store import Store
from dateline.store.backend import json_rows_parameter

# values that travel badly: quotes, backslashes, a newline, letters outside the BMP and Latin,
# a float that needs all its digits, a large integer, nulls
AWKWARD = [
    (1, 'Ilham "the elder" Aliyev', None, 40.409264049332, 2**53 + 1),
    (2, "O'Brien \\ back\nslash", "Prime Minister", -0.1, 0),
    (3, "Ершан Нурмагамбетов \U0001f1f0\U0001f1ff", "", 1e-7, -5),
]


def test_json_rows_read_back_every_value_in_order(store: Store) -> None:
    source = store.db.json_rows([("k", "bigint"), ("name", "text"), ("title", "text"),
                                 ("lat", "double precision"), ("big", "bigint")])
    rows = store.db.query(f"SELECT k, name, title, lat, big FROM {source} AS u ORDER BY row_order",
                          [json_rows_parameter(AWKWARD)])
    assert [tuple(r.values()) for r in rows] == AWKWARD


def test_json_rows_join_and_filter_like_a_table(store: Store) -> None:
    source = store.db.json_rows([("code", "text"), ("weight", "integer")])
    rows = store.db.query(
        f"SELECT u.code, u.weight, u.row_order FROM {source} AS u WHERE u.weight > ? "
        "ORDER BY u.row_order DESC", [json_rows_parameter([("KAZ", 3), ("UZB", 1), ("TJK", 7)]), 2])
    assert [(r["code"], r["weight"]) for r in rows] == [("TJK", 7), ("KAZ", 3)]


def test_insert_rows_keeps_order_ids_and_values(store: Store) -> None:
    with store.db.transaction():
        store.db.insert_rows("actors", "kind, key, name, search_name, title, country",
                             [("person", f"key {n}", name, name.lower(), title, "AZE")
                              for n, (_, name, title, _, _) in enumerate(AWKWARD)])
    rows = store.db.query("SELECT id, key, name, title FROM actors ORDER BY id")
    assert [r["key"] for r in rows] == ["key 0", "key 1", "key 2"]
    assert [r["id"] for r in rows] == list(range(rows[0]["id"], rows[0]["id"] + 3))
    assert [(r["name"], r["title"]) for r in rows] == [(a[1], a[2]) for a in AWKWARD]
