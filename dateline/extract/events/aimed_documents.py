"""Documents aimed at, not concluded: the infinitive of a verb of aiming, wishing, asking or demanding,
or of a noun of striving, whose document is what is sought ("hope to sign a formal document", "urged
them to conclude a deal", "demanded that X sign a peace accord", "efforts to reach a peace agreement");
the purpose of a meeting still to finish one ("hold a joint meeting to finalize the pipeline deal"); what
talks are on ("talks with Obama on forging a global pact"); what is hoped or doubted to come ("expressed
doubt that A and B will finalize a deal"); what one wants to come back with ("wants to return with a pact")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["aimed_at"]


def aimed_at(tok: Token) -> bool:
    """'help the Palestinians reach a peace agreement', 'hope to sign a formal document', 'urged
    them to conclude a deal': an aim or a wish, an infinitive under a verb of aiming or asking."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in word_set("document_parts") | word_set("quantity_nouns"):
        tok = tok.head.head  # "a chance to secure the broad outlines of a trade treaty": the outlines' verb
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "VERB" and verb.head.tag_ == "VB":
        verb = verb.head  # "wants to return from India with a final pact": the pact goes with the aimed return
    if _purpose(verb) or _talked_of(verb):
        return True
    if verb.pos_ in {"VERB", "AUX"} and verb.tag_ == "VB" and verb.dep_ == "acl" \
            and verb.head.lemma_.lower() in word_set("aim_nouns"):
        return True  # "efforts to reach a peace agreement", "a bid to seal a trade deal": what is striven for
    if verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"ccomp", "acl"} and _hoped_or_doubted(verb.head) \
            and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "can", "could"} for c in verb.children):
        return True  # "remains confident an agreement will be reached", "expressed doubt that A and B will
        # finalize a deal": hoped for or doubted, not announced
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VB", "VBP"} \
            or verb.dep_ not in {"xcomp", "ccomp", "advcl", "conj"}:
        return False
    cur = verb
    for _ in range(3):  # "called on Arab nations to help Palestinian leaders reach ..."
        while cur.dep_ == "conj":
            cur = cur.head
        up = cur.head
        if up.i == cur.i or up.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
            return False
        if up.lemma_.lower() in word_set("aim_verbs"):
            return True
        if cur.dep_ not in {"xcomp", "ccomp"} or up.tag_ != "VB":
            return False
        cur = up
    return False




def _hoped_or_doubted(head: Token) -> bool:
    """'confident', 'doubt', or a copula whose complement is one ('it was unclear whether ...')."""
    words = word_set("hoping_words") | word_set("doubting_words")
    return head.lemma_.lower() in words or head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in words for c in head.children)


def _purpose(verb: Token) -> bool:
    """'can hold a joint meeting to finalize the pipeline deal', 'met to hammer out an accord': an infinitive
    of purpose of finishing or drafting the document, which is still to be done (not "met to sign a deal",
    "agreed to finalize the deal": the signing or the agreeing tells its own)."""
    return verb.pos_ == "VERB" and verb.tag_ == "VB" and verb.dep_ in {"advcl", "acl", "relcl"} \
        and verb.lemma_.lower() in word_set("unfinished_verbs") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _talked_of(verb: Token) -> bool:
    """'talks with Obama on forging a global pact', 'negotiations on reaching a ceasefire deal': a gerund
    the talks are about, its document only discussed."""
    prep = verb.head
    return verb.pos_ == "VERB" and verb.tag_ == "VBG" and verb.dep_ == "pcomp" \
        and prep.lower_ in {"on", "about", "over", "towards", "toward"} \
        and prep.head.lemma_.lower() in word_set("negotiation_words")
