"""No merge-conflict markers in the repository's own text: a merge that left "<<<<<<< HEAD" in a doc
once landed on main (session 18, docs/architecture.md)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_MARKER = re.compile(r"^(?:<{7}|>{7})(?: |$)", re.MULTILINE)
_SUFFIXES = {".py", ".md", ".yaml", ".yml", ".toml", ".json", ".html", ".css", ".js", ".sql", ".txt", ".tsv", ".cfg"}
_SKIP = {".git", ".venv", "node_modules", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _texts() -> list[Path]:
    return [p for p in REPO.rglob("*") if p.suffix in _SUFFIXES and p.is_file()
            and not _SKIP.intersection(p.relative_to(REPO).parts)]


def test_no_file_holds_a_merge_conflict_marker():
    marked = [str(p.relative_to(REPO)) for p in _texts()
              if _MARKER.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert marked == []


def test_the_marker_pattern_finds_a_conflict():
    assert _MARKER.search("| row |\n<<<<<<< HEAD\n| a |\n=======\n| b |\n>>>>>>> branch\n")
    assert not _MARKER.search("=======  =====  ======\nsome ===== rule\n")
