"""Event cues from ``dateline/lexicons/event_cues.yaml``: trigger words and their kind in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Literal

from spacy.attrs import POS, TAG
from spacy.tokens import Span, Token

from dateline.extract import syntax
from dateline.extract.events.act_cues import (
    agreed_terms,
    called_official,
    called_on_official,
    relations_agreed,
    signed_documents,
    talked_with_official,
)
from dateline.extract.events.bilateral_bodies import named_pair
from dateline.extract.events.gathering_sittings import (
    body_sitting,
    group_sitting,
    regional_sitting,
    sitting_of_gathering,
)
from dateline.extract.events.joint_texts import issued_together
from dateline.extract.events.numbered_sessions import numbered_gathering
from dateline.extract.events.presence import presence, presence_positions
from dateline.extract.events.sides_talked import said_inside, sides_talked, told_official
from dateline.extract.events.talk_formats import (
    bilateral_summit,
    held_dialogue,
    named_sides,
    remote_format,
)
from dateline.extract.events.words import alternation, span_may_hold, word_list, word_set
from dateline.extract.places import lookup_org
from dateline.extract.syntax import doc_ents, doc_text, entity_at, governing_verb, of_objects
from dateline.lexicons.loader import load_lexicon
from dateline.record import EventKind

__all__ = ["Cue", "Cues", "body_holds_its", "body_session", "cues", "referred_sitting", "find_triggers", "igo_meeting"]

KINDS: tuple[EventKind, ...] = ("visit", "meeting", "multilateral", "call", "agreement", "gathering", "invitation")


@dataclass(frozen=True)
class Cues:
    verbs: dict[str, EventKind]  # lemma -> kind (first kind wins)
    nouns: dict[str, set[EventKind]]  # lemma -> kinds
    phrases: list[tuple[re.Pattern[str], EventKind]]
    multi_modifiers: frozenset[str]
    hosting: frozenset[str]
    call_modifiers: frozenset[str]
    require_object: frozenset[str]
    name_required: frozenset[str]
    planned: tuple[str, ...]
    negation: frozenset[str]
    hypothetical: frozenset[str]
    cancelling: frozenset[str] = frozenset()
    requesting: frozenset[str] = frozenset()
    non_visitors: frozenset[str] = frozenset()
    span_ends: dict[str, frozenset[str]] = field(default_factory=dict)
    travel: frozenset[str] = frozenset()
    call_via: tuple[re.Pattern[str], ...] = ()
    chaired: frozenset[str] = frozenset()
    # any one of ``phrases`` or ``call_via``: a sentence it finds nothing in is not scanned
    # pattern by pattern (a match of one of them is a match of the alternation)
    any_phrase: re.Pattern[str] | None = None
    literals: tuple[str, ...] | None = None  # its words in lower case (None: one is not ASCII)
    noun_keys: frozenset[str] = frozenset()  # the keys of ``nouns``


@dataclass(frozen=True)
class Cue:
    kind: EventKind
    token: Token
    via: Literal["verb", "noun", "phrase"]


@cache
def cues() -> Cues:
    lex = load_lexicon("event_cues.yaml")
    verbs: dict[str, EventKind] = {}
    nouns: dict[str, set[EventKind]] = {}
    phrases: list[tuple[re.Pattern[str], EventKind]] = []
    literals: list[str] = list(lex["call"].get("via", []))
    for kind in KINDS:
        entry = lex[kind]
        for lemma in entry.get("verbs", []):
            verbs.setdefault(lemma, kind)
        for lemma in entry.get("nouns", []):
            nouns.setdefault(lemma.lower(), set()).add(kind)
        for phrase in entry.get("phrases", []):
            phrases.append((re.compile(rf"\b{re.escape(phrase)}\b", re.I), kind))
            literals.append(phrase)
    return Cues(
        verbs=verbs, nouns=nouns, phrases=phrases, noun_keys=frozenset(nouns),
        multi_modifiers=frozenset(m.replace(" ", "") for m in lex["multilateral"]["modifiers"]),
        call_modifiers=frozenset(lex["call"]["modifiers"]),
        require_object=frozenset(lex["meeting"].get("require_object", [])),
        hosting=frozenset(lex["meeting"].get("hosting", [])),
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
        any_phrase=re.compile(rf"\b(?:{'|'.join(map(re.escape, literals))})\b", re.I) if literals else None,
        literals=tuple(w.lower() for w in literals) if all(w.isascii() for w in literals) else None,
    )


@cache
def _qualifier() -> re.Pattern[str]:
    """'joint', 'action', ...: what makes "statement" or "plan" a document (anywhere in its modifiers)."""
    return re.compile(alternation(word_list("document_qualifiers")))


def _compound_text(tok: Token) -> str:
    """Modifier words of a noun, hyphen-joined tokens folded ('five-sided')."""
    words = []
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod", "nummod", "poss"} and child.i < tok.i:
            sub = tok.doc[child.left_edge.i:child.i + 1].text.replace(" ", "").lower()
            words.append(sub)
    return " ".join(words)


def _igo_body(tok: Token) -> bool:
    """'meeting of the OSCE Ministerial Council', 'meeting of ASEAN foreign ministers'."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lower_ not in word_set("igo_bodies") and _org_word(pobj, "igo") and any(
                    c.dep_ == "amod" and c.lower_ in word_set("gathering_modifiers") for c in tok.children):
                return True  # "the ministerial meeting of the Non-Aligned Movement" (not an association's)
            if pobj.dep_ != "pobj" or pobj.lower_ not in word_set("igo_bodies"):
                continue
            words = [t for t in pobj.subtree if t.i < pobj.i or t.head.i == pobj.i]
            if any(t.ent_type_ in {"GPE", "NORP"} for t in words):
                return False  # "the EU-Vietnam Trade Committee": a bilateral body
            if any(t.text[:1].isupper() and lookup_org(t.text) is not None for t in words):
                return True
            if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in pobj.children) and body_holds_its(pobj, tok):
                return True  # "the OIC will convene an emergency meeting of its Executive Committee"
            # "the Council of Interior Ministers of the Andean Community": the body's organisation
            lo, hi = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)
            if any(e.label_ == "ORG" and lo <= e.start_char and e.end_char <= hi and lookup_org(e.text) is not None
                   for e in doc_ents(pobj.doc)):
                return True
    return False


def _org_word(tok: Token, kind: str | None = None) -> bool:
    """An organisation's acronym, or a word of its name spelled out ('the Organisation of Islamic
    Cooperation foreign ministers' meeting', parsed as "Organisation of (... meeting)"); of ``kind``."""
    if not tok.text[:1].isupper():
        return False
    ent = entity_at(tok.doc, tok.i) if tok.ent_type_ == "ORG" else None
    org = lookup_org(tok.text) or (lookup_org(ent.text) if ent is not None else None)
    return org is not None and (kind is None or org.kind == kind)


def _igo_named(tok: Token) -> bool:
    """'the ASEAN Defence Ministers' Meeting', "Russia's emergency UN Security Council meeting": an
    organisation's name before the noun, no state's but the one who asked for it (the possessor)."""
    owners = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    words = [t for t in tok.subtree if t.i < tok.i and t.i not in owners]
    return not any(t.ent_type_ in {"GPE", "NORP"} for t in words) and any(
        t.text[:1].isupper() and (lookup_org(t.text) is not None or t.ent_type_ == "ORG" and t.ent_id_
                                  and lookup_org(t.ent_id_) is not None) for t in words)


def _igo_members_meeting(tok: Token) -> bool:
    """'an EU foreign ministers' meeting', 'the ASEAN leaders' meeting': the members of an IGO meet."""
    lemma = tok.lemma_.lower()
    if lemma not in word_set("multilateral_heads") or lemma in word_set("gathering_nouns"):
        return False  # "the G20 Leaders' Summit" is a gathering
    for mod in tok.children:
        if mod.dep_ in {"poss", "compound"} and mod.lemma_.lower() in word_set("igo_bodies") | {"minister", "leader"} \
                and (mod.tag_ in {"NNS", "NNPS"} or mod.tag_ == "NNP" and mod.lower_.endswith("s")):
            words = [t for t in mod.subtree if t.i < mod.i]  # "the Russia-ASEAN Foreign Ministers' Meeting": a partner's too
            dashed = {t.i for t in words if any(n.text in {"-", "\u2013"} for n in t.doc[max(t.i - 1, 0):t.i + 2])}
            if not any(t.ent_type_ in {"GPE", "NORP"} and t.i not in dashed for t in words) and any(_org_word(t) for t in words):
                return True
    return False


def body_session(cue: Cue) -> Token | None:
    """'the regular meeting of the Council of Heads of Government' with no organisation named: the
    sitting of a named body, a gathering by its name (the body's members are not known)."""
    tok = cue.token
    if cue.kind != "multilateral" or not tok.text[:1].isupper() or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    sitting = tok.head.head
    if sitting.lemma_.lower() not in word_set("meeting_nouns") or igo_meeting(sitting) or _igo_body(sitting):
        return None
    return sitting


def referred_sitting(cue: Cue) -> Token | None:
    """'Ahead of the 25th meeting of the SCO Council of Heads of State', 'discussed preparations for
    the meeting of the CSTO Council of Foreign Ministers', 'on the eve of ...': a body's sitting the
    clause only refers to, a gathering by its name (the clause's parties are not its attendees)."""
    if cue.kind != "multilateral" or cue.via == "verb":
        return None
    sitting = cue.token
    if sitting.dep_ == "pobj" and sitting.head.lower_ == "of" and sitting.head.head.lemma_.lower() in word_set(
            "meeting_nouns"):
        sitting = sitting.head.head  # the phrase cue "Council" of "the meeting of the Council of ..."
    if sitting.dep_ != "pobj" or sitting.lemma_.lower() not in word_set("meeting_nouns"):
        return None
    prep, governor = sitting.head, sitting.head.head
    frames = word_set("referring_frames") | word_set("prospective_frames")
    if prep.lower_ in word_set("referring_prepositions") or prep.lower_ in {"of", "for", "to"} and (
            governor.lower_ in frames or governor.lemma_.lower() in frames):
        return sitting
    return None


def body_holds_its(tok: Token, sitting: Token | None = None, pairs: bool = False) -> bool:
    """'The ECOWAS Authority will hold its 67th ordinary session': the session of the named body
    that holds it (the possessor is the holding verb's subject); or the ``sitting`` of its body; with
    ``pairs`` also a body two states hold ('The Kuwaiti-Egyptian Joint Committee held its 14th session')."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
        return False
    tok = sitting if sitting is not None else tok
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_set("gathering_predicates"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in word_set("convening_verbs"):
        verb = tok.head.head  # "ASEAN leaders will gather in Kuala Lumpur for their summit"
    else:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (any(  # also a group of states: "the Caspian states"
        t.text[:1].isupper() and (lookup_org(t.text) is not None or t.ent_type_ == "GROUP" or _org_word(t)) for t in c.subtree)
        or pairs and named_pair(c) is not None) for c in verb.children)


def igo_meeting(tok: Token) -> bool:
    """A meeting of an IGO body: 'the meeting of the OSCE Ministerial Council', 'the ASEAN ... Meeting',
    'an EU foreign ministers' meeting'."""
    return _igo_body(tok) or (tok.lower_ == "meeting" and _igo_named(tok)) or _igo_members_meeting(tok) or (
        tok.lemma_.lower() in word_set("meeting_nouns") and body_holds_its(tok))  # "X will convene their 57th meeting"


def noun_kind(tok: Token) -> EventKind | None:
    """The kind a trigger noun denotes, using its modifiers ('trilateral meeting', 'phone call')."""
    c = cues()
    if numbered_gathering(tok.text):
        return "gathering"
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
    if "call" in kinds or lemma in word_set("call_nouns") or remote_format(tok):
        if any(m in mods for m in c.call_modifiers) or lemma in word_set("virtual_meeting_nouns") or remote_format(tok):
            return "call"
        if "call" in kinds and lemma == "call":
            if any(m in mods for m in c.call_modifiers):
                return "call"
            if any(m.dep_ == "amod" and m.lower_ in word_set("repeated_words") for m in tok.children) and not any(
                    m.dep_ in {"acl", "relcl", "compound"} or m.dep_ == "prep" and m.lower_ in {"for", "on"} for m in tok.children):
                return "call"  # "In a separate call, X discussed with Y"; not "a second call for calm", "separate courtesy calls"
            received = tok.head.lemma_.lower() in word_set("call_receiving_verbs")
            return "call" if _official_object(tok, ("with", "from") if received else ("with",)) \
                else None  # "in a call with President X", "received a call from X"; not "welcomed a call from X to ..."
    multi = {m for m in c.multi_modifiers if m.replace(" ", "") in mods.replace(" ", "")}
    two = multi == {"ministerial"} and (named_pair(tok) is not None or named_sides(tok) or (  # "A and B held the 2+2
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and named_sides(tok.head.head)))  # Ministerial Dialogue": two sides
    two = two or multi == {"ministerial"} and any(c.dep_ in {"amod", "compound"} and c.lower_ in word_set(
        "bilateral_modifiers") for c in tok.children)  # "the bilateral 2+2 ministerial dialogue": two sides
    if multi and lemma in word_set("multilateral_heads") and not two:
        return "multilateral"
    if sitting_of_gathering(tok) or regional_sitting(tok) or body_sitting(tok) and not _igo_body(tok):
        return "gathering"  # "the 17th meeting of the Conference of the Parties", "a meeting of Arab ministers"
    if lemma == "meeting" and (_igo_body(tok) or body_holds_its(tok) or group_sitting(tok)):
        return "multilateral"  # "the meeting of the CIS Council of Heads of Government", "X convene their 5th meeting"
    if tok.lower_ == "meeting" and (_igo_named(tok) or any(c.dep_ == "poss" and c.lemma_.lower() in word_set(
            "organisation_words") for c in tok.children)) or _igo_members_meeting(tok):
        return "multilateral"  # "the ASEAN Defence Ministers' Meeting", "an EU foreign ministers' meeting", "the bloc's meeting"
    if lemma == "meeting" and any(c.dep_ == "compound" and c.lemma_.lower() in word_set("leaders_gatherings") and (
            tok.tag_ == "NNS" or any(m.pos_ == "PROPN" for m in c.children)) for c in tok.children):
        return "gathering"  # "the ASEAN summit meetings", "the AU summit meeting": a summit's sittings (not
        # "X and Y held a summit meeting": their talks)
    if bilateral_summit(tok) or held_dialogue(tok):
        return "meeting"  # "a summit between President X and President Y", "a round of strategic dialogue was held"
    if lemma in word_set("gathering_parts") and any(o.lemma_.lower() in word_set("talks_nouns") for o in of_objects(tok)):
        return None  # "held a session of talks with X", "the second session of political consultations": the talks
    order: tuple[EventKind, ...] = ("visit", "agreement", "invitation", "meeting", "gathering")
    for kind in order:
        if kind in kinds:
            if kind == "agreement" and lemma in word_set("generic_documents"):
                named = tok.text[:1].isupper() and not tok.is_sent_start and any(
                    c.dep_ == "compound" and c.text[:1].isupper() for c in tok.children)  # "the Baku Declaration"
                if not named and not _qualifier().search(mods + " " + lemma) and not issued_together(tok) or any(
                        c.dep_ in {"compound", "amod"} and (
                        c.lower_ in word_set("briefing_modifiers")) for c in tok.children):
                    continue  # not "a joint press statement": what was said to reporters
            return kind
    return None


def _official_object(tok: Token, preps: tuple[str, ...]) -> bool:
    """The object of one of ``preps`` on ``tok`` names an official: 'with Ukrainian President X'."""
    return any(p.dep_ == "prep" and p.lower_ in preps and any(
        o.dep_ == "pobj" and (any(t.ent_type_ in {"PERSON", "TITLE"} for t in o.subtree)
                              or o.lemma_.lower() == "counterpart") for o in p.children) for p in tok.children)


_CALL, _AGREE = frozenset({"call"}), frozenset({"agree"})


def find_triggers(sent: Span) -> list[Cue]:
    """Trigger tokens of a sentence with their kind."""
    c = cues()
    found: list[Cue] = []
    doc, at = sent.doc, partial(syntax.attribute_positions, sent.doc, start=sent.start, end=sent.end)
    verbal, named = sorted(at(POS, "VERB") + at(POS, "AUX")), at(POS, "NOUN")  # spaCy makes a Token on every
    verbish = {*verbal, *syntax.prefix_positions(doc, TAG, "VB", sent.start, sent.end)}  # access: only the
    nounlike = {*named, *at(POS, "PROPN")}  # sentence's verbs and nouns, once; parts of speech, tags and
    made = {i: doc[i] for i in sorted(verbish | nounlike)}  # lemmas read from the Doc's indexes
    verbs, nouns = [made[i] for i in verbal], [made[i] for i in named]  # the constructions below take only
    nounish = syntax.lexical_positions(doc, c.noun_keys)  # verbs, or nouns (each opens with that part of
    lemmas = syntax.lower_lemmas(doc)  # speech); a token no table names takes no kind from noun_kind
    present = presence_positions(doc)  # the copula and 'due', 'expected': where a stay can be told
    for i, tok in made.items():
        if i in verbish:
            kind = c.verbs.get(lemmas[i])
            if kind:
                found.append(Cue(kind, tok, "verb"))
                continue
            if i in present and presence(tok):
                found.append(Cue("visit", tok, "verb"))
                continue
        if i in nounlike and (i in nounish or tok.text[-1:].isdigit()):  # or 'COP31'
            kind = noun_kind(tok)
            if kind:
                found.append(Cue(kind, tok, "noun"))
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # sent.text joins its tokens anew
    phrased = span_may_hold(sent, c.literals) and c.any_phrase is not None and c.any_phrase.search(text) is not None
    toks = list(sent) if phrased else []
    for pattern, kind in c.phrases if phrased else ():
        for match in pattern.finditer(text):
            start = sent.start_char + match.start()
            end = sent.start_char + match.end()
            inside = [t for t in toks if start <= t.idx < end]
            hit = next((t for t in inside if (t.pos_ in {"VERB", "AUX"} and c.verbs.get(t.lemma_.lower()) == kind)
                        or (t.pos_ in {"NOUN", "PROPN"} and kind in c.nouns.get(t.lemma_.lower(), set()))),
                       inside[0] if inside else None)
            if hit is not None and hit.dep_ == "relcl" and not word_set("credential_words").isdisjoint(match.group(0).lower().split()) and any(
                    f.kind == kind and f.token.i < hit.i for f in found):
                continue  # "received the ambassadors of A and B, who presented their credentials": the reception
            if hit is not None and not any(f.token.i == hit.i and f.kind == kind for f in found):
                found.append(Cue(kind, hit, "phrase"))
    def opening(toks: list[Token], words: frozenset[str]) -> list[Token]:  # the tokens of the lemmas a rule
        return [t for t in toks if lemmas[t.i] in words]  # below opens with (each is False on the others)
    calls = opening(verbs, _CALL)
    found += [Cue("call", tok, "phrase") for tok in calls if called_official(tok)
              and not any(f.token.i == tok.i for f in found)]  # "Erdogan called Putin on Tuesday"
    found += [Cue("meeting", tok, "verb") for tok in calls if called_on_official(tok)
              and not any(f.token.i == tok.i for f in found)]  # "X called on Prime Minister Y"
    found += [Cue("agreement", docs, "phrase") for tok in opening(nouns, word_set("signing_nouns"))
              if (docs := signed_documents(tok)) is not None
              and not any(f.kind == "agreement" and tok.i <= f.token.i <= tok.right_edge.i for f in found)]
    found += [Cue("meeting", tok, "verb") for tok in opening(verbs, word_set("talking_verbs")) if talked_with_official(tok)
              and not any(f.token.i == tok.i for f in found)]  # "discussed trade with his Uzbek counterpart"
    told = [f.token for f in found]  # not "the sides agreed to hold the next round of talks": that round
    found += [Cue("meeting", tok, "verb") for tok in opening(verbs, word_set("sides_talking_verbs")) if sides_talked(tok)
              and not any(t.i == tok.i or tok.is_ancestor(t) for t in told)]  # "the two leaders discussed"
    found += [Cue(kind, tok, "verb") for tok in opening(verbs, word_set("addressing_verbs"))
              if (kind := told_official(tok, c.call_modifiers)) and not any(
        t.i == tok.i or tok.is_ancestor(t) and not said_inside(tok, t) for t in told)]
    # "X told Foreign Minister Y that", "told visiting Prime Minister Y that the talks ...": what is said is told
    found += [Cue("agreement", tok, "phrase") for tok in opening(verbs, _AGREE) if (relations_agreed(tok) or agreed_terms(tok))
              and not any(f.token.i == tok.i and f.kind == "agreement" for f in found)]
    for pattern in c.call_via if phrased else ():  # "spoke with each other by phone": the verb is the call
        for match in pattern.finditer(text):
            start = sent.start_char + match.start()
            prep = next((t for t in toks if t.idx == start), None)
            verb = governing_verb(prep.head) if prep is not None else None
            if verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in word_set("call_verbs") and not any(
                    f.kind == "call" and (f.token.i == verb.i or f.token.head.i == verb.i) for f in found):
                found.append(Cue("call", verb, "phrase"))
    return found
