"""Who signed a document, or saw it signed, told in the sentences after it (read after merging):

- "Qatar and Kazakhstan signed an agreement ... Minister X signed for the Qatari side, while Minister Y
  signed for the Kazakh side"; "Minister X signed it together with Minister Y": the signers of a
  signing verb that names no document of its own (none, or a pronoun);
- "X and Y put their signatures to the document": the same, told by the signature given;
- "President A and President B witnessed the signing", "The signing ceremony was attended by A and B":
  the named people who witness or attend the signing take part in it.

The persons in such a clause who serve one of the document's states are added to the documents told
in the nearest sentence before it that tells any (within two sentences), unless the clause's sentence
tells an engagement of its own; a city the clause puts the signing in ("attended the signing ceremony
in Belgrade", "signed it in Manila") places those documents unless words placed them in a city. One
pass over the document's sentences.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.place import is_country
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import token_at
from dateline.record import Place

__all__ = ["signing_people"]

_WINDOW = 2  # sentences after the document's own


def _signing_clause(verb: Token) -> bool:
    """'X signed for the Qatari side', 'X signed it', 'X and Y signed the memoranda': a signing verb whose
    object, if any, is a pronoun or a document told before ('the document', 'the memoranda')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("signing_verbs") or verb.dep_ in {"amod", "acl"}:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return all(o.pos_ == "PRON" or any(d.dep_ == "det" and d.lower_ in {"the", "these", "this", "those"}
                                        for d in o.children) for o in objects)


def _signature_clause(verb: Token) -> bool:
    """'X and Y put their signatures to the document', 'affixed his signature on it': a verb giving a signature."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in word_set("signature_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "signature" for c in verb.children)


def _witnessing_clause(verb: Token) -> bool:
    """'witnessed the signing (ceremony)', 'The signing ceremony was attended by': a verb of attending
    whose object or passive subject is the signing."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("ceremony_attending_verbs"):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.lower_ in word_set("signing_nouns") for o in objects for t in o.subtree)


def _clause_persons(state: DocState, sent: Span, verbs: list[Token], countries: set[str]) -> list[str]:
    """The persons named inside the clauses of ``verbs`` who serve one of ``countries``."""
    inside = {t.i for v in verbs for t in v.subtree}
    found: list[str] = []
    for m in state.mentions_starting(sent.start_char, sent.end_char):
        actor = state.actor(m.actor_id)
        tok = token_at(sent.doc, m.start)
        if actor.kind == "person" and actor.role != "honorific" and tok is not None and tok.i in inside \
                and actor.country in countries and actor.id not in found:
            found.append(actor.id)
    return found


def _clause_city(verbs: list[Token]) -> Place | None:
    """The city 'in' or 'at' which a signing clause tells the signing: on its verb ('signed it in
    Manila') or on the verb's object, the signing ('witnessed the signing ceremony in Belgrade')."""
    for verb in verbs:
        heads = {verb.i} | {c.i for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}}
        for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in {"in", "at"} and t.head.i in heads):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in {"GPE", "FAC"}):
                place = lookup_place(obj.text if obj.ent_iob_ == "O" else next(
                    e.text for e in obj.doc.ents if e.start <= obj.i < e.end))
                if place is not None and not is_country(place):
                    return place
    return None


def signing_people(state: DocState, events: list[EventDraft]) -> None:
    """Add the signers and witnesses told after a document to it."""
    doc = state.doc
    documents = [e for e in events if e.kind == "agreement" and e.status in {"occurred", "planned"}]
    if doc is None or not documents:
        return
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    for index, sent in enumerate(sents):
        told = [e for e in documents if starts[max(index - _WINDOW, 0)] <= e.trigger[0] < sent.start_char]
        if not told or any(sent.start_char <= e.trigger[0] < sent.end_char for e in events):
            continue  # no document just before, or the sentence tells an engagement of its own
        verbs = [t for t in sent if _signing_clause(t) or _signature_clause(t) or _witnessing_clause(t)]
        if not verbs:
            continue
        nearest = max(e.sentence[0] for e in told)
        city = _clause_city(verbs)
        for document in (e for e in told if e.sentence[0] == nearest):
            if city is not None and (document.place_from != "text" or is_country(document.place)):
                document.place, document.place_from = city, "text"
            people = _clause_persons(state, sent, verbs, set(document.countries))
            people = [p for p in people if p not in document.participants]
            document.recipient = [*document.recipient, *people]
            document.participants = [*document.participants, *people]
