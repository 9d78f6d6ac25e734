"""Who attends a gathering: the named people the text puts at it (the guide's ``persons`` of a
gathering), never its countries (those stay the host and the organisers).

- the subjects of what is done at it: "Mr. Hu spoke at a forum in Beijing", "X and Y reached the
  agreement at a summit", "Z will attend the summit", "left for the summit", "during the forum,
  X met Y" (and whom they met there);
- whoever hosts, chairs, opens or addresses it in its own clause: "a summit hosted by X";
- the next sentences' "X, Y and Z are expected to attend" (no object of its own);
- "Among those attending the summit are X and Y": the copula's subject.

Someone merely invited ("invited X to attend the summit") is not listed.

:func:`gathering_attendees` adds, as the gathering's parties, the host of "a summit hosted by X",
the subject of "X attended the forum" or "X spoke at a conference", and a traveller to it ("told
reporters en route to Chile for the APEC summit"); a planned gathering takes only those the text
sends to it.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.cues import cues
from dateline.extract.events.gathering_audiences import spoken_to
from dateline.extract.events.geometry import own_clauses
from dateline.extract.events.lost_subjects import lost_subject
from dateline.extract.events.plural_officials import officials_told
from dateline.extract.events.rosters import participation
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, sentence_index, token_at

__all__ = ["attendees", "gathering_attendees", "later_attendees"]

_SETTING = frozenset({"at", "during", "to", "for", "on", "in", "of"})
_NAME_DASHES = frozenset({"-", "–", "—"})


def _persons_in(state: DocState, tokens: list[Token] | list[Token | Span]) -> list[str]:
    spans = [(t.start_char, t.end_char) if isinstance(t, Span) else (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
             for t in tokens]
    return state.named_persons(state.mentions_starting_in(spans))


def _described(noun: Token) -> list[Token | Span]:
    """The people a participle or a relative clause describes: 'X and Y, both attending ...',
    'Manalo, attending ...' (each the noun with its left modifiers: its conjuncts and appositions,
    not the clauses that hang from them)."""
    found = [noun]
    for cur in [noun, *(c for c in noun.children if c.dep_ == "appos")]:
        found += [cur, *(c for c in cur.children if c.dep_ == "conj")]
    return [noun.doc[t.left_edge.i:t.i + 1] for t in dict.fromkeys(found)]


def _subjects(verb: Token) -> list[Token | Span]:
    """The subject of a verb, through 'is to attend', 'are expected to attend', 'met ... and signed';
    of a participle, whom it describes ('X, attending the forum, said'); of 'who' the person the
    relative clause is about ('X, who arrived to take part in the forum')."""
    cur = verb
    for _ in range(3):
        subs = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subs and cur.dep_ == "relcl" and all(s.lower_ in word_set("relative_subjects") for s in subs):
            return _described(cur.head)
        if subs:
            return list(subs)
        if cur.dep_ == "acl" and cur.head.lower_ == "those" and cur.head.dep_ == "pobj" and cur.head.head.lower_ == "among":
            return [c for c in cur.head.head.head.children if c.dep_ in {"nsubj", "attr"}]  # "Among those attending
            # the summit are X and Y": who is among them (the copula's subject, its conjuncts with it)
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and (among := _among(cur.head)) is not None \
                and among.head.lemma_.lower() == "be":
            cur = among.head  # "X, who will be among scores of leaders attending the ceremonies": who is among them
            continue
        if cur.dep_ == "acl" and cur.tag_ in {"VBG", "VBN"} and cur.head.i != cur.i:
            return _described(cur.head)
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.dep_ == "prep" and cur.head.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head.head  # "X traveled to Washington after addressing the summit": X addressed it
            continue
        if cur.dep_ not in {"xcomp", "conj", "advcl"} or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def _among(noun: Token) -> Token | None:
    """The 'among' a noun is the object of, through a quantity ('among scores of leaders')."""
    cur = noun
    for _ in range(3):
        if cur.dep_ != "pobj":
            return None
        if cur.head.lower_ == "among":
            return cur.head
        if cur.head.lower_ != "of" or cur.head.head.pos_ != "NOUN":
            return None
        cur = cur.head.head
    return None


def _invited(verb: Token) -> bool:
    cur = verb
    for _ in range(3):
        if cur.lemma_.lower() in word_set("invitation_words"):
            return True
        cur = cur.head
    return False


def _doer(trigger: Token) -> Token | None:
    """The verb whose doing puts people at the gathering: 'spoke at', 'attend', 'met during'."""
    tok = trigger
    sidelines = False
    while tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        tok = tok.head  # "to attend a United Nations General Assembly session": the phrase's head noun
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.dep_ in {"dobj", "pobj"} \
            and all(t.text in _NAME_DASHES or t.dep_ == "compound" for t in tok.doc[tok.head.i + 1:tok.i]):
        tok = tok.head  # "address the South Africa–Angola Business Forum", parsed "(Africa) – (Angola ... Forum)"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.ent_type_ == "ORG" and tok.head.head.i < tok.i \
            and tok.ent_type_ != "ORG":
        tok = tok.head.head  # "attended the Organization of Turkic States summit", parsed "Organization of (... summit)"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in word_set("sideline_nouns"):
        tok, sidelines = tok.head.head, True  # "on the sidelines of the summit"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in word_set("occasion_part_nouns"):
        tok = tok.head.head  # "addressed the opening of the forum", "spoke at the plenary session of the forum"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_set("attending_verbs") | word_set("departure_verbs"):
        return tok.head  # "attended the summit", "has left the summit as the talks dragged on"
    if tok.dep_ != "pobj" or tok.head.lower_ not in _SETTING:
        return None
    if tok.head.lower_ == "of" and tok.head.head.pos_ in {"VERB", "AUX"}:
        return None  # "Speaking of the upcoming summit, X said": what one speaks of, not where
    verb = tok.head.head
    for _ in range(2):  # "met with Pacific leaders on the sidelines of the summit" (hung from the leaders)
        if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "pobj" and verb.head.lower_ == "with":
            verb = verb.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.lemma_.lower() in word_set("other_event_nouns"):
        verb = verb.head  # "holds a working lunch with X on the sidelines of the summit": the lunch's host
    elif verb.pos_ == "NOUN" and verb.dep_ == "dobj" and tok.head.lower_ in {"at", "during"} and verb.head.pos_ == "VERB" \
            and verb.lemma_.lower() not in word_set("meeting_nouns") | word_set("audience_nouns"):
        verb = verb.head  # "are expected to discuss the situation at the summit": the place of the doing, hung on its object
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ in {"in", "during"} and tok.head.lower_ == "to" \
            and verb.lemma_.lower() in word_set("audience_nouns") and verb.head.head.pos_ in {"VERB", "AUX"}:
        tok, verb, sidelines = verb.head, verb.head.head, True  # "In his address to the summit, X urged ...": X spoke
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.lemma_.lower() in word_set("led_to_gatherings") | word_set(
            "audience_nouns") and tok.head.lower_ in {"to", "at"}:
        sidelines = verb.lemma_.lower() in word_set("audience_nouns")  # (its speaker is there, whatever the verb)
        verb = verb.head  # "will head the country's delegation to the summit", "delivered a speech to the Assembly"
    if verb.lower_ == "part" and verb.head.lemma_.lower() == "take":
        return verb.head  # "took part in the forum"
    if verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return verb  # the same, parsed "took (part) (in the forum)"
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if not sidelines and tok.head.lower_ not in {"at", "during"} and not (tok.head.lower_ == "to" and spoken_to(
            verb)) and verb.lemma_.lower() not in word_set(
            "attending_verbs") | word_set("journey_words"):
        return None  # "talks on the summit", "preparations for the summit": not there
    return verb


def attendees(state: DocState, event: EventDraft, trigger: Token) -> None:
    """The named people this sentence puts at the gathering (``event.attendees``)."""
    found: list[str] = []
    for clause in own_clauses(trigger):  # "a summit hosted by Libyan leader X"
        if clause.lemma_.lower() in word_set("attending_verbs"):
            found += _persons_in(state, [a for a in clause.children if a.dep_ == "agent"])
            if clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in clause.children):
                found += _persons_in(state, [c for c in clause.children if c.dep_ == "nsubj"])  # "which X will chair"
    if trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in word_set("attending_verbs"):
        # "The summit was attended by X, Y and Z", "the forum was opened by X"
        found += _persons_in(state, [a for a in trigger.head.children if a.dep_ == "agent"])
    if trigger.dep_ in {"nsubj", "nsubjpass"}:  # "The summit was held in Riyadh, attended by leaders ..., including X"
        found += _persons_in(state, [a for c in trigger.head.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                                     and c.lemma_.lower() in word_set("attending_verbs") and c.i > trigger.i
                                     for a in c.children if a.dep_ == "agent"])
    found += _persons_in(state, participation(trigger))  # "held with the participation of X and Y"
    paired = _persons_in(state, [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"between", "with"}
                                 for o in p.children if o.dep_ == "pobj"])  # "a summit between X and Y"
    found += paired
    if paired and any(p.dep_ == "prep" and p.lower_ == "with" for p in trigger.children):
        found += _persons_in(state, _other_side(trigger))  # "X proposed a summit with Y": X is the other side
    verb = _doer(trigger)
    if verb is not None and not _invited(verb) and verb.lemma_.lower() not in word_set("non_attending_verbs"):
        subjects = _subjects(verb)
        found += _persons_in(state, subjects)
        hidden = lost_subject(state, verb)  # "On the sidelines of the forum, ..., Minister X met with Y": X
        if hidden:
            phrase: list[Token | Span] = [verb.doc[min(hidden):max(hidden) + 1]]
            found += _persons_in(state, phrase)
        found += [p for s in subjects if isinstance(s, Token) and not _persons_in(state, [s])
                  for p in officials_told(state, s, trigger.sent)]  # "The two ministers then opened the forum"
        if verb.lemma_.lower() in word_set("meeting_verbs_at"):  # "met with X at the summit": X is there too
            found += _persons_in(state, [c for c in verb.children if c.dep_ == "dobj"]
                                 + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                                    for o in p.children if o.dep_ == "pobj"])
    event.attendees = list(dict.fromkeys([*event.attendees, *found]))


def _other_side(trigger: Token) -> list[Token | Span]:
    """'X will hold a summit with Y', 'X proposed a summit with Y', 'X announced plans for a summit with Y':
    a gathering "with" one side is held by the subject of the verb that has it (or the plan for it) as
    its object; not by one who invites to it, criticises or cancels it."""
    tok = trigger
    if tok.dep_ == "pobj" and tok.head.lower_ in {"for", "on"} and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "plans for a summit", "an agreement on a summit"
    if tok.dep_ != "dobj" or tok.head.pos_ not in {"VERB", "AUX"}:
        return []
    verb = tok.head
    if _invited(verb) or verb.lemma_.lower() in word_set("non_attending_verbs"):
        return []
    return _subjects(verb)  # "X is to hold a summit with Y": through "is to"


def _attend_alone(sent: Span) -> list[Token]:
    """'X, Y and Z are expected to attend.', 'So will W attend it': attending with no object of its own."""
    return [t for t in sent if t.lemma_.lower() in word_set("attending_verbs") and t.pos_ == "VERB"
            and t.lemma_.lower() not in {"host", "chair", "open"}
            and not any(c.dep_ in {"dobj", "prep"} and c.lower_ not in {"it", "them"} for c in t.children)]


def later_attendees(state: DocState, events: list[EventDraft]) -> None:
    """'... a conference on Islam in Vienna. X, Y and Z are expected to attend.': the next two
    sentences' attendees without an object of their own attend the gathering told last."""
    doc = state.doc
    if doc is None:
        return
    gatherings = sorted((e for e in events if e.kind == "gathering"), key=lambda e: e.trigger[0])
    if not gatherings:
        return
    sents = list(doc.sents)
    told_at = [g.trigger[0] for g in gatherings]
    again = [i for i, s in enumerate(sents) if _tells_again(s)]  # "... for the summit in X."
    for index, sent in enumerate(sents):
        told = bisect_left(told_at, sent.start_char)  # the gatherings told before this sentence
        if not told:
            continue
        last = gatherings[told - 1]
        home = sentence_index(sents, last.trigger[0])
        first = home if home is not None else index
        latest = bisect_left(again, index) - 1  # the last sentence before this one that tells it again
        if latest >= 0 and again[latest] > first:
            first = again[latest]
        if index - first > 2 or any(
                sent.start_char <= e.trigger[0] < sent.end_char for e in events if e.kind == "gathering"):
            continue
        for verb in _attend_alone(sent):
            if _invited(verb):
                continue
            subject = _subjects(verb)
            found = _persons_in(state, subject)
            if found and token_at(doc, sent.start_char) is not None:
                last.attendees = list(dict.fromkeys([*last.attendees, *found]))
        if last.status == "planned" and _invited_to(doc, last):  # "X invited Y to the conference ... Y accepted"
            last.attendees = list(dict.fromkeys([*last.attendees, *_accepting(state, sent)]))
        if not any(last.trigger[0] < e.trigger[0] < sent.start_char and e.kind in {"meeting", "multilateral", "call", "visit"}
                   for e in events):  # "the meeting" is the gathering when no talks were told since
            last.attendees = list(dict.fromkeys([*last.attendees, *_told_again(state, sent)]))


def _tells_again(sent: Span) -> bool:
    """The sentence tells a gathering again by its bare noun ('final arrangements for the summit')."""
    return any(t.lemma_.lower() in word_set("gathering_nouns") and _bare_backref(t) for t in sent)


def _invited_to(doc: Doc, gathering: EventDraft) -> bool:
    """The gathering's sentence invites someone to it ('X invited Y to the conference ...')."""
    sent = doc.char_span(gathering.sentence[0], gathering.sentence[1], alignment_mode="expand")
    return sent is not None and any(t.lemma_.lower() in word_set("invitation_words") for t in sent)


def _accepting(state: DocState, sent: Span) -> list[str]:
    """'Y accepted the invitation': the invitee who accepts will take part (the guide's persons of a
    planned gathering)."""
    return [p for verb in sent if verb.pos_ == "VERB" and verb.lemma_.lower() == "accept" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in word_set("invitation_words") for o in verb.children)
        for p in _persons_in(state, _subjects(verb))]


def _bare_backref(noun: Token) -> bool:
    """'the meeting', 'this event', 'the two-day session': the occasion told before, not one named
    ('the IAP conference'), a part of one ('the first session') nor another's ('the meeting of X')."""
    return noun.text.islower() and any(c.dep_ == "det" and c.lower_ in {"the", "this"} or _day_owner(c) for c in noun.children) \
        and not any(c.dep_ in {"compound", "nmod", "poss", "nummod"} and not _day_owner(c) or c.dep_ == "amod" and (
            c.ent_type_ == "ORDINAL" or c.text[:1].isupper()) or c.dep_ == "prep" and c.lower_ == "of"
            for c in noun.children)


def _day_owner(tok: Token) -> bool:
    """'today's conference', 'Saturday's summit': a possessive that only dates the occasion."""
    return tok.dep_ == "poss" and tok.ent_type_ == "DATE"


def _told_again(state: DocState, sent: Span) -> list[str]:
    """'... a conference on energy, to be held in Washington. X will host the meeting.', 'The
    session was chaired by X': who hosts, chairs or attends the gathering the sentence refers back to."""
    found: list[str] = []
    for verb in sent:
        taking_part = verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in word_set("attending_verbs") or taking_part) or _invited(verb):
            continue
        # "X attended the summit", "X took part in the summit", "X led Qatar's delegation to the summit"
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        set_at = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _SETTING_PREPS | {"in"}
                  for o in p.children if o.dep_ == "pobj"]
        for noun in [*verb.children, *set_at]:
            if noun.dep_ not in {"dobj", "nsubjpass", "pobj"} or not _bare_backref(noun) or \
                    noun.lemma_.lower() not in word_set("meeting_nouns") | word_set("gathering_nouns") | word_set("told_again_nouns"):
                continue
            if noun.dep_ in {"dobj", "pobj"}:
                found += _persons_in(state, _subjects(verb))
            else:
                found += _persons_in(state, [a for a in verb.children if a.dep_ == "agent"])
    return found


# -- the gathering's own sentence, as parties: hosts, attendees, travellers to it -------------
_SETTING_PREPS = frozenset({"at", "to", "for", "during"})


def _person_at(state: DocState, tok: Token) -> str | None:
    """The named person (with a state) whose mention spans ``tok``'s phrase."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    for m in state.mentions:
        if lo <= m.start and m.end <= hi:
            actor = state.actor(m.actor_id)
            if actor.kind == "person" and actor.country and actor.role != "honorific":
                return actor.id
    return None


def _subject_of(tok: Token) -> Token | None:
    """The subject of ``tok``'s verb, or of the verb it is an infinitive or conjunct of."""
    for verb in (tok, tok.head):
        found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and not (
            c.ent_type_ in {"GPE", "LOC"} and any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children))), None)
        if found is not None:  # (not "left (for Istanbul) to attend": the for-phrase is where he goes)
            return found
        if verb.dep_ == "advcl" and verb.head.lemma_.lower() in cues().travel | word_set("journey_words"):
            continue  # "left for Istanbul to attend the session": the traveller attends
        if verb.dep_ not in {"xcomp", "conj"} or verb.dep_ == "xcomp" and any(
                c.dep_ == "dobj" for c in verb.head.children):
            break  # "invited his counterpart to attend the conference": the invitee, not listed
    return None


def _sentence_attendees(state: DocState, trigger: Token) -> list[str]:
    found: list[Token] = []
    for child in trigger.children:  # "a summit hosted by X"
        if child.dep_ == "acl" and child.lemma_.lower() == "host":
            found += [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if trigger.pos_ == "VERB":  # "X attended the forum"
        subject = _subject_of(trigger)
        if subject is not None and trigger.lemma_.lower() in word_set("party_attending_verbs"):
            found.append(subject)
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in _SETTING_PREPS:
        verb = next((a for a in ancestors(trigger.head, 4) if a.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and (trigger.head.lower_ in {"at", "during"} or verb.lemma_.lower() in word_set("party_attending_verbs")
                                 or trigger.head.head.lower_ in {"route", "way"}
                                 or verb.lemma_.lower() in word_set("journey_words") and trigger.head.head.i == verb.i):
            subject = _subject_of(verb)
            if subject is not None:
                found.append(subject)
    elif trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in word_set("party_attending_verbs"):
        subject = _subject_of(trigger.head)
        if subject is not None:
            found.append(subject)
    return [p for t in found if (p := _person_at(state, t)) is not None]


def gathering_attendees(state: DocState, events: list[EventDraft]) -> None:
    """Add the hosts, attendees and speakers the gathering's sentence names (not its countries)."""
    if state.doc is None:
        return
    for event in events:
        if event.kind != "gathering":
            continue
        trigger = token_at(state.doc, event.trigger[0])
        if trigger is None:
            continue
        people = [p for p in _sentence_attendees(state, trigger) if p not in event.participants]
        if people:
            event.recipient = [*event.recipient, *people]
            event.participants = list(dict.fromkeys([*event.participants, *people]))
