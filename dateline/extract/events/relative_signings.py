"""A document's signing still ahead, told through the verb it is raised from or a relative clause,
however the parser hangs that clause; and the occasion such a clause names.

- "several agreements are due to be signed", "the treaty is expected to be signed": the subject's
  passive signing, raised from a verb or an adjective;
- "a treaty on strategic partnership, which is due to be signed during the visit": the small parser
  hangs the relative clause on the last noun of the document's topic ('partnership'), not on the
  document; read from the document, it tells the document's own signing, still ahead;
- "during the visit" inside that clause, through the verbs the signing is raised from, is the
  occasion of the signing, not one of the document's terms;
- "A and B signed the Protocol setting out the main areas of cooperation": the parser makes the
  document the subject of a clause the signing verb governs; the signing verb is its clause;
- "protested against the signing of the treaty due to take place on Sunday", "the upcoming signing of
  the accord": the signing noun's own schedule puts the document's signing ahead; so does a relative
  clause of signing in the future on the document ("which A and B will sign next week");
- "a memorandum is expected to be signed on Friday, together with an agreement on visas": a document
  told 'together with' or 'along with' another hangs on the same signing verb.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["clause_occasion", "raised_signing", "relative_clauses", "signed_along", "signed_over", "signing_ahead",
           "to_be_signed"]

_RAISING = frozenset({"xcomp", "acomp"})
_DEPTH = 4  # prepositions and nouns between the document and the noun the clause hangs on


def raised_signing(head: Token) -> bool:
    """'are due to be signed', 'is expected to be signed', 'is set to be inked': the subject's passive
    signing, told through the verb or adjective it is raised from."""
    steps = [c for c in head.children if c.dep_ in {"acomp", "xcomp"}]
    steps += [g for c in steps if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"]
    return any(v.dep_ == "xcomp" and v.tag_ == "VBN" and v.lemma_.lower() in word_set("signing_verbs") for v in steps)


def to_be_signed(tok: Token) -> bool:
    """'Agreements are due to be signed', 'an agreement, which is expected to be signed', 'a deal to be signed
    when X visits Seoul': still to be signed."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and raised_signing(tok.head) \
        or any(raised_signing(c) or _infinitive_signing(c) for c in relative_clauses(tok)) \
        or any(c.dep_ == "acl" and _infinitive_signing(c) for c in tok.children)


def _infinitive_signing(verb: Token) -> bool:
    """'a deal to be signed': a passive infinitive of signing on the document."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in word_set("signing_verbs") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children)


def signing_ahead(tok: Token) -> bool:
    """'against the signing of a basic treaty due to take place on Sunday', 'the upcoming signing of the
    accord', 'the signing of the protocol, which will take place in Paris': the signing noun the document
    is told by carries its own schedule, so the signing is still ahead (not "the signing of the treaty,
    which took place in 1995")."""
    if any(c.dep_ == "relcl" and c.lemma_.lower() in word_set("signing_words") and _signs_the_document(c) and any(
            a.dep_ == "aux" and a.lower_ in {"will", "shall", "'ll"} for a in c.children) for c in tok.children):
        return True  # "the water agreement, which Turkey and Iraq will sign in Baghdad next week"
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "the signing of a treaty and a protocol"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in word_set("signing_nouns"):
        return False
    noun = tok.head.head
    after = tok.right_edge.i + 1  # "... of a border treaty due to take place": hung on the clause's verb
    if after + 1 < len(tok.doc) and tok.doc[after].lower_ in word_set("scheduled_signing_words") \
            and tok.doc[after + 1].lower_ in {"to", "for"}:
        return True
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in word_set("future_adjectives"):
            return True  # "the upcoming signing of"
        if c.lower_ in word_set("scheduled_signing_words") and c.i > noun.i and any(
                g.dep_ in {"xcomp", "pcomp", "prep"} for g in c.children):
            return True  # "due to take place on Sunday", "scheduled for Friday", "set for next week"
        if c.dep_ in {"relcl", "acl"} and any(a.dep_ == "aux" and a.lower_ in {"will", "shall", "to"} for a in c.children):
            return True  # "which will take place in Paris", "to take place on Sunday"
    return False


def _signs_the_document(clause: Token) -> bool:
    """The relative clause's own object is the document ("which they will sign", "they will sign"), not
    something done under it ("under which they will exchange information")."""
    objects = [c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(o.tag_ in {"WDT", "WP"} for o in objects):
        return True
    return not objects and not any(g.tag_ in {"WDT", "WP"} for c in clause.children if c.dep_ == "prep"
                                   for g in c.children if g.dep_ == "pobj")


def relative_clauses(tok: Token) -> Iterator[Token]:
    """The relative clauses on the document noun ``tok`` or on a noun of its topic phrase."""
    nouns = [tok]
    for _ in range(_DEPTH):
        for noun in nouns:
            yield from (c for c in noun.children if c.dep_ == "relcl")
        nouns = [g for n in nouns for c in n.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if not nouns:
            return


def clause_occasion(tok: Token, clause: Token) -> bool:
    """``tok`` is the object of 'during' or 'at' on the clause's verb or a verb raised from it."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"during", "at"}:
        return False
    verb = tok.head.head
    for _ in range(_DEPTH):
        if verb.i == clause.i:
            return True
        if verb.dep_ not in _RAISING:
            return False
        verb = verb.head
    return False


def signed_over(tok: Token, verb: Token) -> Token:
    """The verb whose clause the document ``tok`` is in: ``verb`` (its governing verb), or the signing
    verb above it when the parser made the document the subject of a complement of that signing
    ("signed the Protocol setting out ...": 'signed', whose subject names the parties)."""
    if tok.dep_ == "nsubj" and tok.head.i == verb.i and verb.dep_ in {"ccomp", "xcomp"} \
            and verb.head.lemma_.lower() in word_set("signing_words"):
        return verb.head
    return verb

def signed_along(tok: Token) -> Token | None:
    """The verb a document told 'together with' or 'along with' another is signed by: 'is expected to be
    signed on Friday, together with an agreement on visas', 'signed a protocol along with a memorandum'."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with":
        return None
    if any(c.dep_ == "advmod" and c.lower_ in {"together", "along"} for c in prep.children):
        return prep.head if prep.head.pos_ in {"VERB", "AUX"} else None
    return prep.head.head if prep.head.lower_ == "along" and prep.head.head.pos_ in {"VERB", "AUX"} else None
