"""Those a document is signed before take part in its signing, told in the document's own sentence:

- "A and B signed a memorandum in the presence of President X and Prime Minister Y", "... in the
  presence of the two presidents" (the officials of that title told before), "In their presence, A
  and B signed ..." (the people of the talks told just before);
- "The two leaders witnessed the signing of ...", "the heads of state attended the signing ceremony",
  "X and Y presided over the signing of ...", "The ceremony at which A and B signed a protocol was
  attended by both presidents": the subject (or the agent) of a verb of witnessing the signing;
- "... witnessed the exchange of a memorandum, signed by A and B": the signers of the document's
  own participle.

The persons found who serve one of the document's states join its recipients. Read after merging,
each document looks only at the tokens around its own trigger.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.plural_officials import officials_told
from dateline.extract.events.words import word_set
from dateline.extract.syntax import (
    ancestors,
    governing_verb,
    lemma_tokens,
    sentence_index,
    token_at,
)

__all__ = ["document_witnesses", "presence_phrase", "witnesses_take_part"]

_WINDOW = 2  # sentences before the document's where "their" talks may be told
_NOUN_LINKS = frozenset({"pobj", "prep", "compound", "amod", "conj", "appos", "nmod"})
_UP = frozenset({"pobj", "prep", "dobj", "nsubjpass", "relcl", "acl", "compound", "conj", "appos"})


def presence_phrase(tok: Token) -> Token | None:
    """'in the presence of': the preposition that opens a presence phrase, for ``tok`` its noun."""
    if tok.lemma_.lower() in word_set("presence_nouns") and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "under"}:
        return tok.head
    return None


def _persons(state: DocState, node: Token, countries: set[str]) -> list[str]:
    """The named persons inside ``node``'s phrase who serve one of ``countries``; else the officials
    its plural title names ('the two presidents', 'the heads of state')."""
    doc = node.doc
    end = next((t.i for t in doc[node.i + 1:node.right_edge.i + 1]
                if t.pos_ in {"VERB", "AUX"} or t.text in {":", ";", "-", "–", "—"} or "\n" in t.text), node.right_edge.i + 1)
    lo, hi = node.left_edge.idx, doc[end - 1].idx + len(doc[end - 1])  # the phrase up to a clause or list of its own
    found: list[str] = []
    for m in state.mentions_in(lo, hi):
        actor = state.actor(m.actor_id)
        if actor.kind == "person" and actor.role != "honorific" and actor.country in countries and actor.id not in found:
            found.append(actor.id)
    if found or node.sent is None:
        return found
    heads = [node, *(c for c in node.children if c.dep_ == "conj")]
    return [a for h in heads for a in officials_told(state, h, node.sent) if state.actor(a).country in countries]


def _talks_before(state: DocState, events: list[EventDraft], document: EventDraft, sents: list[Span]) -> list[str]:
    """'In their presence': the persons of the talks told last before the document (within ``_WINDOW``
    sentences before its own, or earlier in its own)."""
    at = sentence_index(sents, document.trigger[0])
    if at is None:
        return []
    lo = sents[max(at - _WINDOW, 0)].start_char
    told = [e for e in events if e.kind in {"meeting", "visit", "call", "multilateral"}
            and lo <= e.trigger[0] < document.trigger[0]
            and sum(state.actor(p).kind == "person" for p in e.participants) >= 2]
    if not told:
        return []
    last = max(told, key=lambda e: e.trigger[0])
    return [p for p in last.participants if state.actor(p).kind == "person"]


def _presence_people(state: DocState, events: list[EventDraft], document: EventDraft, tok: Token,
                     sents: list[Span], countries: set[str]) -> list[str]:
    """The people of the presence phrases on the document's clause (or inside its noun phrase)."""
    verb = governing_verb(tok)  # 'signed' of 'A and B signed a memorandum'
    sent = tok.sent
    found: list[str] = []
    for noun in (t for t in lemma_tokens(sent, word_set("presence_nouns")) if presence_phrase(t) is not None):
        prep = noun.head
        if governing_verb(prep, 12).i != verb.i and not any(a.i == tok.i for a in ancestors(prep, 12)):
            continue  # the presence of another clause
        owners = [c for c in noun.children if c.dep_ == "poss"]
        of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if of:
            found += _persons(state, of[0], countries)
        elif owners and owners[0].pos_ == "PRON":
            found += [p for p in _talks_before(state, events, document, sents) if state.actor(p).country in countries]
        elif owners:
            found += _persons(state, owners[0], countries)
    return found


def _witnessing_verb(tok: Token) -> Token | None:
    """The verb of witnessing the signing of which the document is told: 'witnessed the signing of the
    memorandum', 'attended the signing ceremony of', 'The ceremony at which ... signed ... was attended'."""
    for cur in ancestors(tok, 6):
        if cur.i != tok.i and cur.pos_ == "VERB" and cur.lemma_.lower() in word_set("witnessing_verbs"):
            return cur
        if cur.dep_ not in _UP:
            return None
    return None


def _witnesses(state: DocState, verb: Token, countries: set[str]) -> list[str]:
    """The subject of the verb of witnessing, or its agent when it is passive ('was attended by')."""
    found: list[str] = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            found += _persons(state, child, countries)
        if child.dep_ == "agent":
            found += [p for o in child.children if o.dep_ == "pobj" for p in _persons(state, o, countries)]
    return found


def _participle_signers(state: DocState, tok: Token, countries: set[str]) -> list[str]:
    """'a memorandum on renewable energy, signed by A and B': the agent of a signing participle on the
    document's noun phrase (the parser hangs it on the phrase's last noun)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    found: list[str] = []
    for acl in (t for t in tok.subtree if t.dep_ == "acl" and t.lemma_.lower() in word_set("signing_verbs")):
        path = list(ancestors(acl.head, 8))
        ends = [n for n, a in enumerate(path) if a.i == tok.i]
        if not ends or any(a.dep_ not in _NOUN_LINKS or a.pos_ in {"VERB", "AUX"} for a in path[:ends[0]]):
            continue  # a participle of another clause inside the phrase
        if any("\n" in t.text_with_ws for t in tok.doc[tok.i:acl.i]):
            continue  # a participle on another line of a list
        found += [p for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                  for p in _persons(state, o, countries)]
    return found


def document_witnesses(state: DocState, drafts: list[EventDraft]) -> None:
    """Note on each document draft (before merging: each looks at its own trigger) the people it is
    signed before, and its signers told by a participle."""
    doc = state.doc
    documents = [e for e in drafts if e.kind == "agreement" and e.status in {"occurred", "planned"} and e.countries]
    if doc is None or not documents:
        return
    sents = list(doc.sents)
    for document in documents:
        tok = token_at(doc, document.trigger[0])
        if tok is None:
            continue
        countries = set(document.countries)
        found = _presence_people(state, drafts, document, tok, sents, countries)
        verb = _witnessing_verb(tok)
        if verb is not None:
            found += _witnesses(state, verb, countries)
        document.witnesses = [p for p in dict.fromkeys([*document.witnesses, *found]) if p not in document.participants]
        signers = [p for p in _participle_signers(state, tok, countries) if p not in document.participants]
        document.recipient = [*document.recipient, *signers]  # signers of the draft's own document
        document.participants = [*document.participants, *signers]


def witnesses_take_part(state: DocState, events: list[EventDraft]) -> None:
    """The people a document was seen signed by join its recipients (read after the story, which
    takes a document's host-side people for the visit's hosts)."""
    for document in (e for e in events if e.kind == "agreement" and e.witnesses):
        people = [p for p in document.witnesses if p not in document.participants
                  and state.actor(p).country in document.countries]
        document.recipient = [*document.recipient, *people]
        document.participants = [*document.participants, *people]
