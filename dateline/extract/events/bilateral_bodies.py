"""The session of a body of two states is talks between them, not a gathering.

"The first session of the Kuwaiti-Brazilian Joint Political Consultations Committee", "the 12th
session of the Azerbaijan-Uzbekistan intergovernmental commission": the guide counts bilateral
commission sessions as meetings. A gathering named as a sitting of a commission, committee or
council whose name pairs two states (two demonyms or country names joined by a hyphen) becomes a
meeting of those two states; so does a sitting the body holds as the subject of its verb ("The
Kuwaiti-Egyptian joint committee held its 12th session"), and so do talks told by a sitting noun of
such a body in lower case ("the next meeting of the Kyrgyz-Uzbek intergovernmental commission will
be held in Tashkent"). A mechanism whose name pairs two states ("the UAE-German Strategic Dialogue",
"the South Africa-Angola Bi-National Commission", "Pakistan-Uzbekistan Bilateral Political
Consultations") sits as their meeting too, whatever its head noun (not a business council's). One
pass over the document's events.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import country_code, country_name, demonym_code
from dateline.extract.syntax import governing_verb, token_at

__all__ = [
    "bilateral_sessions", "body_sides", "document_sides", "draft_body", "mechanism_sitting", "named_pair", "sitting_body",
]

_DASH = re.compile(r"(?<=[A-Za-z'.])\s?[-\u2013]\s?(?=[A-Z])")  # 'Kazakh-Uzbek', 'U.S.-Iraqi'


def _pair(name: str) -> tuple[str, str] | None:
    """The two states a hyphenated pair in ``name`` names ('Kuwaiti-Brazilian' -> KWT, BRA; 'the
    South Africa-Angola Bi-National Commission' -> ZAF, AGO)."""
    for match in _DASH.finditer(name):
        left, right = name[:match.start()].split()[-3:], name[match.end():].split()[:3]
        first = _left_state(left)
        second = _right_state(right)
        if first and second and first != second:
            return first, second
    return None


def _left_state(words: list[str]) -> str:
    """The state the words just before a dash end with ('the South Africa' -> ZAF)."""
    return next((c for n in range(1, len(words) + 1) if (c := _code(words[-n:]))), "")


def _right_state(words: list[str]) -> str:
    """The state the words just after a dash open with ('Sri Lanka Joint' -> LKA)."""
    return next((c for n in range(len(words), 0, -1) if (c := _code(words[:n]))), "")


def _code(words: list[str]) -> str:
    text = " ".join(words).strip("(),.\"'")
    if not text[:1].isupper():
        return ""
    code = demonym_code(text) or country_code(text) or country_code(text + ".") or ""  # "U.S."
    return code if len(code) == 3 and code.isupper() else ""


def mechanism_sitting(tok: Token) -> bool:
    """A capitalised talks noun that names a mechanism's sitting, not a gathering's part ('General
    Meeting'): its name pairs two states ('the 13th Morocco-Spain High-Level Meeting'), or it is the
    talks a round or session is of ('the 6th round of Foreign Office Consultations') or a verb holds
    ('will hold the 6th Foreign Office Consultations')."""
    if named_pair(tok) is not None:
        return True
    if tok.lower_ not in word_set("mechanism_talks"):
        return False
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in word_set("dialogue_holding_verbs"):
        return True  # "Bangladesh and Malaysia will hold the 6th Foreign Office Consultations"
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in word_set("bilateral_sittings")


def named_pair(tok: Token) -> tuple[str, str] | None:
    """The two states the name a mechanism's head noun closes pairs: 'the Kuwaiti-Egyptian Joint
    Committee', 'Pakistan-Uzbekistan Bilateral Political Consultations', 'the UAE-German Strategic
    Dialogue' (not a business council's: 'the Azerbaijan-Turkey Business Council')."""
    if tok.lower_ not in word_set("bilateral_formats") and tok.lemma_.lower() not in word_set("bilateral_formats"):
        return None
    return _pair_before(tok)


def _pair_before(noun: Token) -> tuple[str, str] | None:
    """The two states the words up to ``noun`` pair ('the Kuwaiti-Egyptian Joint Committee', 'the
    Kazakh-Uzbek agreement'), unless they name a business body."""
    words = noun.doc[noun.left_edge.i:noun.i + 1]
    if any(t.lower_ in word_set("business_body_modifiers") for t in words):
        return None
    return _pair(words.text)


def _sitting_of_body(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and any(w in word_set("bilateral_sittings") for w in words[:4]) and any(
        w.strip(",.") in word_set("bilateral_bodies") for w in words)


def _mechanism_name(name: str) -> bool:
    """A name closed by a mechanism's head noun ('UAE-German Strategic Dialogue', 'South Africa-Angola
    Bi-National Commission (BNC)'), not a business body's."""
    words = re.sub(r"\s*\([^)]*\)?$", "", name).lower().split()
    return bool(words) and words[-1] in word_set("bilateral_formats") and not any(
        w in word_set("business_body_modifiers") for w in words)


def _holder(state: DocState, event: EventDraft) -> str:
    """The body that holds the sitting, told as the subject of its verb: 'The Kuwaiti-Egyptian joint
    committee held its 12th session' (the sitting's own name names no body)."""
    trigger = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    verb = governing_verb(trigger) if trigger is not None else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return "".join(t.text_with_ws for t in subject.subtree).strip() if subject is not None else ""


def bilateral_sessions(state: DocState, events: list[EventDraft]) -> None:
    """Make each gathering that is the sitting of a two-state body a meeting of those states."""
    for event in events:
        if event.kind != "gathering" or not event.name:
            continue
        name = event.name if _sitting_of_body(event.name) else f"{event.name} of {_holder(state, event)}"
        if not _sitting_of_body(name) and not _mechanism_name(event.name):
            continue
        pair = _pair(name)
        if pair is None:
            continue
        event.kind = "meeting"
        event.countries = sorted({*event.countries, *pair})


def sitting_body(trigger: Token) -> Token | None:
    """The body a sitting noun names in its of-phrase: 'the next meeting of the Kyrgyz-Uzbek
    intergovernmental commission' -> commission (a sitting of its own, not the sentence's other talks)."""
    if trigger.lower_ not in word_set("bilateral_sittings"):
        return None
    return next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.lower_ in word_set("bilateral_bodies")), None)


def draft_body(state: DocState, event: EventDraft) -> Token | None:
    """The body whose sitting a draft's trigger tells ('the meeting of the intergovernmental commission')."""
    trigger = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    return sitting_body(trigger) if trigger is not None else None


def _body_of(state: DocState, event: EventDraft) -> str:
    """The body's words (told in lower case, so no gathering's name), or ''."""
    body = draft_body(state, event)
    return "".join(t.text_with_ws for t in body.subtree).strip() if body is not None else ""


def body_sides(state: DocState, drafts: list[EventDraft]) -> list[EventDraft]:
    """Talks told by the sitting of a two-state body whose sides the sentence names only in the body's
    name ('The next meeting of the Kyrgyz-Uzbek intergovernmental commission will be held in
    Tashkent'), or only in the mechanism's own name ('The 5th round of Pakistan-Uzbekistan Bilateral
    Political Consultations was held'): a meeting of those two states (before the merge, which drops
    talks with no party)."""
    for draft in drafts:
        if draft.kind not in {"meeting", "multilateral"} or draft.name or draft.participants:
            continue
        trigger = token_at(state.doc, draft.trigger[0]) if state.doc is not None else None
        pair = _pair(_body_of(state, draft)) or (named_pair(trigger) if trigger is not None else None)
        if pair is None:
            continue
        draft.kind = "meeting"
        sides = [state.state_actor(code, country_name(code)).id for code in pair]
        draft.source, draft.recipient = sides[:1], sides[1:]
        draft.participants = sides
        draft.countries = sorted(pair)
    return drafts


def _document_pair(trigger: Token) -> tuple[str, str] | None:
    """The two states a document's own name pairs: 'the Kazakh-Uzbek intergovernmental agreement', 'the
    signing of a Polish-Lithuanian border treaty' (the words before the document noun, not its of-phrase)."""
    nouns = [trigger] + [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"]
    documents = [n for n in nouns if n.lemma_.lower() in word_set("document_nouns")
                 or n.lower_ in word_set("document_nouns")]
    return next((pair for n in documents if (pair := _pair_before(n)) is not None), None)


def document_sides(state: DocState, drafts: list[EventDraft]) -> list[EventDraft]:
    """A signing whose document's name pairs two states ('The Kazakh-Uzbek agreement on border demarcation
    was signed in Astana', 'under the 1992 Russian-Tajik agreement'): an agreement of those two states only
    (before the merge, which drops a signing with no party); their officials the clause names stay."""
    for draft in drafts:
        if draft.kind != "agreement":
            continue
        trigger = token_at(state.doc, draft.trigger[0]) if state.doc is not None else None
        pair = _document_pair(trigger) if trigger is not None else None
        if pair is None:
            continue
        sides = [state.state_actor(code, country_name(code)).id for code in pair]
        # "Under the 1992 Russian-Tajik agreement, Russian guards patrol ...": its own name's states are
        # all of its states; the clause's people of those states stay its signers
        kept = [a for a in draft.participants if state.actor(a).kind == "person" and state.actor(a).country in pair]
        draft.source = [a for a in draft.source if a in kept] or sides[:1]
        draft.recipient = [a for a in draft.recipient if a in kept] or [s for s in sides if s not in draft.source][:1]
        draft.participants = list(dict.fromkeys([*draft.source, *draft.recipient, *kept]))
        draft.countries = sorted(pair)
    return drafts
