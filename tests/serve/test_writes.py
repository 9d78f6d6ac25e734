"""A token-holder's POST is extracted off the request loop: reads go on while it runs."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from live import serving

from dateline.serve import create_app

TOKEN = "s3cret"
PARAGRAPH = ("ASTANA, Kazakhstan, March 3. Kazakh Foreign Minister Murat Nurtleu met Uzbek "
             "Foreign Minister Bakhtiyor Saidov in Astana on Monday. The ministers discussed "
             "transport corridors, water management and trade (both sides agreed to meet again "
             "in Tashkent).\n\n")


@pytest.fixture
def server(kb_path: Path, tmp_path: Path) -> Iterator[tuple[str, Any]]:
    import shutil

    db = tmp_path / "kb.db"
    shutil.copy(kb_path, db)
    app = create_app(str(db), token=TOKEN)
    with serving(app, log_level="critical") as url:
        yield url, app


@pytest.mark.slow
def test_reads_do_not_wait_for_a_write(server: tuple[str, Any]) -> None:
    base, app = server
    pool = app.state.writes
    document = {"text": PARAGRAPH * 250 + "(" * 5000 + ")" * 5000,  # ~75 KB
                "url": "https://wire.example/long"}
    posted: dict[str, Any] = {}

    def post() -> None:
        posted["response"] = httpx.post(f"{base}/api/documents", json=document, timeout=600,
                                        headers={"Authorization": f"Bearer {TOKEN}"})

    writer = threading.Thread(target=post)
    writer.start()
    deadline = time.monotonic() + 30
    while pool.pending == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    latencies = []
    with httpx.Client(base_url=base, timeout=30) as client:
        while pool.pending and len(latencies) < 40:
            began = time.perf_counter()
            assert client.get("/events.json", params={"limit": 20}).status_code == 200
            latencies.append(time.perf_counter() - began)
            time.sleep(0.05)
    writer.join(timeout=600)
    assert len(latencies) >= 10, latencies  # every one of them sent while the write ran
    assert max(latencies) < 2.0, sorted(latencies)[-5:]  # before: every read waited ~12 s
    assert posted["response"].status_code == 201, posted["response"].text
    assert posted["response"].json()["stats"]["added"] == 1


def test_a_posted_document_keeps_its_language(server: tuple[str, Any]) -> None:
    base, _ = server
    russian = {"text": "ТАШКЕНТ, 3 марта. Министр иностранных дел Узбекистана Бахтиёр Саидов "
                       "провел переговоры с Министром иностранных дел Казахстана Муратом Нуртлеу.",
               "url": "https://wire.example/ru/saidov-nurtleu", "published": "2025-03-03",
               "language": "ru"}
    english = {"text": PARAGRAPH, "url": "https://wire.example/en/nurtleu-saidov",
               "published": "2025-03-03"}
    headers = {"Authorization": f"Bearer {TOKEN}"}
    for document, lang in ((russian, "ru"), (english, "en")):
        response = httpx.post(f"{base}/api/documents", json=document, timeout=600, headers=headers)
        assert response.status_code == 201, response.text
        assert response.json()["article"]["lang"] == lang
