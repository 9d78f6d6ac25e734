"""Shared fixtures: one Extractor (one spaCy load) per session, small corpora, an in-process CLI."""

from __future__ import annotations

import atexit
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WIRE = FIXTURES / "wire"
SHARED_DATA = REPO.parent / "shared" / "data"

# The lexicon cache (dateline/lexicons/cache.py) of a test run lives in a folder of its own.
if "DATELINE_CACHE" not in os.environ:
    os.environ["DATELINE_CACHE"] = tempfile.mkdtemp(prefix="dateline-test-cache-")
    atexit.register(shutil.rmtree, os.environ["DATELINE_CACHE"], ignore_errors=True)


@pytest.fixture(scope="session")
def extractor():
    """The session's Extractor; ``load_nlp`` is cached, so CLI runs in-process reuse its model."""
    from dateline.extract.pipeline import Extractor

    extractor = Extractor()
    extractor.nlp  # noqa: B018 - load spaCy once, up front
    return extractor


@pytest.fixture
def extract(extractor, request):
    """``extract(text, published=...)``: one article's record; the publication date defaults to the
    test module's ``PUBLISHED`` (None when it has none)."""
    from dateline.article import Article

    default = getattr(request.module, "PUBLISHED", None)

    def run(text: str, published: str | None = default):
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (public data sets, read at test time); skips when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not available")
    return SHARED_DATA


@pytest.fixture
def wire_corpus(tmp_path: Path) -> Path:
    """A folder of three wire-style articles (a visit, a phone call, an agreement) to add to."""
    corpus = tmp_path / "corpus"
    shutil.copytree(WIRE, corpus)
    return corpus


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    def lines(self) -> list[str]:
        return [line for line in self.stdout.splitlines() if line.strip()]


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``dateline ARGS...`` in this process (``main()``, exit code and all)."""
    from dateline.cli.main import main

    def run(*args: object, stdin: bytes | None = None) -> CliResult:
        monkeypatch.setattr(sys, "argv", ["dateline", *map(str, args)])
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        capsys.readouterr()
        with pytest.raises(SystemExit) as exited:
            main()
        out, err = capsys.readouterr()
        code = exited.value.code
        return CliResult(code if isinstance(code, int) else (0 if code is None else 1), out, err)

    return run
