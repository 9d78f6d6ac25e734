"""``dateline evaluate``: the table, --json, --verbose and usage errors."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate"


def test_table(run_cli):
    result = run_cli("evaluate", DATA / "gold", DATA / "pred.jsonl")
    assert result.code == 0, result.stderr
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line.strip()}
    assert rows["call"][1:] == ["1", "2", "1", "0.500", "1.000", "0.667"]
    assert rows["all"][2:] == ["5", "5", "4", "0.800", "0.800", "0.800"]
    assert rows["officials"][1:] == ["4", "4", "3", "0.750", "0.750", "0.750"]
    assert rows["official"][4:] == ["2", "3", "0.667"]
    assert "without prediction: g3" in result.stdout
    assert "missed" not in result.stdout  # per-document listing only with --verbose


def test_json(run_cli):
    result = run_cli("evaluate", DATA / "gold", DATA / "pred.jsonl", "--json")
    assert result.code == 0
    data = json.loads(result.stdout)
    assert data["events"]["overall"]["f1"] == 0.8
    assert data["officials"]["country"]["accuracy"] == 0.6667
    assert "errors" not in data


def test_verbose_lists_each_documents_errors(run_cli):
    result = run_cli("evaluate", DATA / "gold", DATA / "pred.jsonl", "--verbose")
    out = result.stdout
    assert "== g1" in out
    assert 'spurious  call [AZE KAZ] (Zhan Umarov, Aliyev) None occurred "phoned"' in out
    assert "title     Zhan Umarov: gold 'Deputy Prosecutor General', predicted 'Prosecutor General'" in out
    assert "== g3: no prediction" in out
    assert 'missed    agreement [TKM UZB] (Akmal Tursunov) 2024-06-10 occurred "signed"' in out
    data = json.loads(run_cli("evaluate", DATA / "gold", DATA / "pred.jsonl", "--json", "-v").stdout)
    assert [d["id"] for d in data["errors"]] == ["g1", "g2", "g3"]


def test_output_file(run_cli, tmp_path):
    out = tmp_path / "scores.json"
    result = run_cli("evaluate", DATA / "gold", DATA / "pred.jsonl", "--json", "-o", out)
    assert result.code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["published"]["total"] == 3


def test_usage_errors(run_cli, tmp_path):
    result = run_cli("evaluate", tmp_path / "nope", DATA / "pred.jsonl")
    assert result.code == 2
    assert result.stderr.strip() == f"dateline: error: gold folder not found: {tmp_path / 'nope'}"
    result = run_cli("evaluate", DATA / "gold", tmp_path / "nope.jsonl")
    assert result.code == 2
    assert "predictions file not found" in result.stderr


def test_malformed_predictions_exit_1(run_cli, tmp_path):
    bad = tmp_path / "pred.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = run_cli("evaluate", DATA / "gold", bad)
    assert result.code == 1
    assert result.stderr.startswith("dateline: error:") and len(result.stderr.splitlines()) == 1
