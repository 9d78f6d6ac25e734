"""``dateline extract``: streaming JSON Lines, error records, exit codes, inputs and outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.extract.pipeline import MAX_CHARS

WIRE_IDS = ["agreement", "call", "visit"]


@pytest.fixture(autouse=True)
def _model(extractor):
    """Load spaCy once for the session before the in-process runs."""


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_folder_of_articles(run_cli, wire_corpus):
    result = run_cli("extract", wire_corpus)
    assert result.code == 0, result.stderr
    recs = records(result.stdout)
    assert [r["id"] for r in recs] == WIRE_IDS
    assert all("error" not in r for r in recs)
    assert {r["published"] for r in recs} == {"2024-03-11", "2024-06-02", "2024-05-14"}
    assert result.stderr == ""


def test_bad_documents_get_error_records_and_the_run_goes_on(run_cli, wire_corpus):
    (wire_corpus / "empty.txt").write_bytes(b"")
    (wire_corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (wire_corpus / "latin1.txt").write_bytes("ASTANA, May 14. Caf\u00e9 talks.".encode("latin-1"))
    huge = "The ministers met. " * (5_000_000 // 19)
    assert len(huge) > MAX_CHARS
    (wire_corpus / "huge.txt").write_text(huge, encoding="utf-8")
    lines = [
        json.dumps({"id": "j-ok", "text": (wire_corpus / "call.txt").read_text(encoding="utf-8")}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "Talks in Baku"}),
    ]
    (wire_corpus / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_cli("extract", wire_corpus)

    assert result.code == 1
    by_id = {r["id"]: r for r in records(result.stdout)}
    assert sorted(by_id) == sorted([*WIRE_IDS, "empty", "binary", "latin1", "huge",
                                    "j-ok", "docs:2", "no-text"])
    errors = {i: r["error"]["type"] for i, r in by_id.items() if "error" in r}
    assert errors == {
        "empty": "EmptyDocumentError",
        "binary": "BinaryDocumentError",
        "latin1": "InputError",
        "huge": "InputError",
        "docs:2": "MalformedInputError",
        "no-text": "MalformedInputError",
    }
    assert "too long" in by_id["huge"]["error"]["message"]
    assert "UTF-8" in by_id["latin1"]["error"]["message"]
    for good in [*WIRE_IDS, "j-ok"]:
        assert by_id[good]["dateline"] is not None
    assert by_id["j-ok"]["published"] == "2024-06-02"
    assert result.stderr.strip() == "dateline: 6 of 10 documents failed"
    assert len(by_id["huge"]["error"]["message"]) < 500
    assert len(result.stdout) < 100_000  # error records do not echo the text back


def test_stdin_json_lines(run_cli):
    docs = [{"id": "s1", "text": (Path(__file__).parents[1] / "fixtures/wire/visit.txt")
             .read_text(encoding="utf-8"), "published": "2024-05-14T09:30:00Z"},
            {"id": "s2", "text": "   "}]
    data = "".join(json.dumps(d) + "\n" for d in docs).encode()
    result = run_cli("extract", "-", "--jsonl", stdin=data)
    assert result.code == 1
    recs = records(result.stdout)
    assert [r["id"] for r in recs] == ["s1", "s2"]
    assert recs[0]["published"] == "2024-05-14"
    assert recs[1]["error"]["type"] == "EmptyDocumentError"
    assert result.stderr.strip() == "dateline: 1 of 2 documents failed"


def test_stdin_plain_text_is_one_document(run_cli):
    text = (Path(__file__).parents[1] / "fixtures/wire/call.txt").read_bytes()
    result = run_cli("extract", "-", stdin=text)
    assert result.code == 0, result.stderr
    [rec] = records(result.stdout)
    assert rec["id"] == "stdin"
    assert rec["published"] == "2024-06-02"


def test_output_file_and_nested_folders(run_cli, wire_corpus, tmp_path):
    nested = wire_corpus / "more" / "deeper"
    nested.mkdir(parents=True)
    (wire_corpus / "visit.txt").rename(nested / "visit2.txt")
    (wire_corpus / "notes.md").write_text("not an article", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    result = run_cli("extract", wire_corpus, "-o", out)
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert [r["id"] for r in records(out.read_text(encoding="utf-8"))] == [
        "agreement", "call", "visit2"]


def test_files_and_folders_keep_argument_order(run_cli, wire_corpus):
    result = run_cli("extract", wire_corpus / "visit.txt", wire_corpus / "call.txt")
    assert [r["id"] for r in records(result.stdout)] == ["visit", "call"]


def test_progress_bar_on_stderr(run_cli, wire_corpus):
    result = run_cli("extract", wire_corpus, "--progress", "--batch-size", "2")
    assert result.code == 0
    assert len(records(result.stdout)) == 3
    assert "3/3" in result.stderr


def test_progress_bar_over_json_lines_ends_exact(run_cli, wire_corpus, tmp_path):
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")})
             for p in sorted(wire_corpus.glob("*.txt"))]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("extract", path, "--progress")
    assert result.code == 0 and len(records(result.stdout)) == 3
    assert "3/3" in result.stderr  # the total estimated while reading, exact at the end


def test_no_progress_bar_when_not_a_terminal(run_cli, wire_corpus):
    result = run_cli("extract", wire_corpus / "call.txt")
    assert "it/s" not in result.stderr and "doc/s" not in result.stderr


@pytest.mark.parametrize("args, message", [
    (["extract", "no/such/file.txt"], "no such file or folder: no/such/file.txt"),
    (["extract", "--batch-size", "0", "{corpus}"], "--batch-size"),
    (["extract", "--frobnicate", "{corpus}"], "No such option: --frobnicate"),
    (["extract", "{corpus}", "-o", "no/such/dir/out.jsonl"], "output folder does not exist"),
])
def test_usage_errors_exit_2_with_one_line(run_cli, wire_corpus, args, message):
    result = run_cli(*[a.format(corpus=wire_corpus) for a in args])
    assert result.code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("dateline: error:")
    assert message in result.stderr


def test_missing_path_fails_before_any_output(run_cli, wire_corpus):
    result = run_cli("extract", wire_corpus / "call.txt", "missing.txt")
    assert result.code == 2
    assert result.stdout == ""


def test_help_has_an_example(run_cli):
    result = run_cli("extract", "--help")
    assert result.code == 0
    assert "dateline extract report.txt" in result.stdout


def test_exit_codes_in_a_real_process(tmp_path):
    """The installed entry point: 2 for a usage error, 1 when a document failed."""
    cli = [sys.executable, "-c", "from dateline.cli.main import main; main()"]
    missing = subprocess.run([*cli, "extract", str(tmp_path / "nope.txt")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"dateline: error: no such file or folder: {tmp_path / 'nope.txt'}"

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "ok.txt").write_text("BAKU, April 3. The ministers met in Baku.", encoding="utf-8")
    mixed = subprocess.run([*cli, "extract", str(corpus)], capture_output=True, text=True,
                           timeout=300)
    assert mixed.returncode == 1, mixed.stderr
    assert [json.loads(line)["id"] for line in mixed.stdout.splitlines()] == ["empty", "ok"]
    assert mixed.stderr.strip().splitlines()[-1] == "dateline: 1 of 2 documents failed"


def test_the_hostile_lines_of_issue_15_each_get_a_record(run_cli, tmp_path):
    """Defects 1-3 and 5: a run over them ends with one record each, none aborts it."""
    (tmp_path / "d.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id":' + "9" * 5000 + ',"text":"x"}\n', encoding="utf-8")
    (tmp_path / "s.jsonl").write_text('{"id":"\\udc00","text":"Putin met Xi."}\n',
                                      encoding="utf-8")
    (tmp_path / "t.txt").write_text(
        " date 9999-12-31\nBAKU, Azerbaijan, May 1. Kazakh Foreign Minister Murat Nurtleu met "
        "Azerbaijani President Ilham Aliyev in Baku on 12/31/9999.\n", encoding="utf-8")
    result = run_cli("extract", tmp_path)
    by_id = {r["id"]: r for r in records(result.stdout)}
    assert sorted(by_id) == sorted(["d:1", "9" * 5000, "\ufffd", "t"])
    assert by_id["d:1"]["error"]["type"] == "MalformedInputError"
    assert "error" not in by_id["\ufffd"] and "error" not in by_id["t"]
    assert by_id["t"]["published"] is None and by_id["t"]["dateline"]["place"] == "Baku"
    assert "Traceback" not in result.stderr
