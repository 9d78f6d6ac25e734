"""Documents parsed whole go to the parser in batches bounded by tokens, not only by count
(issue 15: peak memory under 1 GB on any input the CLI accepts). The parser takes about 18 KB a
token of a long "sentence": 32 documents of 19 KB of spaced punctuation in one batch took 1.7 GB
and more."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.article import Article
from dateline.extract.pipeline import BATCH_TOKENS, SECTION_CHARS, token_estimate

REPO = Path(__file__).resolve().parents[2]
VISIT = ("BAKU, Azerbaijan, May 1. Kazakh Foreign Minister Murat Nurtleu met Azerbaijani "
         "President Ilham Aliyev in Baku on Monday. The two discussed transport links.\n\n")


def test_a_batch_holds_one_flood_of_punctuation_and_a_score_of_news_reports() -> None:
    flood = VISIT + ". " * 9_400
    assert BATCH_TOKENS // 2 < token_estimate(flood) <= BATCH_TOKENS
    report = VISIT * 12  # 2,300 characters, a news article's length
    assert BATCH_TOKENS // token_estimate(report) >= 20


def test_batches_are_bounded_in_tokens(extractor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract import pipeline

    nlp = extractor.nlp
    sizes: list[int] = []
    pipe = type(nlp).pipe

    def counted(self, texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        if kwargs.get("as_tuples"):  # spaCy calls itself again with the texts alone
            sizes.append(sum(token_estimate(text) for text, _ in texts))
        return pipe(self, texts, **kwargs)

    monkeypatch.setattr(type(nlp), "pipe", counted)
    monkeypatch.setattr(pipeline, "BATCH_TOKENS", 400)
    list(extractor._pipe([(VISIT * 3, i) for i in range(7)]))
    assert sizes == [4 * 84, 3 * 84]  # 84 tokens a document


def test_documents_over_several_batches_give_the_records_they_give_alone(extractor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract import pipeline

    monkeypatch.setattr(pipeline, "BATCH_TOKENS", 4_000)
    texts = [VISIT.replace("Monday", day) * 60 for day in ("Monday", "Tuesday", "Wednesday",
                                                            "Thursday", "Friday", "Saturday")]
    assert sum(map(token_estimate, texts)) > 2 * pipeline.BATCH_TOKENS
    assert all(len(t) < SECTION_CHARS for t in texts)
    articles = [Article(text=text, id=f"d{i}") for i, text in enumerate(texts)]
    together = [record.to_json() for _, record in extractor.extract_many(articles)]
    alone = [extractor.extract(Article(text=text, id=f"d{i}")).to_json()
             for i, text in enumerate(texts)]
    assert together == alone
    assert all(json.loads(line)["events"] for line in together)


@pytest.mark.slow
def test_many_documents_of_spaced_punctuation_stay_under_1_gb(tmp_path: Path) -> None:
    path = tmp_path / "floods.jsonl"
    marks = [".", ",", "!", "?", ";", ":"]
    path.write_text("".join(json.dumps({"id": f"p{i}", "text": VISIT + (mark + " ") * 9_400})
                            + "\n" for i, mark in enumerate(marks[:4] * 2)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    peak = tmp_path / "peak.txt"
    # the child's own high-water mark (VmHWM): ru_maxrss keeps the forked test process's size
    code = ("import sys\nfrom pathlib import Path\nfrom dateline.cli.main import main\n"
            "out = Path(sys.argv.pop())\ntry:\n    main()\nfinally:\n    out.write_text(next("
            "line for line in open('/proc/self/status') if line.startswith('VmHWM')))\n")
    done = subprocess.run([sys.executable, "-c", code, "extract", str(path), "-o",
                           str(tmp_path / "out.jsonl"), "--no-progress", str(peak)], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    records = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == 8
    assert int(peak.read_text().split()[1]) / 1024 < 1000  # MB; 1.6 GB in one batch
