"""The name of a gathering or an agreement: the trigger noun's phrase, cut where the clause goes on."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.extract.events.cues import Cue
from dateline.extract.events.document_clauses import concluded_after
from dateline.extract.events.documents import phrase_head
from dateline.extract.events.numbered_sessions import numbered_gathering
from dateline.extract.events.witnesses import presence_phrase
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, doc_text, entity_at

__all__ = ["event_name", "talks_with", "topic_named"]

_YEAR = re.compile(r"(?:19|20)\d{2}")
_NAMED_ENTITIES = frozenset({"ORG", "LAW", "EVENT", "WORK_OF_ART"})

_NAME_CUT = re.compile(r"\s*(?:,|;|\bwhich\b|\bthat\b|\bwhere\b|\bwill\b|\bwas\b|\bwere\b|\bis\b|"
                       r"\bheld\b|\bto be\b|\bworth\b|\bduring\b|\bfollowing\b|\bafter\b|\bvalued at\b|\bin\s+(?:[A-Z][a-z]+)\s*(?:from|on|in|$)|\bfrom\s+[A-Z][a-z]+\s+\d)")


def _before_setting(doc: Doc, start: int, right: int) -> int:
    """Where a name ends before its place or date: 'the 31st session of the Committee (in Addis Ababa)',
    'the seventh summit of the CPLP (in Luanda next month)'; a place inside an organisation's
    name ('Co-operation in Europe') is an ORG entity and stays."""
    for i in range(start + 1, right + 1):
        t = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if t.ent_type_ in {"DATE", "TIME"} and not _YEAR.fullmatch(t.text) and not t.like_num \
                and t.text not in {"-", "–"}:  # "a roadmap for 2025-2027": the period is its name's
            return _trim(doc, start, i - 1)
        if nxt is not None and t.lower_ in {"in", "at"} and nxt.ent_type_ in {"GPE", "LOC", "FAC"} \
                and nxt.ent_iob_ == "B":
            return _trim(doc, start, i - 1)
    return right


def _trim(doc: Doc, start: int, right: int) -> int:
    while right > start and (doc[right].is_punct and doc[right].text != ")" or doc[right].pos_ == "ADP"
                             or doc[right].lower_ in {"and", "the"}):
        right -= 1
    return right


def event_name(cue: Cue) -> str | None:
    """The name of a gathering or an agreement: the trigger noun's phrase."""
    tok = cue.token
    if cue.kind == "agreement" and tok.pos_ in {"VERB", "AUX"}:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        objs += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"to", "on", "upon"} and tok.lemma_.lower() == "agree"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # "agreed to a delimitation of the border"
        if not objs:
            return None
        tok = objs[0]
    if cue.kind == "agreement" and cue.via == "phrase":
        tok = phrase_head(tok)  # "the road map peace plan": named from its head noun, not "road"
    doc = tok.doc
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in {"det", "poss", "predet"}:
            continue
        left = min(left, child.left_edge.i)
    while left < tok.i and doc[left].dep_ in {"det", "poss", "case"} or doc[left].is_punct and left < tok.i:
        left += 1
    if cue.kind == "gathering":  # "the OIC Council of Foreign Ministers session" (parsed head-first)
        while left > 0 and (doc[left - 1].text[:1].isupper() and not doc[left - 1].is_sent_start
                            or (doc[left - 1].lower_ in {"of", "and"} and left > 1
                                and doc[left - 2].text[:1].isupper())):
            left -= 1
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"prep", "compound", "appos", "nummod", "amod", "npadvmod"} or (
                child.dep_ == "cc" and child.i == tok.i + 1) or child.dep_ == "conj":
            if child.dep_ == "prep" and child.lower_ not in {"of", "on", "in", "between", "for"}:
                continue
            if child.dep_ == "appos" and cue.kind == "agreement" and concluded_after(tok) is not None:
                continue  # "the accord Kyrgyzstan and Tajikistan signed": its signers, read as an apposition
            right = max(right, child.right_edge.i)
    if tok.ent_iob_ in {"B", "I"} and tok.ent_type_ in _NAMED_ENTITIES:
        ent = entity_at(doc, tok.i)
        if ent is not None:  # "the Convention on the Legal Status of the Red Sea", however it is parsed
            right = max(right, ent.end - 1)
    if cue.kind == "agreement" and tok.dep_ == "nsubj" and tok.head.tag_ == "VBG" \
            and tok.head.dep_ in {"ccomp", "xcomp", "acl"}:
        right = max(right, tok.head.right_edge.i)  # "the Protocol setting out the main areas of ..."
    # "a cooperation programme ... for 2024-2026": the period is part of the document's name.
    nxt = right + 1
    if nxt + 1 < len(doc) and doc[nxt].lower_ == "for" and re.fullmatch(r"\d{4}(?:[-–]\d{2,4})?", doc[nxt + 1].text):
        right = nxt + 1
        while right + 2 < len(doc) and doc[right + 1].text in {"-", "–"} and doc[right + 2].like_num:
            right += 2
    right = _before_setting(doc, tok.i, right)
    concluded = concluded_after(tok) if cue.kind == "agreement" else None
    if concluded is not None and tok.i < concluded.i <= right:  # "the memorandum on labour migration (signed in 2021)"
        right = _trim(doc, tok.i, concluded.i - 1)
    presence = next((t.head.i for t in doc[tok.i + 1:right + 1] if presence_phrase(t) is not None and t.head.i > tok.i), None)
    if presence is not None:  # "a memorandum on trade in the presence of the two leaders": who saw it signed
        right = _trim(doc, tok.i, presence - 1)
    span = doc[left:right + 1]
    text = span.text
    cut = _NAME_CUT.search(text, len(tok.text))
    if cut and cut.start() > 0:
        text = text[:cut.start()]
    if cue.kind == "gathering":  # "the Mercosur summit for talks with ...": why they go, not its name
        text = re.split(r"\s+for\s+(?=[a-z])", text, maxsplit=1)[0]
        if (ward := talks_with(tok, right)) is not None:
            text = text[:ward.idx - span.start_char]  # "preparations for the ECO Summit with Secretary General X"
    if cue.kind == "agreement":  # "contracts with Russia": the party, not the document's name
        text = re.split(r"\s+with\s+(?=[A-Z]|the\s+[A-Z]|its\s|his\s|her\s|their\s)", text, maxsplit=1)[0]
    text = text.strip(" ,.;:'")
    if text.count('"') % 2 == 1:  # 'forum "Peace and Trust' -> close the quotation
        after = doc_text(doc)[span.start_char + len(span.text):span.start_char + len(span.text) + 1]
        text = text + '"' if after == '"' or text.endswith(tuple("abcdefghijklmnopqrstuvwxyz")) else text.replace('"', "")
    if text.count("(") > text.count(")"):  # "the 13th World Urban Forum (WUF13": close the bracket its text closes
        at = doc_text(doc).find(text, span.start_char)
        after = doc_text(doc)[at + len(text):].lstrip(" ")[:1] if at >= 0 else ""
        text = text + ")" if after == ")" and text.rfind("(") > text.rfind(")") else text[:text.rfind("(")].rstrip()
    text = re.sub(r"^(?:a|an|the|its|their|his|her)\s+", "", text, flags=re.I)
    if cue.kind == "gathering":  # "the upcoming Eurasian Economic Forum": its name, not when it comes
        text = re.sub(rf"^(?:{'|'.join(sorted(word_set('prospective_modifiers')))})\s+", "", text, flags=re.I)
    if cue.kind == "gathering" and len(text.split()) < 2 and not numbered_gathering(text):
        return None
    return text or None


def topic_named(tok: Token, mods: list[Token]) -> bool:
    """A conference named by what it is about: its topic phrase ('a conference on global warming',
    'an international forum on water') or a topic word ('a donor conference', 'the security
    conference'); never a press or video conference, nor 'a conference on Monday'."""
    if tok.lemma_.lower() not in word_set("topic_gathering_nouns") or any(
            m.lower_ in word_set("non_gathering_modifiers") for m in mods):
        return False
    if any(m.lemma_.lower() in word_set("gathering_topic_words") for m in mods if m.dep_ in {"compound", "amod"}):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"} and o.pos_ in {"NOUN", "PROPN"}
        for o in c.children) for c in tok.children)


def talks_with(tok: Token, last: int) -> Token | None:
    """The 'with' of talks the parser hangs on a gathering's noun, up to token ``last``: 'discussed
    preparations for the 17th ECO Summit with Secretary General X': the talks' party, not the
    summit's (as in 'announced plans for a summit with President X')."""
    if not any(v.lemma_.lower() in word_set("talking_verbs") for v in ancestors(tok, 4) if v.pos_ == "VERB"):
        return None
    return next((t for t in tok.doc[tok.i + 1:last + 1] if t.lower_ == "with" and any(
        o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in t.children)), None)
