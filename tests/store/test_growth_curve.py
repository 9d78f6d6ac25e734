"""The cost curve's code (bench/growth.py) on a short, seeded run: 200 synthetic reports."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from growth import grow, growth, plot  # noqa: E402
from synthetic_kb import synthetic_pairs  # noqa: E402

from dateline.store import Store  # noqa: E402


def test_per_article_cost_stays_within_a_generous_factor(store: Store) -> None:
    points = grow(store, synthetic_pairs(200, seed=5), block=50, batch_size=25)
    assert [p.stored for p in points] == [0, 50, 100, 150]
    assert all(p.articles == 50 for p in points)
    sizes = [p.db_bytes for p in points]
    assert sizes == sorted(sizes) and sizes[0] > 0
    assert all(0 < p.resolve_seconds < p.seconds for p in points)
    assert all(0 < p.event_cpu_seconds < p.cpu_seconds for p in points)
    assert store.db.scalar("SELECT COUNT(*) FROM articles") == 200
    assert 0 < growth(points) < 4  # CPU per article, last block over the first


def test_the_curve_is_plotted(store: Store, tmp_path: Path) -> None:
    points = grow(store, synthetic_pairs(40, seed=6), block=20)
    target = tmp_path / "growth.png"
    plot({store.dialect: points}, target, "test")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
