"""The README's worked example runs, and its output still shows what the README claims."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def block(marker: str) -> str:
    """The fenced code block right after ``<!-- readme-test: marker -->``."""
    match = re.search(rf"<!-- readme-test: {marker} -->\s*```\w*\n(.*?)```", README.read_text(
        encoding="utf-8"), re.S)
    assert match, f"README has no block marked readme-test: {marker}"
    return match.group(1)


def test_first_screen_has_the_two_commands():
    head = README.read_text(encoding="utf-8").split("## ")[0]
    commands = re.findall(r"^make \w+", head, re.M)
    assert commands == ["make demo", "make test"]


def test_ci_runs_the_readme_test_command():
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test\b", ci, re.M)


@pytest.mark.slow
def test_worked_example(tmp_path):
    script = block("extract")
    assert ".venv/bin/dateline extract" in script
    (tmp_path / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    [record] = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    claimed = json.loads(block("record"))

    assert record["id"] == claimed["id"]
    assert record["published"] == claimed["published"]
    assert record["dateline"]["place"] == claimed["dateline"]["place"]
    kinds = {e["kind"] for e in record["events"]}
    assert {e["kind"] for e in claimed["events"]} <= kinds
    names = {a["name"] for a in record["actors"] if a["kind"] == "person"}
    assert {a["name"] for a in claimed["actors"] if a["kind"] == "person"} <= names
