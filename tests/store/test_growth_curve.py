"""The cost curve's code (bench/growth.py) on a short, seeded run: 200 synthetic reports."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from growth import Point, grow, growth, plot, trend  # noqa: E402
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
    # CPU per article, the last two blocks over the first two: a block is ~0.1 CPU s, read in 10 ms
    # ticks (client and server), so one block alone is at the mercy of one pause of the machine
    first, last = points[0].cpu_seconds + points[1].cpu_seconds, points[2].cpu_seconds + points[3].cpu_seconds
    assert 0 < last / first < 4
    assert growth(points) > 0
    if store.dialect == "postgresql":  # the work itself: pages touched and WAL written
        assert all(p.pages_per_article > 10 and p.wal_bytes > 1000 * p.articles for p in points)
        assert 0.3 < growth(points, "pages_per_article") < 3
    else:
        assert all(p.pages == 0 and p.wal_bytes == 0 for p in points)


def test_the_curve_is_plotted(store: Store, tmp_path: Path) -> None:
    points = grow(store, synthetic_pairs(40, seed=6), block=20)
    target = tmp_path / "growth.png"
    plot({store.dialect: points}, target, "test")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_replayed_copies_keep_their_text_or_end_it_with_a_line_of_their_own(store: Store) -> None:
    from bench_records import replayed
    from kb_records import E, build, person

    pair = build("Malawi's President Lazarus Chakwera met Zambian President Hakainde Hichilema "
                 "in Lilongwe on 4 June 2024.", id="mw", published="2024-06-04",
                 url="https://wire.example/mw",
                 actors={"a1": person("Lazarus Chakwera", title="President", country="MWI"),
                         "a2": person("Hakainde Hichilema", title="President", country="ZMB")},
                 events=[E("meeting", "met", ["a1"], ["a2"], ["MWI", "ZMB"], "2024-06-04")])
    same = list(replayed([pair], 3))
    varied = list(replayed([pair], 3, distinct_texts=True))
    assert len({d.text for d, _ in same}) == 1 and len({d.text for d, _ in varied}) == 3
    assert len({d.url for d, _ in varied}) == 3
    for doc, record in varied:  # the record's offsets still point at its words
        start, end = record.events[0].trigger.start, record.events[0].trigger.end
        assert doc.text[start:end] == "met"
    store.add(same)
    store.add(replayed([pair], 2, start=3, distinct_texts=True))  # copies 3 and 4
    counts = [store.db.scalar(f"SELECT COUNT(*) FROM {t}") for t in ("events", "event_sources")]
    assert counts == [1, 5]  # copies and differently worded reports: one meeting, five reports


def _points(pages: list[int], block: int = 1000) -> list[Point]:
    return [Point(stored=i * block, articles=block, seconds=1.0, cpu_seconds=1.0,
                  resolve_seconds=0.1, db_bytes=1, pages=p * block)
            for i, p in enumerate(pages)]


def test_the_trend_reads_the_line_through_the_blocks_not_one_block() -> None:
    # one heavy last block (an autovacuum run) doubles growth() but barely moves the trend
    flat = _points([900, 500, 510, 490, 505, 495, 500, 1000])
    assert growth(flat, "pages_per_article") > 1.1
    assert 0.9 < trend(flat, "pages_per_article") < 1.3
    # a steady rise is read as one: 500 -> 650 pages an article over the blocks after the first
    rising = _points([900, 500, 530, 560, 590, 620, 650])
    assert trend(rising, "pages_per_article") == 1.3
    # a short last block (other reports than the full ones) is left out
    short = [*_points([900, 500, 500, 500]), Point(stored=4000, articles=100, seconds=1.0,
                                                   cpu_seconds=1.0, resolve_seconds=0.1,
                                                   db_bytes=1, pages=100 * 2000)]
    assert trend(short, "pages_per_article") == 1.0
