"""A clause right after a document noun that tells the document concluded, however the parser hangs it.

- "changes in the nuclear agreement reached last year between A and B": the participle follows the
  noun, though the parser may hang it on "changes";
- "the peace agreement Eritrea and Ethiopia signed in 2000": a relative clause without "that", its
  subject the states named right after the noun (the parser may hang the verb on another noun);
- "the free trade agreement we signed with Malaysia today": a relative clause whose subject is 'we'
  (``pronoun_signing``; events/quoted_signers.py gives the speaker's state);
- "the agreement, which Turkey and Iraq signed in Baghdad on Monday": a relative clause whose object is
  the relative pronoun, its subject the signers;
- "the memorandum on labour migration signed in December 2021": a past participle the parser hangs
  on the last noun of the document's own topic phrase;
- "discussed the implementation of the Treaty on the State Border signed in March 2025": a past
  participle right after the document's phrase that the parser raises to a noun the document stands in;
- not "the agreement to be signed", "the agreement they hope to sign", nor "the agreement, signed
  Monday, ..." read through its own comma (that one the parser hangs on the noun itself).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.settlements import concluded_words
from dateline.extract.events.words import holding_verbs, word_set
from dateline.extract.places import lookup_place
from dateline.record import TimeMention

__all__ = ["concluded_after", "own_date", "own_parties_only", "exchanged_by", "pronoun_signing", "topic_participle"]


def _concluding(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in concluded_words() and not any(
        c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)


def pronoun_signing(tok: Token) -> Token | None:
    """'the agreement we signed with Malaysia today': a relative clause in the past whose subject is
    'we' right after the document ``tok`` (the speaker's side: 'they' may be anyone told before), or None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "we" or doc[tok.i + 1].dep_ != "nsubj":
        return None
    verb = doc[tok.i + 2]
    if verb.i != doc[tok.i + 1].head.i or verb.head.i != tok.i or verb.dep_ not in {"relcl", "acl"} \
            or verb.tag_ != "VBD" or verb.lemma_.lower() not in concluded_words() \
            or any(c.dep_ in {"dobj", "aux", "neg"} for c in verb.children):
        return None
    return verb


def concluded_after(tok: Token) -> Token | None:
    """The concluding verb of a clause that follows the document noun ``tok`` with no word between
    ('the agreement reached last year', 'the accord A and B signed in 2000'), or None."""
    doc = tok.doc
    nxt = tok.i + 1
    if nxt >= len(doc):
        return None
    after = doc[nxt]
    if after.tag_ == "VBN" and after.dep_ in {"acl", "relcl"} and _concluding(after) \
            and not any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in after.children):
        return after  # "the agreement reached last year"
    if (relative := _relative_signing(tok)) is not None:
        return relative  # "the agreement on transit transport, which was signed in 2019"
    if (ours := pronoun_signing(tok)) is not None:
        return ours  # "the free trade agreement we signed with Malaysia today"
    if (own := _object_relative(tok)) is not None:
        return own  # "the agreement, which Turkey and Iraq signed in Baghdad on Monday"
    if (topical := topic_participle(tok)) is not None:
        return topical  # "the memorandum on labour migration signed in December 2021"
    if (raised := _raised_participle(tok)) is not None:
        return raised  # "the implementation of the Treaty on the State Border signed in March 2025"
    # "the agreement Eritrea and Ethiopia signed": the states, then their verb, with no object of its own
    end = nxt
    while end < len(doc) and (doc[end].ent_type_ == "GPE" or doc[end].lower_ in {"and", ","} and end > nxt):
        end += 1
    if end == nxt or end >= len(doc) or doc[end - 1].ent_type_ != "GPE":
        return None
    verb = doc[end]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    told = bool(subjects) or verb.head.i == tok.i and doc[nxt].dep_ == "appos"  # or read as "the agreement, A and B,"
    if verb.tag_ in {"VBD", "VBN"} and _concluding(verb) and told and all(nxt <= s.i < end or s.i == tok.i for s in subjects) \
            and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return verb
    return None


def _object_relative(tok: Token) -> Token | None:
    """'the agreement, which Turkey and Iraq signed in Baghdad on Monday', 'the deal that Kenya struck
    with Uganda last year': a relative clause on the document whose object is the relative pronoun, its
    concluding verb in the past with a subject of its own (not "which they will sign", "which they hope
    to sign"), or None."""
    return next((c for c in tok.children if c.dep_ == "relcl" and c.tag_ == "VBD" and _concluding(c)
                 and any(g.dep_ == "nsubj" for g in c.children)
                 and any(g.dep_ == "dobj" and g.lower_ in {"which", "that"} for g in c.children)), None)


def _relative_signing(tok: Token) -> Token | None:
    """'the agreement on transit transport, which was signed in 2019': a passive relative clause of
    concluding the parser hangs on the last noun of the document's own topic phrase (a comma before
    'which' and no other noun phrase between), or None."""
    doc = tok.doc
    at = tok.i + 1
    while at <= tok.right_edge.i and doc[at].text != ",":
        at += 1
    edge = doc[at - 1]
    if at + 2 >= len(doc) or doc[at].text != "," or doc[at + 1].lower_ not in {"which", "that"}:
        return None
    verb = doc[at + 1].head
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in concluded_words() \
            or verb.head.i == tok.i or not tok.i < verb.head.i <= edge.i \
            or not any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children) \
            or any(c.dep_ in {"aux", "neg"} for c in verb.children):  # "which was signed", not "which will be signed"
        return None
    if any(t.pos_ in {"NOUN", "PROPN"} and t.dep_ == "pobj" and t.head.lower_ not in {"on", "of", "in", "for"}
           for t in doc[tok.i + 1:edge.i + 1]):
        return None  # "the agreement with X on Y, which was signed": not the document's own words alone
    return verb


def topic_participle(tok: Token) -> Token | None:
    """'the memorandum on labour migration signed in December 2021', 'the accord with Pakistan, signed
    in 1982': a past participle of concluding, with no object or subject of its own, that the parser
    hangs on the last noun of the document's own topic or partner phrase (a few prepositions deep, through
    its conjoined nouns: 'an agreement on the promotion and protection of investments, signed by A'), right
    after that phrase or its comma (not a list's dash: "X – signed by A and B"), or None. Not when that noun is itself a document ('the protocol to the treaty signed in 1990': the
    treaty's own participle)."""
    cur = tok
    for _ in range(3):
        objs = [o for h in (cur, *(cur.conjuncts if cur.i != tok.i else ())) for p in h.children
                if p.dep_ == "prep" and p.lower_ in word_set("document_topic_prepositions")
                for o in p.children if o.dep_ == "pobj"]  # "on the promotion and protection of investments"
        if not objs:
            return None
        cur = objs[-1]
        if cur.lemma_.lower() in word_set("document_nouns") or cur.lower_ in word_set("document_objects"):
            return None
        verb = next((c for c in cur.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > cur.i
                     and (_concluding(c) or exchanged_by(c))
                     and (c.doc[c.i - 1].text == "," or not c.doc[c.i - 1].is_punct)  # not "X – signed by A and B"
                     and not any(g.dep_ in {"dobj", "nsubj", "nsubjpass"} for g in c.children)), None)
        if verb is not None:
            return verb
    return None


def exchanged_by(verb: Token) -> bool:
    """'a memorandum on tourism, exchanged by A and B': documents handed over by named signers at a
    ceremony (an exchange with its own agent; not "views exchanged on trade")."""
    return verb.lemma_.lower() == "exchange" and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)


def _raised_participle(tok: Token) -> Token | None:
    """'discussed the implementation of the Treaty on the State Border signed in March 2025': a past
    participle of concluding, with no subject, object or auxiliary of its own, that comes right after the
    document's whole phrase (no comma between) while the parser hangs it on a noun the document stands in
    ("implementation", "progress"), or None. The participle tells the document's signing: what is
    implemented is not signed, the document in it is."""
    doc = tok.doc
    at = tok.right_edge.i + 1
    if at >= len(doc):
        return None
    verb = doc[at]
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not _concluding(verb) \
            or any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in verb.children):
        return None
    raised_to = verb.head
    return verb if raised_to.pos_ in {"NOUN", "PROPN"} and raised_to.i < tok.i \
        and any(a.i == raised_to.i for a in tok.ancestors) else None


def _own_participle(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and _concluding(c)), None) \
        or concluded_after(tok)


def own_parties_only(state: DocState, event: EventDraft, tok: Token) -> None:
    """'Iran rejected the accord reached by Britain and France': a document cited by a clause that is no
    party to it keeps the parties its own words name (the noun's phrase and its concluding clause)."""
    verb = _own_participle(tok)
    end = max(tok.right_edge.i, verb.right_edge.i if verb is not None else tok.i)
    lo, hi = tok.left_edge.idx, tok.doc[end].idx + len(tok.doc[end])
    own = {m.actor_id for m in state.mentions_starting(lo, hi) if m.end <= hi}
    event.drop_parties({a for a in [*event.source, *event.recipient, *event.participants] if a not in own})
    event.countries = countries_of(state, event.participants)


def own_date(state: DocState, tok: Token) -> TimeMention | None:
    """'the agreement reached last year', 'the accord A and B signed in 2000': the date its own
    concluding clause tells (the fullest), not the date of the clause that cites it."""
    verb = _own_participle(tok)
    if verb is None:  # "the Declaration signed there had opened ...", parsed as the document's own verb
        verb = tok.head if tok.dep_ == "nsubj" and tok.head.tag_ in {"VBD", "VBN"} and _concluding(tok.head) and not any(
            c.dep_ in {"aux", "auxpass"} for c in tok.head.children) else None
        return _told_before(state, tok) if verb is not None and _there(verb) else _producer_date(state, tok)
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    inside = [t for t in state.times if lo <= t.span[0] and t.span[1] <= hi and t.start]
    if not inside and _there(verb):
        return _told_before(state, tok)
    if not inside and (held := _occasion_held(tok, verb)) is not None:
        lo, hi = held.left_edge.idx, held.right_edge.idx + len(held.right_edge)
        inside = [t for t in state.times if lo <= t.span[0] and t.span[1] <= hi and t.start]
    return max(inside, key=lambda t: len(t.start or ""), default=None)


def _occasion_held(tok: Token, verb: Token) -> Token | None:
    """'the agreements signed at the inaugural session of the commission, held in Luanda in November 2023':
    the holding clause of the occasion a document was signed at, which the parser hangs on the document."""
    if not any(c.dep_ == "prep" and c.lower_ in {"at", "during"} for c in verb.children):
        return None
    return next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > verb.i
                 and c.lemma_.lower() in holding_verbs("sitting_predicates")), None)


def _producer_date(state: DocState, tok: Token) -> TimeMention | None:
    """'the session of the committee, held in Muscat in 2024, had produced nine agreements': the time
    the producing subject's own words tell."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in word_set("producing_verbs"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    spans = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in subjects]
    inside = [t for t in state.times if t.start and any(lo <= t.span[0] and t.span[1] <= hi for lo, hi in spans)]
    return max(inside, key=lambda t: len(t.start or ""), default=None)


def _there(verb: Token) -> bool:
    """'signed there', 'recalled his visit to Vietnam in 2024 and said the documents signed in Hanoi had ...':
    the document was concluded where the sentence was before (the place its participle names lies in a
    state told earlier in the sentence)."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "there":
        return True
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
              if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    signed_in = {p.country for o in places if (p := lookup_place(o.text)) is not None and p.country}
    told = {p.country for t in doc[verb.sent.start:verb.i] if t.ent_type_ == "GPE" and t.dep_ == "pobj"
            and (p := lookup_place(t.text)) is not None and p.country}
    return bool(signed_in & told)


def _told_before(state: DocState, tok: Token) -> TimeMention | None:
    """'recalled his visit to Ashgabat in October 2024 and said the Declaration signed there ...': the
    time told last before the document in its sentence."""
    before = [t for t in state.times if tok.sent.start_char <= t.span[0] and t.span[1] <= tok.idx and t.start]
    return max(before, key=lambda t: t.span[0], default=None)
