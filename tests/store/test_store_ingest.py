"""Whole ingests of the demo corpus: idempotent, incremental, and safe to kill and resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from gold_replay import DEMO, GoldExtractor
from kb_stories import snapshot

from dateline.article import Article
from dateline.jobs import ingest
from dateline.store import Store, open_store

pytestmark = pytest.mark.skipif(not (DEMO / "gold").is_dir(), reason="demo corpus not present")

HERE = Path(__file__).resolve().parent


def test_reingesting_the_demo_corpus_leaves_the_same_rows(store: Store) -> None:
    first = ingest([str(DEMO)], store, GoldExtractor())
    assert first.added > 40 and first.failed == 0
    assert store.list_events().total > 0
    before = snapshot(store)
    extractor = GoldExtractor()
    again = ingest([str(DEMO)], store, extractor)
    assert again.added == again.replaced == 0
    assert again.unchanged == first.added
    assert extractor.calls == 0  # skipped before extraction
    assert snapshot(store) == before


def test_failed_documents_are_reported_not_stored(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        (DEMO / "articles" / "d001.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "nogold.txt").write_text("BAKU, May 1. Nothing to see.", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "good.json").write_text((DEMO / "gold" / "d001.json").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    with open_store(str(tmp_path / "kb.db")) as store:
        stats = ingest([str(tmp_path / n) for n in ("good.txt", "empty.txt", "nogold.txt")],
                       store, GoldExtractor(gold))
        assert (stats.added, stats.failed) == (1, 2)
        assert {f.id for f in stats.failures} == {"empty", "nogold"}
        assert store.db.scalar("SELECT COUNT(*) FROM articles") == 1


def test_same_text_without_url_is_keyed_by_content_hash(store: Store) -> None:
    text = (DEMO / "articles" / "d001.txt").read_text(encoding="utf-8")
    gold = GoldExtractor()
    pairs = list(gold.extract_many([Article(text=text, id="d001")]))
    copy = list(gold.extract_many([Article(text=text, id="d001")]))
    stats = store.add([*pairs, *copy])
    assert (stats.added, stats.skipped) == (1, 1)
    key = store.db.scalar("SELECT key FROM articles")
    assert key == "sha256:" + Article(text=text).content_hash


CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {here!r})
    from gold_replay import GoldExtractor
    from dateline.jobs import ingest
    from dateline.store import open_store
    store = open_store({db!r})
    ingest([{demo!r}], store, GoldExtractor(announce=True, delay={delay}), batch_size=4)
    print("done", flush=True)
""")


def _run_child(db: Path, *, kill_after: int | None, delay: float) -> int:
    code = CHILD.format(here=str(HERE), db=str(db), demo=str(DEMO), delay=delay)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert child.stdout is not None
    seen = 0
    for line in child.stdout:
        if line.startswith("extracted"):
            seen += 1
            if kill_after is not None and seen == kill_after:
                child.send_signal(signal.SIGKILL)
                break
    child.wait(timeout=120)
    return child.returncode


@pytest.mark.slow
def test_killed_ingest_resumes_to_the_same_rows(tmp_path: Path) -> None:
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    assert _run_child(whole, kill_after=None, delay=0.0) == 0
    assert _run_child(killed, kill_after=10, delay=0.05) == -signal.SIGKILL
    with open_store(str(killed)) as store:
        partial = store.db.scalar("SELECT COUNT(*) FROM articles")
        total = 0
        with open_store(str(whole)) as reference:
            total = reference.db.scalar("SELECT COUNT(*) FROM articles")
        assert 0 < partial < total  # whole batches committed, the open one rolled back
        assert partial % 4 == 0
    assert _run_child(killed, kill_after=None, delay=0.0) == 0
    with open_store(str(whole)) as reference, open_store(str(killed)) as resumed:
        assert snapshot(resumed) == snapshot(reference)
