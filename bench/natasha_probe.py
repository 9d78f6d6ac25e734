"""What the Natasha stack gets right and wrong on Russian agency copy (written probe sentences).

    .venv/bin/python bench/natasha_probe.py

Runs Natasha's segmenter, news morphology, syntax and NER taggers and its NamesExtractor over the
sentences of ``bench/data/natasha_probe.yaml`` (wire-style sentences written for this probe,
fictional events, real offices) and counts against what a reader expects there:

* NER spans by type (PER, ORG, LOC): exact-span precision and recall;
* names in oblique cases ("с Камраном Алиевым") normalised to the nominative, by ``span.normalize``
  (Natasha's morph-based normaliser) and by the NamesExtractor's first/last fact;
* the tense the morphology tagger gives the event verb (past / future / present), and pymorphy3's
  first analysis of the same word out of context;
* title words taken into a PER span (a title is never part of a name).

Prints a table and the misses; writes bench/results/natasha_probe.json.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import benchlib as B
import yaml

CASES = Path(__file__).resolve().parent / "data" / "natasha_probe.yaml"
_TITLE_WORDS = {"президент", "министр", "посол", "председатель", "прокурор", "премьер", "глава"}


def _tense(feats: dict[str, str]) -> str | None:
    if feats.get("Tense") == "Past":
        return "past"
    if feats.get("Tense") == "Fut":
        return "future"
    if feats.get("Tense") == "Pres":
        return "present"
    return None


def _score(found: set[str], gold: set[str]) -> tuple[int, int, int]:
    return len(found & gold), len(found - gold), len(gold - found)


def main() -> None:
    import pymorphy3
    from natasha import (
        Doc,
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    start = time.perf_counter()
    segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    names = NamesExtractor(vocab)
    analyzer = pymorphy3.MorphAnalyzer()
    load = time.perf_counter() - start
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC")}
    normal_ok = fact_ok = names_total = tense_ok = pymorphy_ok = tense_total = title_in_per = 0
    misses: list[str] = []
    parse_seconds = 0.0
    for case in cases:
        text = case["text"]
        t0 = time.perf_counter()
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        parse_seconds += time.perf_counter() - t0
        gold = {"PER": set(case.get("per") or {}), "ORG": set(case.get("org") or []),
                "LOC": set(case.get("loc") or [])}
        for kind in counts:
            found = {s.text for s in doc.spans if s.type == kind}
            hit, extra, missed = _score(found, gold[kind])
            for i, n in enumerate((hit, extra, missed)):
                counts[kind][i] += n
            misses += [f"{kind} extra: {x!r} in {text[:50]}..." for x in sorted(found - gold[kind])]
            misses += [f"{kind} missed: {x!r} in {text[:50]}..." for x in sorted(gold[kind] - found)]
        for span in doc.spans:
            if span.type == "PER" and span.text.split()[0].lower().split("-")[0] in _TITLE_WORDS:
                title_in_per += 1
        for surface, nominative in (case.get("per") or {}).items():
            names_total += 1
            span = next((s for s in doc.spans if s.type == "PER" and s.text == surface), None)
            if span is None:
                continue
            span.normalize(vocab)
            span.extract_fact(names)
            fact = span.fact.as_dict if span.fact else {}
            got_fact = " ".join(x for x in (fact.get("first"), fact.get("last")) if x)
            normal_ok += span.normal == nominative
            fact_ok += got_fact == nominative
            if span.normal != nominative:
                misses.append(f"normal: {surface!r} -> {span.normal!r} (want {nominative!r})")
            if got_fact != nominative:
                misses.append(f"names fact: {surface!r} -> {got_fact!r} (want {nominative!r})")
        for word, tense in (case.get("verb") or {}).items():
            tense_total += 1
            token = next((t for t in doc.tokens if t.text == word), None)
            got = _tense(token.feats) if token is not None else None
            tense_ok += got == tense
            if got != tense:
                misses.append(f"tense: {word!r} -> {got} (want {tense})")
            tag = analyzer.parse(word)[0].tag
            first = {"past": "past", "futr": "future", "pres": "present"}.get(str(tag.tense))
            pymorphy_ok += first == tense
    rows: list[list[Any]] = []
    result: dict[str, Any] = {"sentences": len(cases), "load_seconds": round(load, 2),
                              "parse_ms_per_sentence": round(1000 * parse_seconds / len(cases), 1)}
    for kind, (hit, extra, missed) in counts.items():
        p = hit / (hit + extra) if hit + extra else 0.0
        r = hit / (hit + missed) if hit + missed else 0.0
        rows.append([f"NER {kind}", hit, extra, missed, f"{p:.2f}", f"{r:.2f}"])
        result[f"ner_{kind.lower()}"] = {"hit": hit, "extra": extra, "missed": missed,
                                         "precision": round(p, 3), "recall": round(r, 3)}
    result.update(names=names_total, normal_right=normal_ok, names_fact_right=fact_ok,
                  verbs=tense_total, tagger_tense_right=tense_ok, pymorphy_first_tense_right=pymorphy_ok,
                  title_in_per=title_in_per, misses=misses, machine=B.machine())
    print(B.table(["measure", "hit", "extra", "missed", "P", "R"], rows))
    print(f"names to nominative: span.normalize {normal_ok}/{names_total}, "
          f"NamesExtractor first+last {fact_ok}/{names_total}")
    print(f"event verb tense: tagger {tense_ok}/{tense_total}, pymorphy3 first parse {pymorphy_ok}/{tense_total}")
    print(f"title words inside PER spans: {title_in_per}; load {load:.1f} s; "
          f"{result['parse_ms_per_sentence']} ms per sentence")
    print("\n".join(misses))
    B.write_results("natasha_probe", result)


if __name__ == "__main__":
    main()
