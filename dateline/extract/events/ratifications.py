"""A document's signing told beside a later act on it: its date is the signing's.

"The Assembly ratified the agreement on Wednesday. The agreement was signed in Ankara in February
2024"; "the cabinet approved on Thursday a memorandum, which the ministers signed in Muscat last May";
"the treaty entered into force on 1 July": ratifying, approving or entering into force is no
signing (the guide dates an agreement by when it was signed). A time told in a clause of the document
whose verb signs it (``signed_verbs``) dates the document over the time of the act on it
(``ratifying_verbs``, or a verb 'into force' / 'effect').
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.relative_signings import relative_clauses
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["act_on_document", "signed_in_clause", "signing_told_again"]


def _signs(verb: Token) -> bool:
    return verb.lemma_.lower() in word_set("signed_verbs")


def act_on_document(verb: Token) -> bool:
    """'ratified', 'approved', 'entered into force', 'took effect': an act on a signed document."""
    if verb.lemma_.lower() in word_set("ratifying_verbs"):
        return True
    return any(t.lower_ in word_set("force_words") for t in verb.subtree if t.i > verb.i and t.i - verb.i <= 3)


def signed_in_clause(tok: Token, trigger: Token) -> bool:
    """``tok`` (a time) is told in a relative or participle clause of the document that signs it,
    while the document's own clause tells an act on it: "approved a memorandum, which the ministers
    signed in Muscat last May"."""
    verb = governing_verb(tok)
    if not _signs(verb) or verb.dep_ not in {"relcl", "acl"}:
        return False
    clauses = {c.i for c in relative_clauses(trigger)} | {c.i for c in trigger.children if c.dep_ == "acl"}
    # "which the two countries' ministers signed": the parser may hang 'signed' on the clause's subject
    return (verb.i in clauses or verb.head.i in clauses) and act_on_document(governing_verb(trigger))


def signing_told_again(state: DocState, target: EventDraft, draft: EventDraft) -> bool:
    """``draft`` ('The agreement was signed in Ankara in February 2024') tells the signing of the
    document ``target`` was told by an act on ('ratified the agreement on Wednesday'), with a date."""
    if state.doc is None or draft.date is None or not draft.date_start:
        return False
    told, again = token_at(state.doc, target.trigger[0]), token_at(state.doc, draft.trigger[0])
    return told is not None and again is not None and act_on_document(governing_verb(told)) \
        and _signs(governing_verb(again))
