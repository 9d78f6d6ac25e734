"""The cost curve: what adding an article costs as the knowledge base grows, SQLite and PostgreSQL.

    .venv/bin/python bench/growth.py                         # 13 blocks of 1,255 articles
    .venv/bin/python bench/growth.py --articles 8000 --pg-articles 4000 --block 500
    .venv/bin/python bench/growth.py --source synthetic --pg none
    .venv/bin/python bench/growth.py --distinct-texts   # copies resolved afresh

The news benchmark's articles are extracted once (``bench/bench_records.py``) and their records
replayed through ``Store.add`` with distinct URLs and ids (copy k of an article is a new article
with the same text), so the store grows by 1,255 distinct reports per pass and the events of
later copies match those of earlier ones, as repeated coverage of the same news does. A copy of a
stored text takes its first copy's people and events (``dateline/store/twins.py``); with
``--distinct-texts`` each copy's text ends with a line of its own, so every copy's people and
events are resolved against the stored KB afresh (undated events then stay apart). After every
``--block`` articles the script notes, against the number of articles already stored:

- seconds per 1,000 articles (wall) and the CPU seconds of this process plus the PostgreSQL
  server process (on a shared machine the wall time mostly measures the wait for a core);
- the database size (SQLite: pages in use; PostgreSQL: the tables' and indexes' total size);
- resolve time per article: milliseconds in actor resolution (``ActorWriter.resolve``) and the
  event candidate look-up (``EventWriter.candidates``), the parts that read the stored KB;
- event-writing CPU per article: this process's CPU milliseconds in ``EventWriter.add_record``
  (candidates, the reports written, the events' canonical fields updated), the part a much
  reported event made grow before the events kept running tallies;
- PostgreSQL only, the work itself, which a busy machine does not blur: buffer pages the
  server touched per article (tables, indexes and TOAST of the store's schema, found in its
  buffers or read, from ``pg_statio_all_tables``) and WAL bytes written per article. CPU time
  on a 2-CPU virtual machine shared with other work swells with the neighbours (caches, memory
  bandwidth, the host's other guests); the pages and the WAL do not.

Prints a table; writes ``bench/results/growth.json`` and plots ``bench/results/growth.png``
(matplotlib, from the ``bench`` extra). The per-article cost should stay flat as the KB grows:
the last block's cost over the first block's is reported as ``growth`` per backend, and the
same read off a robust line (Theil-Sen's) through the blocks from the second on as ``trend`` (one
block's noise, a pause of the machine or an autovacuum run, moves it less). By default a block
is the news benchmark's 1,255 articles, so every block holds the same reports and the blocks'
costs differ only by what the store already holds (blocks of 1,000 held different slices of the
benchmark, whose reports differ in length and people: that alone moved a block's pages by ±10 %).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import benchlib as B
from bench_records import Pair, news_pairs, replayed

from dateline.store import Store, open_store


@dataclass(slots=True)
class Point:
    """One block of articles added to a store that held ``stored`` articles before it."""

    stored: int
    articles: int
    seconds: float
    cpu_seconds: float
    resolve_seconds: float
    db_bytes: int
    event_cpu_seconds: float = 0.0
    server_cpu_seconds: float = 0.0  # of cpu_seconds, the PostgreSQL server's
    pages: int = 0  # PostgreSQL: buffer pages of the schema's relations touched by the block
    wal_bytes: int = 0  # PostgreSQL: WAL written during the block (the whole cluster's)

    @property
    def s_per_1000(self) -> float:
        return 1000 * self.seconds / self.articles

    @property
    def cpu_s_per_1000(self) -> float:
        return 1000 * self.cpu_seconds / self.articles

    @property
    def resolve_ms(self) -> float:
        return 1000 * self.resolve_seconds / self.articles

    @property
    def event_cpu_ms(self) -> float:
        return 1000 * self.event_cpu_seconds / self.articles

    @property
    def pages_per_article(self) -> float:
        return self.pages / self.articles

    @property
    def wal_kb(self) -> float:
        return self.wal_bytes / 1000 / self.articles

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "s_per_1000": round(self.s_per_1000, 3),
                "cpu_s_per_1000": round(self.cpu_s_per_1000, 3),
                "resolve_ms_per_article": round(self.resolve_ms, 3),
                "event_cpu_ms_per_article": round(self.event_cpu_ms, 3),
                "pages_per_article": round(self.pages_per_article, 1),
                "wal_kb_per_article": round(self.wal_kb, 2)}


class ResolveClock:
    """Accumulates the time (``timer``) a store's writer spends in some of its methods: by
    default resolving against the stored KB (wall time)."""

    def __init__(self, store: Store, methods: tuple[tuple[str, str], ...] = (
            ("actors", "resolve"), ("events", "candidates")),
            timer: Callable[[], float] = time.perf_counter) -> None:
        self.seconds = 0.0
        self.timer = timer
        for owner, name in methods:
            self._wrap(getattr(store.writer, owner), name)

    def _wrap(self, owner: object, name: str) -> None:
        method: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = self.timer()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds += self.timer() - start

        setattr(owner, name, timed)


def db_bytes(store: Store) -> int:
    """What the store's data takes on disk (SQLite pages in use; PostgreSQL tables + indexes of
    the schema in the search path)."""
    if store.dialect == "sqlite":
        pages = store.db.scalar("PRAGMA page_count") - store.db.scalar("PRAGMA freelist_count")
        return int(pages * store.db.scalar("PRAGMA page_size"))
    return int(store.db.scalar(
        "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN "
        "pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND "
        "n.nspname = current_schema()"))


def _server_cpu(store: Store) -> Callable[[], float]:
    """CPU seconds so far of the PostgreSQL backend serving ``store`` (0 for SQLite)."""
    if store.dialect != "postgresql":
        return lambda: 0.0
    stat = Path(f"/proc/{store.db.scalar('SELECT pg_backend_pid()')}/stat")
    if not stat.exists():  # a server on another host
        return lambda: 0.0

    def read() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return read


_PAGES = ("SELECT COALESCE(SUM(COALESCE(heap_blks_hit, 0) + COALESCE(heap_blks_read, 0) + "
          "COALESCE(idx_blks_hit, 0) + COALESCE(idx_blks_read, 0) + COALESCE(toast_blks_hit, 0) + "
          "COALESCE(toast_blks_read, 0)), 0) FROM pg_statio_all_tables "
          "WHERE schemaname = current_schema()")


def _server_work(store: Store) -> Callable[[], tuple[int, int]]:
    """Buffer pages touched in the store's schema and WAL bytes so far (0, 0 for SQLite).

    The backend's counters are flushed first (``pg_stat_force_next_flush``, PostgreSQL 15+) and
    the statistics snapshot dropped, so the figures include the statements just run."""
    if store.dialect != "postgresql" or int(store.db.scalar("SHOW server_version_num")) < 150000:
        return lambda: (0, 0)

    def read() -> tuple[int, int]:
        store.db.scalar("SELECT pg_stat_force_next_flush()")
        store.db.scalar("SELECT pg_stat_clear_snapshot()")
        wal = int(store.db.scalar("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn"))
        return int(store.db.scalar(_PAGES)), wal
    return read


def grow(store: Store, pairs: Iterable[Pair], *, block: int, batch_size: int = 64,
         progress: Callable[[Point], None] | None = None) -> list[Point]:
    """Add ``pairs`` to ``store`` ``block`` at a time; one :class:`Point` per block."""
    clock = ResolveClock(store)
    events = ResolveClock(store, (("events", "add_record"),), time.process_time)
    server = _server_cpu(store)
    work = _server_work(store)
    points: list[Point] = []
    iterator = iter(pairs)
    stored = int(store.db.scalar("SELECT COUNT(*) FROM articles"))
    while chunk := list(islice(iterator, block)):
        pages, wal = work()
        resolve, cpu, cpu_server = clock.seconds, time.process_time(), server()
        event_cpu = events.seconds
        start = time.perf_counter()
        stats = store.add(chunk, batch_size=batch_size)
        seconds = time.perf_counter() - start
        on_server = server() - cpu_server
        cpu = time.process_time() - cpu + on_server
        resolved = clock.seconds - resolve
        pages_after, wal_after = work()
        point = Point(stored, stats.added, seconds, cpu, resolved, db_bytes(store),
                      events.seconds - event_cpu, on_server, pages_after - pages, wal_after - wal)
        points.append(point)
        stored += stats.added
        if progress:
            progress(point)
    return points


def totals(store: Store) -> dict[str, int]:
    """What the store holds: articles, actors (people apart), events and their reports."""
    counts = {"articles": "articles", "people": "actors WHERE kind = 'person'",
              "actors": "actors", "events": "events", "reports": "event_sources"}
    return {k: int(store.db.scalar(f"SELECT COUNT(*) FROM {v}")) for k, v in counts.items()}


def growth(points: list[Point], attr: str = "cpu_s_per_1000") -> float:
    """The last block's per-article cost over the first block's (1.0: flat)."""
    first, last = getattr(points[0], attr), getattr(points[-1], attr)
    return round(last / first, 3) if first else 0.0


def trend(points: list[Point], attr: str = "cpu_s_per_1000") -> float:
    """The per-article cost at the last block over the cost at the second, both read off a
    line through the blocks from the second on (1.0: flat): Theil-Sen's, whose slope is the
    median of the slopes between every two blocks.

    Not at the mercy of one block as :func:`growth` is: one pause of a shared machine, one
    autovacuum run. The first block is left out (the store's first sight of every text: with
    the news source's copies, later blocks store copies of texts it holds), and so is a last
    block shorter than the others (other reports than the full blocks hold)."""
    body = points[1:]
    if len(body) > 2 and body[-1].articles < 0.9 * body[0].articles:
        body = body[:-1]
    if len(body) < 2:
        return growth(points, attr)
    xs = [float(p.stored) for p in body]
    ys = [float(getattr(p, attr)) for p in body]
    slope = statistics.median((ys[j] - ys[i]) / (xs[j] - xs[i])
                              for i in range(len(xs)) for j in range(i + 1, len(xs)))
    intercept = statistics.median(y - slope * x for x, y in zip(xs, ys, strict=True))
    start, end = intercept + slope * xs[0], intercept + slope * xs[-1]
    return round(end / start, 3) if start > 0 else 0.0


def plot(curves: dict[str, list[Point]], target: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [("s_per_1000", "seconds per 1,000 articles (wall)"),
              ("db_bytes", "database size (MB)"),
              ("resolve_ms", "resolve time per article (ms)")]
    if any(p.pages for points in curves.values() for p in points):
        panels.append(("pages_per_article", "PostgreSQL buffer pages touched per article"))
    fig, axes = plt.subplots(1, len(panels), figsize=(5 * len(panels), 4.2))
    for ax, (attr, label) in zip(axes, panels, strict=True):
        for backend, points in curves.items():
            if attr == "pages_per_article" and not any(p.pages for p in points):
                continue
            xs = [p.stored + p.articles for p in points]
            ys = [getattr(p, attr) / (1e6 if attr == "db_bytes" else 1) for p in points]
            ax.plot(xs, ys, marker="o", label=backend)
            if attr == "s_per_1000":
                ax.plot(xs, [p.cpu_s_per_1000 for p in points], linestyle="--",
                        label=f"{backend} (CPU s, client + server)")
        ax.set_xlabel("articles stored")
        ax.set_title(label)
        ax.set_ylim(bottom=0)
        ax.grid(alpha=.3)
        ax.legend(fontsize=8)
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(target, dpi=90)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0,
                        help="articles to store (default: the whole blocks that reach 16,000)")
    parser.add_argument("--pg-articles", type=int, default=0,
                        help="articles for PostgreSQL (default: --articles)")
    parser.add_argument("--block", type=int, default=0,
                        help="articles per point (default: the news benchmark's 1,255, so every "
                             "block holds the same reports; 1,000 for the synthetic source)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--source", choices=["news", "synthetic"], default="news")
    parser.add_argument("--pg", default=None,
                        help="postgresql:// URL, 'none' to skip (default: $DATELINE_TEST_PG, else "
                             "a throwaway cluster)")
    parser.add_argument("--distinct-texts", action="store_true",
                        help="end each copy's text with a line of its own, so copies are "
                             "resolved afresh instead of as copies of a stored text")
    parser.add_argument("--output", default="growth")
    args = parser.parse_args()
    from store_api import pg_schema, postgres

    def source(n: int) -> Iterable[Pair]:
        if args.source == "news":
            return replayed(news_pairs(), n, distinct_texts=args.distinct_texts)
        from synthetic_kb import synthetic_pairs
        return synthetic_pairs(n, seed=11)

    def show(backend: str) -> Callable[[Point], None]:
        def line(p: Point) -> None:
            print(f"{backend:<10} {p.stored + p.articles:>7,} stored  {p.s_per_1000:7.2f} s/1k "
                  f"{p.cpu_s_per_1000:7.2f} CPU s/1k  {p.resolve_ms:6.2f} ms resolve  "
                  f"{p.event_cpu_ms:6.2f} CPU ms events  "
                  f"{1000 * p.server_cpu_seconds / p.articles:5.2f} server CPU s/1k  "
                  f"{p.db_bytes / 1e6:8.1f} MB" + (f"  {p.pages_per_article:6.1f} pages/article "
                  f"{p.wal_kb:6.2f} WAL kB/article" if p.pages else ""), flush=True)
        return line

    if not args.block:
        args.block = len(news_pairs()) if args.source == "news" else 1000
    if not args.articles:
        args.articles = -(-16_000 // args.block) * args.block
    load_before = os.getloadavg()
    curves: dict[str, list[Point]] = {}
    held: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as tmp, postgres(args.pg) as pg:
        with open_store(str(Path(tmp) / "growth.db")) as store:
            curves["sqlite"] = grow(store, source(args.articles), block=args.block,
                                    batch_size=args.batch_size, progress=show("sqlite"))
            held["sqlite"] = totals(store)
        if pg is not None:
            url, _ = pg_schema(pg, "bench_growth", fresh=True)
            with open_store(url) as store:
                curves["postgresql"] = grow(store, source(args.pg_articles or args.articles),
                                            block=args.block, batch_size=args.batch_size,
                                            progress=show("postgresql"))
                held["postgresql"] = totals(store)
    print(B.table(["backend", "articles", "s/1k first", "s/1k last", "CPU s/1k first",
                   "CPU s/1k last", "resolve ms first", "resolve ms last", "event CPU ms first",
                   "event CPU ms last", "pages/article first", "pages/article last", "MB",
                   "growth (CPU)", "trend (CPU)", "trend (pages)"],
                  [[k, v[-1].stored + v[-1].articles, round(v[0].s_per_1000, 2),
                    round(v[-1].s_per_1000, 2), round(v[0].cpu_s_per_1000, 2),
                    round(v[-1].cpu_s_per_1000, 2), round(v[0].resolve_ms, 2),
                    round(v[-1].resolve_ms, 2), round(v[0].event_cpu_ms, 2),
                    round(v[-1].event_cpu_ms, 2), round(v[0].pages_per_article, 1),
                    round(v[-1].pages_per_article, 1), round(v[-1].db_bytes / 1e6, 1), growth(v),
                    trend(v), trend(v, "pages_per_article") if v[0].pages else "-"]
                   for k, v in curves.items()]))
    for backend, counts in held.items():
        print(f"{backend}: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    note = B.load_note(load_before)
    if note:
        print(note)
    png = B.RESULTS / f"{args.output}.png"
    try:
        plot(curves, png, f"Store.add cost as the KB grows ({args.source} records, blocks of "
                          f"{args.block}, batch {args.batch_size})")
    except ImportError:
        print("no matplotlib (pip install -e '.[bench]'): the PNG is not drawn")
    B.write_results(args.output, {
        "source": args.source, "block": args.block, "batch_size": args.batch_size,
        "distinct_texts": args.distinct_texts, "totals": held,
        "curves": {k: [p.to_dict() for p in v] for k, v in curves.items()},
        "growth_cpu": {k: growth(v) for k, v in curves.items()},
        "growth_wall": {k: growth(v, "s_per_1000") for k, v in curves.items()},
        "growth_resolve": {k: growth(v, "resolve_ms") for k, v in curves.items()},
        "growth_event_cpu": {k: growth(v, "event_cpu_ms") for k, v in curves.items()},
        "growth_pages": {k: growth(v, "pages_per_article") for k, v in curves.items() if v[0].pages},
        "growth_wal": {k: growth(v, "wal_kb") for k, v in curves.items() if v[0].pages},
        "trend_cpu": {k: trend(v) for k, v in curves.items()},
        "trend_wall": {k: trend(v, "s_per_1000") for k, v in curves.items()},
        "trend_resolve": {k: trend(v, "resolve_ms") for k, v in curves.items()},
        "trend_event_cpu": {k: trend(v, "event_cpu_ms") for k, v in curves.items()},
        "trend_pages": {k: trend(v, "pages_per_article") for k, v in curves.items() if v[0].pages},
        "trend_wal": {k: trend(v, "wal_kb") for k, v in curves.items() if v[0].pages},
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()], "machine": B.machine()})
    print(f"wrote {B.RESULTS / args.output}.json (and .png)")


if __name__ == "__main__":
    main()
