"""PLOVER GSR and WikiEvents scoring on invented cases; the loaders against ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.evaluate.plover import (
    PLOVER_TYPES,
    GsrItem,
    PredEvent,
    WikiDoc,
    WikiEvent,
    gsr_item,
    load_gsr,
    load_wikievents,
    pred_events,
    rebuild_text,
    score_gsr,
    score_wikievents,
    select_gsr,
    wiki_doc,
)
from dateline.record import Event, Record, Trigger


def raw(id: str, event: str, text: str = "Ruritania and Borduria held talks.", **extra: object) -> dict:
    return {"id": id, "event": event, "eventText": extra.pop("eventText", ""), "text": text,
            "date": "2000-01-01", **extra}


def item(id: str, type: str, mode: str | None = None, countries: tuple[str, ...] = (),
         in_scope: bool = False) -> GsrItem:
    return GsrItem(id=id, type=type, label=type, mode=mode, text="", published="2000-01-01",
                   countries=countries, in_scope=in_scope)


# --- GSR records -------------------------------------------------------------------------------

def test_old_labels_modes_and_codes_are_mapped() -> None:
    demand = gsr_item(raw("d1", "DEMAND", source=[{"actorText": "Ruritania", "code": "FRA"}],
                          target=[{"actorText": "the Council", "code": "IGO"}]))
    assert (demand.type, demand.label, demand.countries, demand.non_state) == ("REQUEST", "DEMAND", ("FRA",), 1)
    assert not demand.in_scope
    host = gsr_item(raw("c1", "CONSULT", mode="host", eventText="hosted",
                        source=[{"code": "JAP"}], target=[{"code": "ITL"}, {"code": "JAP"}]))
    assert (host.mode, host.countries, host.in_scope) == ("visit", ("JPN", "ITA"), True)
    assert gsr_item(raw("f1", "FIGHT", mode="heavy-weapons")).mode is None  # not a CONSULT mode
    assert gsr_item(raw("i1", "INVESTIGATE")).type == gsr_item(raw("x1", "DISAPPROVE")).type == "ACCUSE"
    assert gsr_item(raw("a1", "AGREE", eventText="will visit", target="")).in_scope
    assert not gsr_item(raw("a2", "AGREE", eventText="will give grant")).in_scope


def test_load_gsr_skips_the_header_and_rejects_unknown_labels(tmp_path: Path) -> None:
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps([{"id": "doc", "event": "DOCUMENT"}, raw("s1", "SUPPORT"),
                                raw("s1", "COERCE")]))
    assert [i.id for i in load_gsr(path)] == ["s1", "s1#2"]  # a repeated id is made unique
    path.write_text(json.dumps([raw("s1", "GREET")]))
    with pytest.raises(InputError, match="GREET"):
        load_gsr(path)
    with pytest.raises(InputError):
        load_gsr(tmp_path / "absent.txt")


def test_select_keeps_every_positive_and_samples_negatives_reproducibly() -> None:
    items = [item(f"p{i}", "AGREE") for i in range(3)] + [item(f"n{i}", "ASSAULT") for i in range(10)]
    pos, neg = select_gsr(items)
    assert (len(pos), len(neg)) == (3, 10)
    _, four = select_gsr(items, negatives=4, seed=1)
    assert len(four) == 4 and four == select_gsr(items, negatives=4, seed=1)[1]


def test_score_gsr_on_invented_predictions() -> None:
    items = [
        item("visit", "CONSULT", "visit", ("FRA", "DEU"), in_scope=True),
        item("call", "CONSULT", "phone", ("FRA", "ITA"), in_scope=True),  # predicted as a meeting
        item("sign", "SUPPORT", countries=("ESP", "PRT"), in_scope=True),  # predicted AGREE + SUPPORT
        item("aid", "AGREE"),  # missed
        item("bomb", "ASSAULT"),  # correctly silent
        item("walkout", "PROTEST"),  # a false positive
    ]
    preds = {
        "visit": [PredEvent("visit", "CONSULT", "visit", ("DEU", "FRA"), 0.9)],
        "call": [PredEvent("meeting", "CONSULT", None, ("FRA",), 0.8)],
        "sign": [PredEvent("agreement", "AGREE", None, ("ESP", "PRT"), 0.95),
                 PredEvent("agreement", "SUPPORT", None, ("ESP",), 0.7)],
        "walkout": [PredEvent("meeting", "CONSULT", None, (), 0.8)],
    }
    s = score_gsr(items, preds)
    d = s.to_dict()
    assert d["detection_recall"]["all"] == {"correct": 3, "total": 4, "accuracy": 0.75}
    assert d["detection_recall"]["in_scope"]["accuracy"] == 1.0
    assert d["detection_prf"]["tp"] == 3 and d["detection_prf"]["fp"] == 1
    assert (s.type_any.correct, s.type_any.total) == (3, 3)
    assert (s.type_top.correct, s.type_top.total) == (2, 3)  # "sign": top is AGREE
    assert (s.mode.correct, s.mode.total) == (1, 2)
    assert (s.country_codes.correct, s.country_codes.total) == (5, 6)  # ITA missing
    assert (s.country_sentences.correct, s.country_sentences.total) == (2, 3)
    assert d["false_positive_rate"]["all"] == {"false_positives": 1, "negatives": 2, "rate": 0.5}
    assert d["confusion_top_type"]["SUPPORT"] == {"AGREE": 1}
    assert d["confusion_top_type"]["ASSAULT"] == {"none": 1}
    kinds = {(e["id"], e["error"]) for e in s.errors}
    assert kinds == {("call", "wrong mode"), ("call", "missing countries"), ("aid", "missed"),
                     ("walkout", "false positive")}


def test_pred_events_reads_a_record() -> None:
    event = Event(id="e1", kind="call", type="CONSULT", mode="phone", countries=["FRA", "DEU"],
                  status="occurred", trigger=Trigger(text="spoke", start=10, end=15),
                  sentence=(0, 40), confidence=0.9)
    (p,) = pred_events(Record(id="r", events=[event]))
    assert p == PredEvent("call", "CONSULT", "phone", ("FRA", "DEU"), 0.9, (10, 15), (0, 40))


# --- WikiEvents --------------------------------------------------------------------------------

SENTS = [[["Ministers", 0, 9], ["met", 10, 13], ["in", 14, 16], ["Strelsau", 17, 25], [".", 25, 26]],
         [["Then", 29, 33], ["they", 34, 38], ["left", 39, 43], [".", 43, 44]]]


def test_rebuild_text_keeps_offsets() -> None:
    text, tokens, sents = rebuild_text(SENTS)
    assert text == "Ministers met in Strelsau.\n\n\nThen they left."
    assert all(text[a:b] == tok for s in SENTS for tok, a, b in s)
    assert tokens[1] == (10, 13) and sents == [(0, 26), (29, 44)]
    with pytest.raises(InputError):
        rebuild_text([[["met", 0, 3], ["up", 2, 4]]])


def test_wiki_doc_places_triggers() -> None:
    doc = wiki_doc({"doc_id": "d", "sentences": [[s, ""] for s in SENTS], "event_mentions": [
        {"id": "E1", "event_type": "Contact.Contact.Meet",
         "trigger": {"start": 1, "end": 2, "text": "met", "sent_idx": 0}},
        {"id": "E2", "event_type": "Movement.Transportation.Unspecified",
         "trigger": {"start": 7, "end": 8, "text": "left", "sent_idx": 1}}]}, "dev")
    assert [(e.trigger, e.sentence) for e in doc.events] == [((10, 13), (0, 26)), ((39, 43), (29, 44))]
    with pytest.raises(InputError, match="does not match"):
        wiki_doc({"doc_id": "d", "sentences": [[s, ""] for s in SENTS], "event_mentions": [
            {"id": "E1", "event_type": "X", "trigger": {"start": 0, "end": 1, "text": "met",
                                                        "sent_idx": 0}}]}, "dev")


def test_score_wikievents_recall_and_precision() -> None:
    doc = WikiDoc("d", "dev", "", ((0, 50), (51, 100), (101, 150)), (
        WikiEvent("E1", "Contact.Contact.Meet", (10, 13), (0, 50)),
        WikiEvent("E2", "Contact.Contact.Correspondence", (60, 65), (51, 100)),
        WikiEvent("E3", "Movement.Transportation.Unspecified", (110, 116), (101, 150)),
    ))
    preds = {"d": [
        PredEvent("meeting", "CONSULT", trigger=(20, 27), sentence=(0, 50)),  # same sentence as E1
        PredEvent("visit", "CONSULT", "visit", trigger=(110, 116), sentence=(101, 150)),  # E3
        PredEvent("agreement", "SUPPORT", trigger=(70, 75), sentence=(51, 100)),  # kind not scored
    ]}
    s = score_wikievents([doc], preds)
    assert (s.recall["Contact.Contact.Meet"].correct, s.recall["Contact.Contact.Correspondence"].correct) == (1, 0)
    assert (s.precision.tp, s.precision.fp) == (2, 0)
    strict = score_wikievents([doc], preds, how="trigger")
    assert strict.recall["Contact.Contact.Meet"].correct == 0 and strict.precision.tp == 1
    assert [e["gold_event"] for e in s.errors] == ["E2"]
    none = score_wikievents([doc], preds, precision_docs=frozenset())
    assert none.precision.tp + none.precision.fp == 0


# --- the shared files ---------------------------------------------------------------------------

def test_gsr_file_parses(shared_data: Path) -> None:
    items = load_gsr(shared_data / "plover_gsr" / "PLOVER_GSR_CAMEO.txt")
    assert len(items) == 322 and len({i.id for i in items}) == 322
    assert {i.type for i in items} <= PLOVER_TYPES
    pos, neg = select_gsr(items)
    assert (len(pos), len(neg)) == (67, 255)
    assert sum(i.type == "CONSULT" and i.mode is not None for i in pos) == 10
    assert all(len(c) == 3 for i in items for c in i.countries)


def test_wikievents_files_parse(shared_data: Path) -> None:
    docs = load_wikievents(shared_data / "wikievents_kairos")  # checks every trigger's text
    assert len(docs) == 40 and {d.split for d in docs} == {"dev", "test"}
    meets = [e for d in docs for e in d.events if e.type == "Contact.Contact.Meet"]
    assert len(meets) == 14
    for doc in docs:
        assert all(s[0] <= e.trigger[0] < e.trigger[1] <= s[1] for e in doc.events for s in [e.sentence])
