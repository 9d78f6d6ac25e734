"""Score persons, officials, titles and countries against the hand-annotated VOA set.

The gold set (``evaluate/data/officials_gmb.jsonl``, rules in ``OFFICIALS_GUIDE.md``) holds
offsets and labels only; the sentences are read at run time from the shared GMB/VOA file,
and every line is checked against the sha1 recorded with its annotation.

Matching, per sentence: a predicted person actor and a gold person are candidates when a
predicted mention overlaps a gold name span, or when their normalised full names are equal.
Pairs are taken one-to-one, largest character overlap first. An *official* is a person with
a title (gold or predicted). Reported:

- persons P/R/F1 (titles ignored);
- officials P/R/F1: a true positive is a matched pair where both sides have a title;
- title accuracy over those pairs, strict and lenient (``official_titles``);
- country accuracy over those pairs where the gold country is not null, and the same over
  every matched person pair.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.evaluate.official_titles import TitleRules, title_rules
from dateline.record import Actor, Span

__all__ = [
    "AnnotatedSentence",
    "GoldPerson",
    "annotations_path",
    "load_officials_set",
    "score_officials",
]

SENTENCES_FILE = Path("data/news_raw_bench/gmb_voa_sentences.txt")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "sheik", "sheikh"})
_NON_WORD = re.compile(r"[^\w]+")


def annotations_path() -> Path:
    """The annotation file in a source checkout (it is not installed with the package)."""
    return Path(__file__).resolve().parents[2] / "evaluate" / "data" / "officials_gmb.jsonl"


@dataclass(frozen=True)
class GoldPerson:
    """One annotated person of a sentence (see ``OFFICIALS_GUIDE.md``)."""

    start: int
    end: int
    name: str
    title: str | None
    country: str | None
    mentions: tuple[Span, ...]
    qualifier: str | None = None
    alt_titles: tuple[str, ...] = ()

    @property
    def is_official(self) -> bool:
        return self.title is not None


@dataclass(frozen=True)
class AnnotatedSentence:
    """A sentence line of the shared VOA file with its gold persons."""

    line: int
    sha1: str
    text: str
    persons: tuple[GoldPerson, ...] = field(default_factory=tuple)


def load_officials_set(shared_dir: Path, *, annotations: Path | None = None,
                       ) -> list[AnnotatedSentence]:
    """Read the annotations and attach each sentence, as is, from ``shared_dir``.

    ``shared_dir`` is the shared checkout (``../shared``) holding ``data/news_raw_bench``.
    Raises :class:`InputError` if a file is missing, a span is out of range or a line's
    sha1 differs from the one recorded with its annotation.
    """
    annotations = annotations or annotations_path()
    source = Path(shared_dir) / SENTENCES_FILE
    try:
        lines = source.read_text(encoding="utf-8").split("\n")
        records = [json.loads(row) for row in
                   annotations.read_text(encoding="utf-8").splitlines() if row.strip()]
    except OSError as exc:
        raise InputError(f"cannot read the officials set: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{annotations} is not valid JSON Lines: {exc}") from exc
    return [_sentence(record, lines, annotations) for record in records]


def _sentence(record: dict[str, Any], lines: list[str], origin: Path) -> AnnotatedSentence:
    number = int(record["line"])
    if not 1 <= number <= len(lines):
        raise InputError(f"{origin}: line {number} is outside the sentence file")
    text = lines[number - 1]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    if digest != record["sha1"]:
        raise InputError(f"{origin}: line {number} has sha1 {digest}, "
                         f"annotated {record['sha1']}: the shared file changed")
    persons = []
    for p in record["persons"]:
        mentions = tuple((int(s), int(e)) for s, e in p.get("mentions", [[p["start"], p["end"]]]))
        if text[p["start"]:p["end"]] != p["name"] or any(
                not 0 <= s < e <= len(text) for s, e in mentions):
            raise InputError(f"{origin}: line {number}: span of {p['name']!r} does not match")
        persons.append(GoldPerson(
            start=p["start"], end=p["end"], name=p["name"], title=p.get("title"),
            country=p.get("country"), mentions=mentions, qualifier=p.get("qualifier"),
            alt_titles=tuple(p.get("alt_titles", ()))))
    return AnnotatedSentence(line=number, sha1=digest, text=text, persons=tuple(persons))


def normalise_name(name: str) -> str:
    """``"Mr. José Ramos-Horta"`` -> ``"jose ramos horta"``."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = _NON_WORD.sub(" ", text.replace("_", " ")).split()
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _overlap(gold: GoldPerson, actor: Actor) -> int:
    return sum(max(0, min(ge, pe) - max(gs, ps))
               for gs, ge in gold.mentions for ps, pe in actor.mentions)


def _match(gold: Sequence[GoldPerson], actors: Sequence[Actor]) -> list[tuple[int, int]]:
    """One-to-one (gold index, actor index) pairs, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for ai, a in enumerate(actors):
            score = _overlap(g, a)
            if score == 0 and normalise_name(g.name) and \
                    normalise_name(g.name) == normalise_name(a.name):
                score = 1
            if score:
                candidates.append((-score, gi, ai))
    pairs, used_g, used_a = [], set(), set()
    for _, gi, ai in sorted(candidates):
        if gi not in used_g and ai not in used_a:
            pairs.append((gi, ai))
            used_g.add(gi)
            used_a.add(ai)
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _acc(correct: int, total: int) -> dict[str, float | int]:
    return {"correct": correct, "total": total,
            "accuracy": round(correct / total, 4) if total else 0.0}


def _has_title(actor: Actor) -> bool:
    return bool(actor.title and actor.title.strip())


def _country(code: str | None) -> str | None:
    if code is None:
        return None
    return code.replace(".", "").strip().upper() or None


def _gold_view(g: GoldPerson) -> dict[str, Any]:
    return {"name": g.name, "span": [g.start, g.end], "title": g.title, "country": g.country}


def _pred_view(a: Actor) -> dict[str, Any]:
    return {"name": a.name, "mentions": [list(m) for m in a.mentions],
            "title": a.title, "country": a.country}


def score_officials(gold: Sequence[AnnotatedSentence],
                    predicted: Sequence[Sequence[Actor]]) -> dict[str, Any]:
    """Score predicted actors (one list per gold sentence, same order) against the gold set.

    Actors whose ``kind`` is not ``person`` are ignored. Returns the metrics described in
    the module docstring plus ``errors``: one entry per miss, false alarm or wrong label.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predictions")
    rules = title_rules()
    c = dict.fromkeys(["p_tp", "p_fp", "p_fn", "o_tp", "o_fp", "o_fn", "t_ok", "t_lenient",
                       "o_country_ok", "o_country_n", "p_country_ok", "p_country_n"], 0)
    errors: list[dict[str, Any]] = []
    for sentence, actors in zip(gold, predicted, strict=True):
        persons = [a for a in actors if a.kind == "person"]
        pairs = _match(sentence.persons, persons)
        matched_g = {gi for gi, _ in pairs}
        matched_a = {ai for _, ai in pairs}
        c["p_tp"] += len(pairs)
        for gi, g in enumerate(sentence.persons):
            if gi not in matched_g:
                c["p_fn"] += 1
                c["o_fn"] += g.is_official
                errors.append({"line": sentence.line, "error": "missed person",
                               "gold": _gold_view(g), "predicted": None})
        for ai, a in enumerate(persons):
            if ai not in matched_a:
                c["p_fp"] += 1
                c["o_fp"] += _has_title(a)
                errors.append({"line": sentence.line, "error": "spurious person",
                               "gold": None, "predicted": _pred_view(a)})
        for gi, ai in pairs:
            g, a = sentence.persons[gi], persons[ai]
            issues = _pair_issues(g, a, rules, c)
            if issues:
                errors.append({"line": sentence.line, "error": ", ".join(issues),
                               "gold": _gold_view(g), "predicted": _pred_view(a)})
    return {
        "sentences": len(gold),
        "gold_persons": c["p_tp"] + c["p_fn"],
        "gold_officials": c["o_tp"] + c["o_fn"],
        "persons": _prf(c["p_tp"], c["p_fp"], c["p_fn"]),
        "officials": _prf(c["o_tp"], c["o_fp"], c["o_fn"]),
        "title_accuracy": _acc(c["t_ok"], c["o_tp"]),
        "title_accuracy_lenient": _acc(c["t_lenient"], c["o_tp"]),
        "country_accuracy": _acc(c["o_country_ok"], c["o_country_n"]),
        "country_accuracy_persons": _acc(c["p_country_ok"], c["p_country_n"]),
        "errors": errors,
    }


def _pair_issues(g: GoldPerson, a: Actor, rules: TitleRules, c: dict[str, int]) -> list[str]:
    """Count one matched pair into ``c``; return what is wrong with it."""
    issues = []
    both_official = g.is_official and _has_title(a)
    if both_official:
        c["o_tp"] += 1
        titles = (g.title, *g.alt_titles)
        if any(rules.same(t, a.title) for t in titles):
            c["t_ok"] += 1
            c["t_lenient"] += 1
        else:
            c["t_lenient"] += any(rules.similar(t, a.title) for t in titles)
            issues.append("wrong title")
    elif g.is_official:
        c["o_fn"] += 1
        issues.append("title missed")
    elif _has_title(a):
        c["o_fp"] += 1
        issues.append("spurious title")
    if g.country is not None:
        right = _country(a.country) == _country(g.country)
        c["p_country_n"] += 1
        c["p_country_ok"] += right
        if both_official:
            c["o_country_n"] += 1
            c["o_country_ok"] += right
        if not right:
            issues.append("wrong country" if a.country else "country missed")
    return issues
