"""The demo evaluator on tiny hand-made gold and prediction files: exact numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import MalformedInputError, UsageError
from dateline.evaluate.demo import EventView, evaluate_paths, load_gold, match_events
from dateline.evaluate.matching import Surnames, normalize_name, normalize_title, same_person

DATA = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate"


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate_paths(DATA / "gold", DATA / "pred.jsonl").to_dict()


def test_events_per_kind_and_overall(report):
    kinds = report["events"]["by_kind"]
    assert list(kinds) == ["visit", "meeting", "call", "agreement", "gathering"]
    assert {k: (v["tp"], v["fp"], v["fn"]) for k, v in kinds.items()} == {
        "visit": (1, 0, 0), "meeting": (1, 0, 0), "call": (1, 1, 0),
        "agreement": (0, 0, 1), "gathering": (1, 0, 0)}
    assert kinds["call"]["precision"] == 0.5
    assert kinds["call"]["recall"] == 1.0
    assert kinds["call"]["f1"] == pytest.approx(0.6667)
    assert kinds["agreement"]["f1"] == 0.0
    overall = report["events"]["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (4, 1, 1)
    assert (overall["precision"], overall["recall"], overall["f1"]) == (0.8, 0.8, 0.8)


def test_date_and_status_on_matched_events(report):
    assert report["events"]["date"] == {"correct": 3, "total": 4, "accuracy": 0.75}
    assert report["events"]["status"] == {"correct": 3, "total": 4, "accuracy": 0.75}


def test_officials_titles_and_countries(report):
    officials = report["officials"]
    assert (officials["tp"], officials["fp"], officials["fn"]) == (3, 1, 1)
    assert officials["f1"] == 0.75
    assert officials["title"] == {"correct": 2, "total": 3, "accuracy": 0.6667}
    assert officials["country"] == {"correct": 2, "total": 3, "accuracy": 0.6667}


def test_document_fields(report):
    assert report["published"] == {"correct": 1, "total": 3, "accuracy": 0.3333}
    assert report["dateline"] == {"correct": 1, "total": 3, "accuracy": 0.3333}
    assert report["documents"] == {"gold": 3, "without_prediction": ["g3"], "failed": [],
                                   "ignored_predictions": ["zzz"]}


def test_per_document_errors(report):
    errors = {d["id"]: d for d in report["errors"]}
    assert set(errors) == {"g1", "g2", "g3"}
    g1 = errors["g1"]
    assert [e["kind"] for e in g1["spurious_events"]] == ["call"]
    assert g1["missed_events"] == []
    assert [(g["kind"], p["start"]) for g, p in g1["wrong_dates"]] == [("meeting", "2024-04-04")]
    assert [(g["kind"], p["status"]) for g, p in g1["wrong_status"]] == [("gathering", "occurred")]
    assert [(g["title"], p["title"]) for g, p in g1["wrong_titles"]] == [
        ("Deputy Prosecutor General", "Prosecutor General")]
    assert [(g["name"], p["country"]) for g, p in g1["wrong_countries"]] == [("Kamal Aliyev", None)]
    assert errors["g2"]["published"] == ["2024-05-01", "2024-05-02"]
    assert [o["name"] for o in errors["g2"]["spurious_officials"]] == ["Anna Smirnova"]
    assert errors["g3"]["problem"] == "no prediction"
    assert [e["kind"] for e in errors["g3"]["missed_events"]] == ["agreement"]


def test_error_records_count_as_failed(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "g2", "error": {"type": "InputError", "message": "bad"}})
                    + "\n", encoding="utf-8")
    data = evaluate_paths(DATA / "gold", pred).to_dict()
    assert data["documents"]["failed"] == ["g2"]
    assert data["events"]["overall"]["fn"] == 5
    assert data["events"]["overall"]["precision"] == 0.0


@pytest.mark.parametrize("gold, predicted", [
    ("Foreign Minister", "Minister of Foreign Affairs"),
    ("Justice Minister", "Turkish Minister of Justice"),
    ("Justice Minister", "Minister of Justice of Uzbekistan"),
    ("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs of the Republic of Kazakhstan"),
    ("Prosecutor General", "Azerbaijani Prosecutor-General"),
    ("Interior Minister", "Minister of Internal Affairs"),
    ("Ambassador", "Ambassador of Turkmenistan to Uzbekistan"),
    ("prime minister", "Premier"),
])
def test_equivalent_titles(gold, predicted):
    assert normalize_title(gold) == normalize_title(predicted)


@pytest.mark.parametrize("gold, predicted", [
    ("Prosecutor General", "Deputy Prosecutor General"),
    ("Foreign Minister", "Justice Minister"),
    ("President", "Vice President"),
])
def test_different_titles(gold, predicted):
    assert normalize_title(gold) != normalize_title(predicted)


def test_person_names():
    one = Surnames.of(["Kamran Aliyev", "Zhandos Umiraliyev"])
    two = Surnames.of(["Kamran Aliyev", "Ilham Aliyev"])
    assert normalize_name("Yılmaz  Tunç") == "yilmaz tunc"
    assert same_person("Yilmaz Tunc", "Yılmaz Tunç", one)
    assert same_person("Aliyev", "Kamran Aliyev", one)
    assert same_person("K. Aliyev", "Kamran Aliyev", one)
    assert not same_person("Ilham Aliyev", "Kamran Aliyev", one)
    assert not same_person("Aliyev", "Kamran Aliyev", two)
    assert same_person("Kamran Aliyev", "Kamran Aliyev", two)


def test_matching_is_one_to_one_best_overlap_first():
    gold = [EventView("meeting", ("AZE", "KAZ", "RUS")), EventView("meeting", ("AZE", "KAZ"))]
    pred = [EventView("meeting", ("AZE", "KAZ")), EventView("meeting", ("AZE", "KAZ"))]
    assert match_events(gold, pred, Surnames.of([])) == [(1, 0), (0, 1)]
    assert match_events(gold[:1], [EventView("call", ("AZE", "KAZ", "RUS"))], Surnames.of([])) == []
    shared = [EventView("visit", ("TUR",), ("Yilmaz Tunc",))]
    target = [EventView("visit", ("AZE", "KAZ", "TUR"), ("Yılmaz Tunç",))]
    assert match_events(target, shared, Surnames.of(["Yılmaz Tunç"])) == [(0, 0)]


def test_a_multilateral_meeting_matches_a_gathering_but_the_same_kind_wins_a_tie():
    caspian = ("AZE", "IRN", "KAZ", "RUS", "TKM")
    gold = [EventView("gathering", caspian)]
    assert match_events(gold, [EventView("multilateral", caspian)], Surnames.of([])) == [(0, 0)]
    pred = [EventView("multilateral", caspian), EventView("gathering", caspian)]
    assert match_events(gold, pred, Surnames.of([])) == [(0, 1)]
    assert match_events(gold, [EventView("meeting", caspian)], Surnames.of([])) == []


def test_bad_inputs(tmp_path):
    with pytest.raises(UsageError):
        load_gold(tmp_path / "missing")
    with pytest.raises(UsageError):
        load_gold(tmp_path)  # no *.json
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(MalformedInputError):
        load_gold(tmp_path)
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"id": "g1", "events": [{"kind": "picnic"}]}\n', encoding="utf-8")
    with pytest.raises(MalformedInputError, match="pred.jsonl:1"):
        evaluate_paths(DATA / "gold", bad)
