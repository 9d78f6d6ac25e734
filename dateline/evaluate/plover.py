"""Event coding against public gold: the PLOVER GSR sentences and WikiEvents Contact.* events.

The data is read at run time from ``../shared/data`` (nothing of it is stored in the repo):

- ``plover_gsr/PLOVER_GSR_CAMEO.txt`` (a JSON array): 322 sentences, one event each, coded
  with PLOVER 0.5b1. Labels are mapped to the current 16 types (``LABEL_MAP``); the old
  CONSULT mode ``host`` (CAMEO 043, "host a visit") is the current ``visit``.
- ``wikievents_kairos/{dev,test}.jsonl``: tokenised news documents. The text is rebuilt by
  placing every token at its recorded character offset (``rebuild_text``), so the gold
  offsets index the rebuilt text unchanged.

Scoring functions take plain predictions (``PredEvent``), not records, so they can be tested
on hand-made cases; ``pred_events`` turns a ``Record`` into them.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pycountry

from dateline.errors import InputError
from dateline.evaluate.scores import PRF, Accuracy
from dateline.record import Record, Span

__all__ = [
    "ENGAGEMENT_TYPES", "LABEL_MAP", "GsrItem", "GsrScores", "PredEvent", "WikiDoc", "WikiEvent",
    "WikiScores", "load_gsr", "load_wikievents", "pred_events", "rebuild_text", "score_gsr",
    "score_wikievents", "select_gsr",
]

ENGAGEMENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE")
PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                          "MOBILIZE", "COERCE", "ASSAULT"})
# PLOVER 0.5b1 -> current (CAMEO2PLOVER-2021: 09 Investigate and 11 Disapprove -> ACCUSE,
# 10 Demand -> REQUEST, 19 Fight -> ASSAULT).
LABEL_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
CONSULT_MODES = frozenset({"visit", "third-party", "multilateral", "phone"})
MODE_MAP = {"host": "visit"}
# Non-ISO codes in the GSR that plainly mean a state (the readme promises ISO-3166 alpha-3).
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# Gold event text naming an engagement Dateline is built for (meetings, visits, calls,
# mediation, talks, signed documents): the "in scope" subset of the positives.
_SCOPE = re.compile(r"\b(meet\w*|visit\w*|host\w*|telephon\w*|phone\w*|mediat\w*|negotiat\w*|"
                    r"talks|signed|treaty|agreement|pact|free-trade|welcome|arrived|return to)\b", re.I)
WIKI_PRED_KINDS = frozenset({"meeting", "call", "visit", "multilateral"})


def _iso3(code: str | None) -> str | None:
    code = CODE_FIXES.get(code or "", code)
    return code if code and pycountry.countries.get(alpha_3=code) else None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc


# --- PLOVER GSR -------------------------------------------------------------------------------

@dataclass(frozen=True)
class GsrItem:
    """One GSR sentence: its gold event mapped to current PLOVER."""

    id: str
    type: str
    label: str  # the 0.5b1 label as written
    mode: str | None  # a current CONSULT mode, else None
    text: str
    published: str
    countries: tuple[str, ...]  # ISO-3 of the source and target actors
    non_state: int = 0  # actors coded IGO/NGO/... (not scored for countries)
    in_scope: bool = False  # a positive whose gold event text names an engagement


def _actors(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def gsr_item(raw: Mapping[str, Any]) -> GsrItem:
    """Map one raw GSR record (a dict from the JSON array)."""
    label = str(raw["event"])
    ptype = LABEL_MAP.get(label, label)
    mode = MODE_MAP.get(raw.get("mode") or "", raw.get("mode") or None)
    codes = [a.get("code") for a in _actors(raw.get("source")) + _actors(raw.get("target"))]
    iso = [c for c in map(_iso3, codes) if c]
    return GsrItem(
        id=str(raw["id"]), type=ptype, label=label,
        mode=mode if ptype == "CONSULT" and mode in CONSULT_MODES else None,
        text=str(raw["text"]), published=str(raw.get("date") or "2000-01-01"),
        countries=tuple(dict.fromkeys(iso)), non_state=len(codes) - len(iso),
        in_scope=ptype in ENGAGEMENT_TYPES and (
            ptype == "CONSULT" or bool(_SCOPE.search(str(raw.get("eventText", ""))))),
    )


def load_gsr(path: Path) -> list[GsrItem]:
    """The coded sentences of ``PLOVER_GSR_CAMEO.txt`` (the DOCUMENT header is skipped; a
    repeated id gets ``#2``)."""
    data = _read_json(path)
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON array")
    items: list[GsrItem] = []
    seen: Counter[str] = Counter()
    for record in data:
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue
        item = gsr_item(record)
        seen[item.id] += 1
        if seen[item.id] > 1:  # the file repeats one id (COERCE-0004) for two sentences
            item = replace(item, id=f"{item.id}#{seen[item.id]}")
        items.append(item)
    unknown = {i.type for i in items} - PLOVER_TYPES
    if unknown:
        raise InputError(f"{path}: unmapped PLOVER labels {sorted(unknown)}")
    return items


def select_gsr(items: Sequence[GsrItem], negatives: int | None = None,
               seed: int = 13) -> tuple[list[GsrItem], list[GsrItem]]:
    """Positives (gold type in ENGAGEMENT_TYPES) and negatives: all others, or a seeded sample."""
    pos = [i for i in items if i.type in ENGAGEMENT_TYPES]
    neg = [i for i in items if i.type not in ENGAGEMENT_TYPES]
    if negatives is not None and negatives < len(neg):
        neg = sorted(random.Random(seed).sample(neg, negatives), key=lambda i: i.id)
    return pos, neg


@dataclass(frozen=True)
class PredEvent:
    """What scoring needs of a predicted event."""

    kind: str
    type: str
    mode: str | None = None
    countries: tuple[str, ...] = ()
    confidence: float = 1.0
    trigger: Span = (0, 0)
    sentence: Span = (0, 0)


def pred_events(record: Record) -> list[PredEvent]:
    return [PredEvent(e.kind, e.type, e.mode, tuple(e.countries), e.confidence,
                      (e.trigger.start, e.trigger.end), e.sentence) for e in record.events]


def _top(preds: Sequence[PredEvent]) -> PredEvent | None:
    return max(preds, key=lambda p: p.confidence) if preds else None


@dataclass
class GsrScores:
    detection: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    detection_prf: PRF = field(default_factory=PRF)
    in_scope: Accuracy = field(default_factory=Accuracy)
    type_any: Accuracy = field(default_factory=Accuracy)
    type_top: Accuracy = field(default_factory=Accuracy)
    mode: Accuracy = field(default_factory=Accuracy)  # gold CONSULT with a mode, CONSULT predicted
    mode_end_to_end: Accuracy = field(default_factory=Accuracy)  # every gold CONSULT with a mode
    country_codes: Accuracy = field(default_factory=Accuracy)
    country_sentences: Accuracy = field(default_factory=Accuracy)
    false_positives: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def false_positive_rate(self) -> Accuracy:
        total = Accuracy()
        for acc in self.false_positives.values():
            total.correct += acc.correct
            total.total += acc.total
        return total

    @property
    def detection_all(self) -> Accuracy:
        total = Accuracy()
        for acc in self.detection.values():
            total.correct += acc.correct
            total.total += acc.total
        return total

    def to_dict(self) -> dict[str, Any]:
        fp = self.false_positive_rate
        return {
            "detection_recall": {"all": self.detection_all.to_dict(),
                                 "in_scope": self.in_scope.to_dict(),
                                 **{t: self.detection[t].to_dict() for t in sorted(self.detection)}},
            "detection_prf": self.detection_prf.to_dict(),
            "type_accuracy_any": self.type_any.to_dict(),
            "type_accuracy_top": self.type_top.to_dict(),
            "consult_mode_accuracy": self.mode.to_dict(),
            "consult_mode_end_to_end": self.mode_end_to_end.to_dict(),
            "country_recall_codes": self.country_codes.to_dict(),
            "country_all_included": self.country_sentences.to_dict(),
            "false_positive_rate": {"all": {"false_positives": fp.correct, "negatives": fp.total,
                                            "rate": round(fp.accuracy, 4)},
                                    **{t: {"false_positives": a.correct, "negatives": a.total}
                                       for t, a in sorted(self.false_positives.items())}},
            "confusion_top_type": {g: dict(sorted(c.items())) for g, c in sorted(self.confusion.items())},
            "errors": self.errors,
        }


def _brief(preds: Iterable[PredEvent]) -> list[dict[str, Any]]:
    return [{"kind": p.kind, "type": p.type, "mode": p.mode, "countries": list(p.countries)}
            for p in preds]


def score_gsr(items: Iterable[GsrItem], predictions: Mapping[str, Sequence[PredEvent]]) -> GsrScores:
    """Detection, type, mode, country and false-positive scores; one error entry per problem."""
    s = GsrScores()
    for item in items:
        preds = list(predictions.get(item.id, ()))
        engaged = [p for p in preds if p.type in ENGAGEMENT_TYPES]
        top = _top(preds)
        s.confusion[item.type][top.type if top else "none"] += 1
        gold = {"id": item.id, "gold": item.type, "gold_mode": item.mode, "in_scope": item.in_scope,
                "predicted": _brief(preds)}
        if item.type not in ENGAGEMENT_TYPES:
            s.false_positives[item.type].add(bool(engaged))
            s.detection_prf.fp += bool(engaged)
            if engaged:
                s.errors.append({**gold, "error": "false positive"})
            continue
        s.detection[item.type].add(bool(engaged))
        if item.in_scope:
            s.in_scope.add(bool(engaged))
        if engaged:
            s.detection_prf.tp += 1
        else:
            s.detection_prf.fn += 1
            s.errors.append({**gold, "error": "missed"})
        if preds:
            assert top is not None
            s.type_any.add(item.type in {p.type for p in preds})
            s.type_top.add(top.type == item.type)
            if item.type not in {p.type for p in preds}:
                s.errors.append({**gold, "error": "wrong type"})
        if item.type == "CONSULT" and item.mode:
            consults = [p for p in preds if p.type == "CONSULT"]
            ok = item.mode in {p.mode for p in consults}
            s.mode_end_to_end.add(ok)
            if consults:
                s.mode.add(ok)
                if not ok:
                    s.errors.append({**gold, "error": "wrong mode"})
        if engaged and item.countries:
            found = {c for p in engaged for c in p.countries}
            missing = [c for c in item.countries if c not in found]
            for code in item.countries:
                s.country_codes.add(code in found)
            s.country_sentences.add(not missing)
            if missing:
                s.errors.append({**gold, "error": "missing countries", "gold_countries":
                                 list(item.countries), "missing": missing})
    return s


# --- WikiEvents --------------------------------------------------------------------------------

@dataclass(frozen=True)
class WikiEvent:
    id: str
    type: str  # e.g. Contact.Contact.Meet
    trigger: Span  # character offsets into WikiDoc.text
    sentence: Span


@dataclass(frozen=True)
class WikiDoc:
    id: str
    split: str
    text: str
    sentences: tuple[Span, ...]
    events: tuple[WikiEvent, ...]


def rebuild_text(sentences: Sequence[Sequence[Sequence[Any]]]) -> tuple[str, list[Span], list[Span]]:
    """Text with every token at its recorded offset; gaps become spaces, or newlines between
    sentences that were more than one character apart. Returns text, token spans, sentence spans."""
    chars: list[str] = []
    tokens: list[Span] = []
    sents: list[Span] = []
    for s_idx, sent in enumerate(sentences):
        for t_idx, (tok, start, end) in enumerate(sent):
            if start < len(chars) or end - start != len(tok):
                raise InputError(f"token {tok!r} at {start}-{end} overlaps or does not fit")
            gap = start - len(chars)
            newline = t_idx == 0 and s_idx > 0 and gap > 1
            chars.extend("\n" * gap if newline else " " * gap)
            chars.extend(tok)
            tokens.append((start, end))
        if sent:
            sents.append((sent[0][1], sent[-1][2]))
    return "".join(chars), tokens, sents


def wiki_doc(raw: Mapping[str, Any], split: str) -> WikiDoc:
    sentences = [s[0] for s in raw["sentences"]]
    text, tokens, sents = rebuild_text(sentences)
    events = []
    for e in raw["event_mentions"]:
        trig = e["trigger"]
        span = (tokens[trig["start"]][0], tokens[trig["end"] - 1][1])
        if text[span[0]:span[1]] != trig["text"]:
            raise InputError(f"{raw['doc_id']}: trigger {e['id']} does not match the text")
        events.append(WikiEvent(e["id"], e["event_type"], span, sents[trig["sent_idx"]]))
    return WikiDoc(str(raw["doc_id"]), split, text, tuple(sents), tuple(events))


def load_wikievents(folder: Path, splits: Sequence[str] = ("dev", "test")) -> list[WikiDoc]:
    docs: list[WikiDoc] = []
    for split in splits:
        path = folder / f"{split}.jsonl"
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc}") from exc
        docs.extend(wiki_doc(json.loads(line), split) for line in lines if line.strip())
    return docs


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def wiki_match(pred: PredEvent, gold: WikiEvent, how: str = "sentence") -> bool:
    """``sentence``: the predicted trigger or sentence overlaps the gold trigger's sentence;
    ``trigger``: the predicted trigger overlaps the gold trigger."""
    if how == "trigger":
        return _overlaps(pred.trigger, gold.trigger)
    return _overlaps(pred.trigger, gold.sentence) or _overlaps(pred.sentence, gold.sentence)


@dataclass
class WikiScores:
    recall: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    precision: PRF = field(default_factory=PRF)  # only tp/fp are meaningful
    predicted_kinds: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        p = self.precision
        return {"recall_by_subtype": {t: a.to_dict() for t, a in sorted(self.recall.items())},
                "precision": {"correct": p.tp, "predicted": p.tp + p.fp,
                              "precision": round(p.precision, 4)},
                "predicted_kinds": dict(sorted(self.predicted_kinds.items())),
                "errors": self.errors}


def score_wikievents(docs: Iterable[WikiDoc], predictions: Mapping[str, Sequence[PredEvent]],
                     *, how: str = "sentence", kinds: frozenset[str] = WIKI_PRED_KINDS,
                     precision_docs: frozenset[str] | None = None) -> WikiScores:
    """Recall of every gold Contact.* event by Dateline meeting/call/visit/multilateral events,
    and their precision against gold Contact.* and Movement.* events (in ``precision_docs``,
    default all docs)."""
    s = WikiScores()
    for doc in docs:
        preds = list(predictions.get(doc.id, ()))
        s.predicted_kinds.update(p.kind for p in preds)
        engaged = [p for p in preds if p.kind in kinds]
        for gold in doc.events:
            if not gold.type.startswith("Contact."):
                continue
            hit = any(wiki_match(p, gold, how) for p in engaged)
            s.recall[gold.type].add(hit)
            if not hit and gold.type.split(".")[2] in {"Meet", "Correspondence"}:
                s.errors.append({"doc": doc.id, "gold_event": gold.id, "gold": gold.type,
                                 "trigger": list(gold.trigger), "error": "missed",
                                 "predicted_in_doc": sorted({p.kind for p in preds})})
        if precision_docs is not None and doc.id not in precision_docs:
            continue
        contact = [g for g in doc.events if g.type.startswith(("Contact.", "Movement."))]
        for p in engaged:
            matched = [g.type for g in contact if wiki_match(p, g, how)]
            if matched:
                s.precision.tp += 1
            else:
                s.precision.fp += 1
                s.errors.append({"doc": doc.id, "predicted": p.kind, "type": p.type,
                                 "trigger": list(p.trigger), "error": "no gold Contact/Movement"})
    return s
