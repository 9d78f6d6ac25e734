"""Event cues from ``cues.yaml``: find trigger words and their kind in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from dateline.lexicons.loader import load_lexicon

__all__ = ["Cue", "Cues", "cues", "find_triggers", "igo_meeting"]

KINDS = ("visit", "meeting", "multilateral", "call", "agreement", "gathering", "invitation")


@dataclass(frozen=True)
class Cues:
    verbs: dict[str, str]  # lemma -> kind (first kind wins)
    nouns: dict[str, set[str]]  # lemma -> kinds
    phrases: list[tuple[re.Pattern[str], str]]
    multi_modifiers: frozenset[str]
    call_modifiers: frozenset[str]
    require_object: frozenset[str]
    name_required: frozenset[str]
    planned: tuple[str, ...]
    negation: frozenset[str]
    hypothetical: frozenset[str]
    cancelling: frozenset[str] = frozenset()
    requesting: frozenset[str] = frozenset()
    non_visitors: frozenset[str] = frozenset()
    span_ends: dict[str, frozenset[str]] | None = None
    travel: frozenset[str] = frozenset()
    call_via: tuple[re.Pattern[str], ...] = ()
    chaired: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cue:
    kind: str
    token: Token
    via: str  # verb | noun | phrase


@cache
def cues() -> Cues:
    lex = load_lexicon("cues.yaml", "dateline.extract.events")
    verbs: dict[str, str] = {}
    nouns: dict[str, set[str]] = {}
    phrases = []
    for kind in KINDS:
        entry = lex[kind]
        for lemma in entry.get("verbs", []):
            verbs.setdefault(lemma, kind)
        for lemma in entry.get("nouns", []):
            nouns.setdefault(lemma.lower(), set()).add(kind)
        for phrase in entry.get("phrases", []):
            phrases.append((re.compile(rf"\b{re.escape(phrase)}\b", re.I), kind))
    return Cues(
        verbs=verbs, nouns=nouns, phrases=phrases,
        multi_modifiers=frozenset(m.replace(" ", "") for m in lex["multilateral"]["modifiers"]),
        call_modifiers=frozenset(lex["call"]["modifiers"]),
        require_object=frozenset(lex["meeting"].get("require_object", [])),
        name_required=frozenset(lex["gathering"].get("name_required", [])),
        planned=tuple(lex["planned_cues"]),
        negation=frozenset(lex["negation"]),
        hypothetical=frozenset(lex["hypothetical"]),
        cancelling=frozenset(lex.get("cancelling", [])),
        requesting=frozenset(lex.get("requesting", [])),
        non_visitors=frozenset(lex.get("non_visitors", [])),
        span_ends={key: frozenset(words) for key, words in lex.get("span_ends", {}).items()},
        travel=frozenset(lex["visit"].get("travel", [])),
        chaired=frozenset(lex["meeting"].get("chaired", [])),
        call_via=tuple(re.compile(rf"\b{re.escape(p)}\b", re.I) for p in lex["call"].get("via", [])),
    )


def _compound_text(tok: Token) -> str:
    """Modifier words of a noun, hyphen-joined tokens folded ('five-sided')."""
    words = []
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod", "nummod", "poss"} and child.i < tok.i:
            sub = tok.doc[child.left_edge.i:child.i + 1].text.replace(" ", "").lower()
            words.append(sub)
    return " ".join(words)


_BODIES = {"council", "committee", "ministers", "heads", "leaders", "chiefs", "secretaries", "speakers",
           "prosecutors", "commission", "board", "conference"}


def _igo_body(tok: Token) -> bool:
    """'meeting of the OSCE Ministerial Council', 'meeting of ASEAN foreign ministers'."""
    from dateline.extract.places import lookup_org

    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.lower_ not in _BODIES:
                continue
            words = [t for t in pobj.subtree if t.i < pobj.i or t.head.i == pobj.i]
            if any(t.ent_type_ in {"GPE", "NORP"} for t in words):
                return False  # "the EU-Vietnam Trade Committee": a bilateral body
            if any(t.text[:1].isupper() and lookup_org(t.text) is not None for t in words):
                return True
    return False


def _igo_named(tok: Token) -> bool:
    from dateline.extract.places import lookup_org

    words = [t for t in tok.subtree if t.i < tok.i]
    return not any(t.ent_type_ in {"GPE", "NORP"} for t in words) and any(
        t.text[:1].isupper() and lookup_org(t.text) is not None for t in words)


_CALL_VERBS = {"speak", "talk", "discuss", "hold", "confer", "consult", "meet", "exchange", "agree", "converse",
               "chat", "review", "address", "have", "conduct"}  # not "told AFP by phone"


def igo_meeting(tok: Token) -> bool:
    """A meeting of an IGO body: 'the meeting of the OSCE Ministerial Council', 'the ASEAN ... Meeting'."""
    return _igo_body(tok) or (tok.text == "Meeting" and _igo_named(tok))


def noun_kind(tok: Token) -> str | None:
    """The kind a trigger noun denotes, using its modifiers ('trilateral meeting', 'phone call')."""
    c = cues()
    lemma = tok.lemma_.lower()
    kinds = c.nouns.get(lemma) or c.nouns.get(tok.lower_)
    if not kinds:
        return None
    mods = _compound_text(tok)
    for prep in tok.children:  # "meeting of the trilateral working group"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    mods += " " + _compound_text(pobj)
    if "call" in kinds or lemma in {"conversation", "talk", "talks", "meeting", "conference"}:
        if any(m in mods for m in c.call_modifiers) or lemma in {"videoconference", "teleconference"}:
            return "call"
        if "call" in kinds and lemma == "call":
            return "call" if any(m in mods for m in c.call_modifiers) else None
    if any(m.replace(" ", "") in mods.replace(" ", "") for m in c.multi_modifiers):
        if lemma in {"meeting", "talk", "talks", "consultation", "consultations", "format", "summit", "council"}:
            return "multilateral"
    if lemma == "meeting" and _igo_body(tok):
        return "multilateral"  # "the meeting of the CIS Council of Heads of Government"
    if tok.text == "Meeting" and _igo_named(tok):
        return "multilateral"  # "the ASEAN Defence Ministers' Meeting"
    for kind in ("visit", "agreement", "invitation", "meeting", "gathering"):
        if kind in kinds:
            if kind == "agreement" and lemma in {"statement", "plan", "program", "programme", "declaration"}:
                if not re.search(r"joint|cooperation|action|program|programme|road|declaration|memorandum",
                                 mods + " " + lemma):
                    continue
            return kind
    if "multilateral" in kinds:
        return None
    return None


def find_triggers(sent: Span) -> list[Cue]:
    """Trigger tokens of a sentence with their kind."""
    c = cues()
    found: list[Cue] = []
    for tok in sent:
        if tok.pos_ in {"VERB", "AUX"} or (tok.tag_.startswith("VB")):
            kind = c.verbs.get(tok.lemma_.lower())
            if kind:
                found.append(Cue(kind, tok, "verb"))
                continue
        if tok.pos_ in {"NOUN", "PROPN"}:
            kind = noun_kind(tok)
            if kind:
                found.append(Cue(kind, tok, "noun"))
    text = sent.text
    for pattern, kind in c.phrases:
        for match in pattern.finditer(text):
            start = sent.start_char + match.start()
            end = sent.start_char + match.end()
            toks = [t for t in sent if start <= t.idx < end]
            tok = next((t for t in toks if (t.pos_ in {"VERB", "AUX"} and c.verbs.get(t.lemma_.lower()) == kind)
                        or (t.pos_ in {"NOUN", "PROPN"} and kind in c.nouns.get(t.lemma_.lower(), set()))),
                       toks[0] if toks else None)
            if tok is not None and not any(f.token.i == tok.i and f.kind == kind for f in found):
                found.append(Cue(kind, tok, "phrase"))
    from dateline.extract.events.clause import governing_verb  # clause.py reads the cues

    for pattern in c.call_via:  # "spoke with each other by phone": the verb is the call
        for match in pattern.finditer(text):
            start = sent.start_char + match.start()
            prep = next((t for t in sent if t.idx == start), None)
            verb = governing_verb(prep.head) if prep is not None else None
            if verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _CALL_VERBS and not any(
                    f.kind == "call" and (f.token.i == verb.i or f.token.head.i == verb.i) for f in found):
                found.append(Cue("call", verb, "phrase"))
    return found
