"""What every backend gives the writer: rows of one JSON parameter (Backend.json_rows) and
inserts of many rows at once (insert_rows), on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import pytest

from dateline.store import Store, postgres
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


def test_insert_rows_of_articles_keep_their_texts_order_and_ids(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """On PostgreSQL an article's text and record go as parameters of their own (and seven
    rows as four statements here): the same rows as one JSON parameter gives."""
    monkeypatch.setattr(postgres, "_OWN_ROWS", 2)
    articles = [(f"https://example.org/{n % 3}", f"h{n}", f"{name}\n{title} met his counterpart.",
                 f'{{"title": "{title}", "note": "{name}\\\\"}}', "2026-12-05T10:00:00")
                for n, (_, name, title, _, _) in enumerate(AWKWARD * 2 + AWKWARD[:1])]
    with store.db.transaction():
        store.db.insert_rows("articles", "key, content_hash, text, record, ingested_at",
                             articles, conflict="ON CONFLICT DO NOTHING")
    rows = store.db.query("SELECT id, key, content_hash, text, record FROM articles ORDER BY id")
    assert [(r["key"], r["content_hash"], r["text"], r["record"]) for r in rows] == \
        [a[:4] for a in articles[:3]]  # the later rows' keys are taken: skipped
    assert [r["id"] for r in rows] == list(range(rows[0]["id"], rows[0]["id"] + 3))
    assert len(store.search("counterpart").articles) == 3  # their full-text vectors
