"""The sides a plural pronoun stands for, in a clause that reports their talks.

"Israel and Syria confirmed they are holding indirect talks mediated by Turkey", "the two ministers
said they had agreed to meet again": the talks' subject is a pronoun whose antecedent is the
coordinated subject of the reporting verb the clause hangs from. Without it, the clause's own words
name only the mediator ("by Turkey"), and talks between the mediator alone come out. The reporting
subject stands in for the pronoun when it coordinates two or more parties ("A and B") or is plural
("the two sides"); a single reporter ("Egypt said they ...") stands for no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["pronoun_antecedent"]


def pronoun_antecedent(verb: Token) -> set[int]:
    """The token indices of the subject a plural pronoun subject of ``verb`` refers back to (see
    the module's doc); empty when the verb's subject is no plural pronoun or the clause reports
    nothing."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in word_set("plural_pronouns") for c in verb.children):
        return set()
    head = verb
    while head.dep_ in {"ccomp", "conj", "xcomp", "advcl"} and head.head.i != head.i:
        head = head.head
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        if subject.lower_ in word_set("plural_pronouns"):
            return set()
        if any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in {"NNS", "NNPS"}:
            return {t.i for t in subject.subtree}
        return set()
    return set()
