"""he/his/him/she/her -> the most recent person, preferring the subject of the sentence (the
traveller of 'his visit', the subject of a clause the pronoun's own is subordinate to)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.syntax import VERBAL, governing_verb, word_positions
from dateline.lexicons.loader import load_lexicon

__all__ = ["resolve_pronoun", "resolve_pronouns"]

_WORDS = load_lexicon("people_coref.yaml")
_PRONOUNS = frozenset(_WORDS["pronouns"])
_BLANK = 3  # sentences naming no person between a pronoun and its antecedent: a new story starts
_TRIP_NOUNS = frozenset(_WORDS["trip_nouns"])
_GUEST_VERBS = frozenset(_WORDS["guest_verbs"])
_FEMALE = frozenset(_WORDS["female_pronouns"])
_MALE = frozenset(_WORDS["male_pronouns"])


def _marked(state: DocState, actor: ActorDraft, styles: str, words: str) -> bool:
    """The person is told with one of ``styles`` right before a mention ("Mrs X") or a word of
    ``words`` in the title ("Queen", "Sheikha")."""
    title = f" {(actor.title or '').lower()} "
    if any(f" {w} " in title for w in _WORDS[words]):
        return True
    return any((state.text[max(0, s - 12):s].split() or [""])[-1].lower() in _WORDS[styles] for s, _ in actor.mentions)


def _fits(state: DocState, tok: Token, actor_id: str) -> bool:
    """The pronoun can stand for the person: 'her' is no one told as a man, 'his' no one told as a woman
    (a person told as neither fits both)."""
    actor = state.actor(actor_id)
    if tok.lower_ in _FEMALE:
        return not _marked(state, actor, "male_styles", "male_title_words") \
            or _marked(state, actor, "female_styles", "female_title_words")
    if tok.lower_ in _MALE:
        return not _marked(state, actor, "female_styles", "female_title_words") \
            or _marked(state, actor, "male_styles", "male_title_words")
    return True


def resolve_pronoun(state: DocState, doc: Doc, tok: Token) -> ActorDraft | None:
    """The person a personal or possessive pronoun stands for, if any: of the pronoun's sex where
    the text tells it, and she/her the nearest woman so told over a person told as neither ("Ms.
    Rice ... before meeting with Prime Minister X. She meets Y": Rice)."""
    if not any(a.kind == "person" and a.role != "honorific" for a in state.actors):
        return None
    found = _nearest(state, doc, tok)
    if tok.lower_ in _FEMALE and (found is None or not _marked(state, found, "female_styles", "female_title_words")):
        return _woman_before(state, doc, tok) or found
    return found


def _woman_before(state: DocState, doc: Doc, tok: Token) -> ActorDraft | None:
    """The person told as a woman named last before the pronoun, in its sentence or the few before."""
    sent = tok.sent
    for _ in range(_BLANK):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    for m in reversed([m for m in state.mentions_starting(sent.start_char, tok.idx) if m.end <= tok.idx]):
        actor = state.actor(m.actor_id)
        if actor.kind == "person" and actor.role != "honorific" \
                and _marked(state, actor, "female_styles", "female_title_words"):
            return actor
    return None


def _nearest(state: DocState, doc: Doc, tok: Token) -> ActorDraft | None:
    """The person a pronoun stands for by the order and roles of the mentions (no person told as of
    the other sex)."""
    sent = tok.sent
    before = [m for m in state.mentions_starting(sent.start_char, tok.idx + 1) if m.end <= tok.idx
              and m.kind in {"name", "surname", "title", "relational"}
              and state.actor(m.actor_id).kind == "person"
              and state.actor(m.actor_id).role != "honorific"]
    own = _clause_subject(state, tok)
    before = [m for m in before if m.actor_id not in own  # "X thanked his host and invited him": not X
              and _fits(state, tok, m.actor_id)]  # "her trip": not the man named last
    if before:
        traveller = _traveller_of(state, tok, before) or _same_subject(state, tok)
        if traveller is not None and not _fits(state, tok, traveller.id):
            traveller = None
        return traveller if traveller is not None else state.actor(before[-1].actor_id)
    ahead = [m for m in state.mentions_starting(tok.idx + len(tok), sent.end_char) if m.kind in {"name", "surname", "title"}
             and state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).role != "honorific"
             and _fits(state, tok, m.actor_id)]
    traveller = _traveller_of(state, tok, ahead)  # "During his stay, X also met Y": X's stay, told ahead
    if traveller is not None:
        return traveller
    # The subject person of the nearest sentence before that names one, else its newest person:
    # read sentence by sentence backwards in text order (pronouns resolved so far sit at the end
    # of the mention list, not at their place: "he" of the lead is not newer than a name after it).
    blank = 0  # sentences read back that name no person: past _BLANK of them, another story
    while sent.start > 0 and blank < _BLANK:
        sent = doc[sent.start - 1].sent
        told = sorted((m for m in state.mentions_starting(sent.start_char, sent.end_char)
                       if m.kind in {"name", "surname", "title", "relational", "pronoun"}
                       and state.actor(m.actor_id).kind == "person" and m.actor_id not in own
                       and state.actor(m.actor_id).role != "honorific" and _fits(state, tok, m.actor_id)),
                      key=lambda m: (m.start, m.end))
        if not told:
            blank += 1
            continue
        for m in reversed(told):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and (span.root.dep_ in {"nsubj", "nsubjpass"}
                                     or span.root.head.dep_ in {"nsubj", "nsubjpass"}):
                return state.actor(m.actor_id)
        return state.actor(told[-1].actor_id)
    return None


def _clause_subject(state: DocState, tok: Token) -> set[str]:
    """The persons an object pronoun cannot be: the subject of its own verb, or of the verb it is
    coordinated with ('X thanked his host and invited him to visit': him is not X), also when the
    pronoun is the object of a preposition on the verb or on its object ('Y called on him', 'Y paid a
    courtesy call on him', 'Y held talks with him')."""
    if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "dative", "pobj"}:
        return set()
    verb = tok.head
    if tok.dep_ == "pobj":
        verb = tok.head.head if tok.head.dep_ == "prep" else tok
        if verb.dep_ in {"dobj", "attr"} and verb.pos_ == "NOUN":
            verb = verb.head  # "paid a courtesy call on him"
        if verb.pos_ not in VERBAL:
            return set()
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return {m.actor_id for c in subjects for m in state.mentions_starting(c.left_edge.idx, c.right_edge.idx + 1)}


def _same_subject(state: DocState, tok: Token) -> ActorDraft | None:
    """'He went to Israel for talks with X before he is to meet Y': the subject pronoun of a clause
    subordinate to (or coordinated with) a clause whose subject is the same pronoun is that
    subject, not the last person named."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ not in {"advcl", "conj"} or verb.head.i == verb.i:
        return None
    for subj in verb.head.children:
        if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.i >= tok.i:
            continue
        if subj.pos_ != "PRON" or subj.lower_ != tok.lower_:
            return None  # "she ... before he": another person; "X received Y after he arrived": either
        found = [m for m in state.mentions_starting(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
                 if state.actor(m.actor_id).kind == "person"]
        if found:
            return state.actor(found[-1].actor_id)
    return None


def _traveller_of(state: DocState, tok: Token, before: list[Mention]) -> ActorDraft | None:
    """'X is expected to meet Y during his visit': the visit is the clause subject's ('X received
    Y during his visit': the object's), not the last person named."""
    if tok.dep_ != "poss" or tok.head.lemma_.lower() not in _TRIP_NOUNS:
        return None
    verb = governing_verb(tok.head)
    if verb.pos_ not in VERBAL:
        return None
    guest = verb.lemma_.lower() in _GUEST_VERBS
    wanted = {"dobj"} if guest else {"nsubj", "nsubjpass"}
    args = [c for c in verb.children if c.dep_ in wanted]
    if not args and not guest and verb.dep_ in {"xcomp", "conj"}:  # "is expected to meet"
        args = [c for c in verb.head.children if c.dep_ in wanted]
    for arg in args:
        found = [m for m in before if arg.left_edge.idx <= m.start and m.end <= arg.right_edge.idx + len(arg.right_edge)]
        if found:
            return state.actor(found[-1].actor_id)
    return None


def resolve_pronouns(state: DocState, doc: Doc) -> None:
    """Every pronoun of the body -> its person."""
    for tok in (doc[i] for i in word_positions(doc, _PRONOUNS)):
        if tok.lower_ not in _PRONOUNS or tok.idx < state.body_start:
            continue
        actor = resolve_pronoun(state, doc, tok)
        if actor is not None:
            state.mentions.append(Mention(tok.idx, tok.idx + len(tok), actor.id, "pronoun"))
            actor.add_mention(tok.idx, tok.idx + len(tok))
    state.mentions.sort(key=lambda m: (m.start, m.end))
