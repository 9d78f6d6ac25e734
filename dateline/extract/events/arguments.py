"""Arguments of an event: participants (source/recipient), countries, date, place and name."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.extract.document import ActorDraft, DocState, EventDraft, Mention
from dateline.extract.events.clause import governing_verb
from dateline.extract.events.cues import Cue
from dateline.extract.places import lookup_place, org_code
from dateline.record import TimeMention

__all__ = ["attach_date", "attach_place", "event_name", "frame_reference", "in_setting", "own_clauses", "participants_for", "pluperfect"]

_TOPIC_PREPS = {"on", "about", "regarding", "concerning", "over", "against", "between"}
_NAME_CUT = re.compile(r"\s*(?:,|;|\bwhich\b|\bthat\b|\bwhere\b|\bwill\b|\bwas\b|\bwere\b|\bis\b|"
                       r"\bheld\b|\bto be\b|\bin\s+(?:[A-Z][a-z]+)\s*(?:from|on|in|$)|\bfrom\s+[A-Z][a-z]+\s+\d)")


def _mentions_in(state: DocState, sent: Span) -> list[Mention]:
    return [m for m in state.mentions if m.start >= sent.start_char and m.end <= sent.end_char]


def _token_at(doc, char: int) -> Token | None:  # type: ignore[no-untyped-def]
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _in_subtree(tok: Token, root: Token) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i


def _is_topic(tok: Token) -> bool:
    """A country mentioned as a topic ('discussed the situation in Afghanistan')."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ in _TOPIC_PREPS | {"in", "of"}:
            if cur.head.lower_ == "in" and cur.head.head.pos_ == "VERB" and cur.head.head.lemma_ in {
                    "arrive", "hold", "meet", "visit", "take", "sign", "convene", "gather"}:
                return False
            if cur.head.lower_ in _TOPIC_PREPS:
                return True
            if cur.head.lower_ in {"in", "of"} and cur.head.head.lemma_ in {
                    "situation", "development", "security", "peace", "stability", "crisis", "conflict",
                    "war", "region", "investment", "settlement", "reconstruction", "issue", "process"}:
                return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def clause_tokens(verb: Token) -> set[int]:
    """Token indices of the verb's clause, without coordinated or embedded other clauses."""
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in {"conj", "ccomp", "advcl", "parataxis"} and child.pos_ in {"VERB", "AUX"}:
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    tokens = {i for i in range(verb.left_edge.i, verb.right_edge.i + 1) if i not in skip}
    if verb.dep_ == "relcl" and verb.head is not verb:  # "Tillerson, who met with Trump": the antecedent
        antecedent = verb.head
        tokens.update(range(antecedent.left_edge.i, antecedent.i + 1))
    # A coordinated verb shares its subject: "X arrived in Ashgabat and held talks with Y".
    cur = verb
    for _ in range(3):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children):
            break
        if cur.dep_ not in {"conj", "xcomp", "acomp"} or cur.head is cur:
            break
        cur = cur.head
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for subj in subjects:
            tokens.update(range(subj.left_edge.i, subj.right_edge.i + 1))
        if subjects:
            break
    return tokens


def _upper_subject(verb: Token, exclude: set[int]) -> list[Token]:
    """Subjects of the verbs above ``verb`` ('Aliyev noted that ... an invitation has been sent')."""
    cur = verb
    for _ in range(4):
        if cur.head is cur:
            return []
        cur = cur.head
        subs = [c for c in cur.children if c.dep_ in {"nsubj"} and c.i not in exclude]
        if subs:
            return subs
    return []


def participants_for(state: DocState, event: EventDraft, cue: Cue, sent: Span) -> None:
    """Fill source, recipient, participants and countries from the clause's mentions."""
    doc = sent.doc
    verb = governing_verb(cue.token)
    clause = clause_tokens(verb)
    mentions = _mentions_in(state, sent)
    in_clause = [m for m in mentions if (t := _token_at(doc, m.start)) is not None and t.i in clause]
    if in_clause and not event.extra.get("backref"):
        mentions = in_clause
    if event.kind == "gathering":
        mentions = [m for m in mentions if state.actor(m.actor_id).kind in {"organization", "group"}
                    or (state.actor(m.actor_id).kind == "country" and m.kind == "country")
                    or (_token_at(doc, m.start) is not None
                        and _token_at(doc, m.start).dep_ in {"nsubj"} and verb.lemma_ == "host")]
    source: list[str] = []
    recipient: list[str] = []
    other: list[str] = []
    invitation_of: list[str] = []
    name_span = event.extra.get("name_span")
    for m in mentions:
        actor = state.actor(m.actor_id)
        if actor.kind == "person" and actor.role == "honorific":
            continue
        if actor.kind == "organization" and not actor.acronym and event.kind not in {"gathering"}:
            continue
        if actor.kind in {"organization", "group"} and event.kind in {"meeting", "call", "visit"} \
                and _in_setting_phrase(_token_at(doc, m.start)):
            continue  # "on the sidelines of the SCO summit": the setting, not a party
        tok = _token_at(doc, m.start)
        if tok is None:
            continue
        if _in_other_event(tok, cue.token):
            continue  # "a bilateral meeting on Friday, ahead of the three-way talks with Wang Yi"
        if actor.kind in {"country", "group"} and m.kind in {"country", "demonym", "group"} and _is_topic(tok):
            continue
        if actor.kind == "country" and m.kind == "demonym" and any(
                x.kind == "person" and x.country == actor.country for x in _actors_in(state, sent)):
            continue  # "Azerbaijani Prosecutor General X": X stands for the country
        if name_span and name_span[0] <= m.start < name_span[1] and event.kind == "agreement":
            continue
        if event.kind == "agreement" and _in_terms(tok, cue.token):
            continue  # "a memorandum which will fund a line linking Moldova's grid with Romania": its terms
        # "accepted Aliyev's invitation": the possessor invited
        if event.kind == "invitation" and cue.token.lemma_.lower() == "invitation" and tok.dep_ == "poss" \
                and tok.head.i == cue.token.i:
            invitation_of.append(actor.id)
            source.append(actor.id)
            continue
        # "at the invitation of X"
        if _after_invitation_of(tok):
            invitation_of.append(actor.id)
            if event.kind == "invitation":
                source.append(actor.id)
            continue
        role = _role(tok, verb, cue)
        if event.kind == "visit" and cue.via != "verb" and tok.dep_ == "poss" and tok.head.i == cue.token.i:
            role = "source"  # "during Saidov's visit to Bishkek": the possessor is the visitor
        if role == "other" and event.kind == "visit" and cue.via == "verb":
            continue  # a visit is its visitor and its host, not every state named nearby
        (source if role == "source" else recipient if role == "recipient" else other).append(actor.id)
    if event.kind == "invitation" and not invitation_of and not source:
        for subj in _upper_subject(verb, clause):
            for m in _mentions_in(state, sent):
                t = _token_at(doc, m.start)
                if t is not None and subj.left_edge.i <= t.i <= subj.right_edge.i:
                    source.append(m.actor_id)
    if event.kind == "invitation" and invitation_of:
        # The invitee is the clause's subject (the visitor).
        recipient = [a for a in source + recipient + other if a not in invitation_of]
        source = invitation_of
        other = []
    elif event.kind == "visit" and invitation_of:
        recipient = _dedupe(recipient + invitation_of)
    elif cue.token.lemma_.lower() == "receive" and event.kind == "meeting":
        source, recipient = recipient, source  # the guest is the source, the host the recipient
    if not source and not recipient:
        source, other = other[:1], other[1:]
    if not recipient and other:
        recipient, other = other, []
    source = _dedupe(source)
    recipient = [a for a in _dedupe(recipient + other) if a not in source]
    if event.kind in {"meeting", "multilateral", "agreement", "call"} and not any(
            state.actor(a).kind == "person" and state.actor(a).title for a in source + recipient):
        plural = _plural_officials(state, verb, sent)
        if plural:  # "The presidents held talks": the two presidents of the report
            source = plural
            recipient = [a for a in recipient if state.actor(a).kind not in {"country", "organization", "person"}
                         and a not in source]
    event.source = source
    event.recipient = recipient
    event.participants = _dedupe(source + recipient)
    event.countries = countries_of(state, event.participants)


_PLURAL_HEADS = {"presidents": ("president",), "ministers": ("minister",), "leaders": ("president", "prime minister",
                 "chancellor", "king", "emir", "premier", "head of state"), "premiers": ("prime minister", "premier"),
                 "prosecutors": ("prosecutor",), "speakers": ("speaker", "chairman", "chair", "president"),
                 "chairmen": ("chairman",)}
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _plural_officials(state: DocState, verb: Token, sent: Span) -> list[str]:
    """'The presidents held talks', 'the two ministers signed': the officials of that title told so far."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].lower_ not in _PLURAL_HEADS:
        return []
    subj = subjects[0]
    if not any(c.lower_ in {"the", "both"} or c.lower_ in _COUNTS for c in subj.children):
        return []
    count = next((_COUNTS[c.lower_] for c in subj.children if c.lower_ in _COUNTS), 2)
    qualifier = " ".join(c.lower_ for c in subj.children if c.dep_ in {"compound", "amod"} and c.lower_ not in _COUNTS)
    wanted = _PLURAL_HEADS[subj.lower_]
    seen: list[str] = []
    for m in sorted(state.mentions, key=lambda m: m.start, reverse=True):
        if m.start >= sent.start_char:
            continue
        actor = state.actor(m.actor_id)
        title = (actor.title or "").lower()
        if actor.kind != "person" or not title or actor.id in seen:
            continue
        if any(w in title for w in wanted) and (not qualifier or qualifier in title):
            seen.append(actor.id)
        if len(seen) == count:
            break
    return list(reversed(seen)) if len(seen) == count else []


_OTHER_EVENT_NOUNS = {"talks", "meeting", "summit", "visit", "trip", "conference", "forum", "session",
                      "negotiations", "consultations", "ceremony", "dinner", "lunch", "breakfast"}
_TIME_PREPS = {"ahead", "before", "after", "following", "prior", "since"}


def _in_other_event(tok: Token, trigger: Token) -> bool:
    """``tok`` names a party of another engagement the clause is timed by ('ahead of the talks with Y')."""
    cur = tok
    for _ in range(6):
        if cur.head is cur or cur.i == trigger.i:
            return False
        if (cur.lemma_.lower() in _OTHER_EVENT_NOUNS or cur.lower_ in _OTHER_EVENT_NOUNS) \
                and cur.i != trigger.i and cur.dep_ == "pobj":
            prep = cur.head
            if prep.lower_ in _TIME_PREPS or prep.lower_ == "of" and prep.head.lower_ in _TIME_PREPS:
                return not _in_subtree(trigger, cur)
        cur = cur.head
    return False


_SETTING_HEADS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes", "summit", "forum",
                  "conference", "session", "assembly", "framework", "auspices", "chairmanship", "presidency"}


def _in_terms(tok: Token, trigger: Token) -> bool:
    """``tok`` is inside a clause that spells out the document's content."""
    documents = [trigger] if trigger.pos_ != "VERB" else [
        c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    cur = tok
    for _ in range(10):
        if cur.dep_ in {"relcl", "acl"} and any(_in_subtree(cur, d) for d in documents) \
                and not _in_subtree(trigger, cur):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _in_setting_phrase(tok: Token | None) -> bool:
    cur = tok
    for _ in range(5):
        if cur is None or cur.head is cur:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in {"on", "at", "during", "of", "in", "within", "under",
                                                     "ahead", "before", "after", "for"}:
            if cur.head.lower_ == "of" and cur.head.head.lemma_.lower() not in _SETTING_HEADS:
                return False  # "the foreign ministers of the Benelux countries" are parties
            return True
        cur = cur.head
    return False


def _actors_in(state: DocState, sent: Span) -> list[ActorDraft]:
    ids = {m.actor_id for m in _mentions_in(state, sent)}
    return [a for a in state.actors if a.id in ids]


def _after_invitation_of(tok: Token) -> bool:
    cur = tok
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() == "invitation":
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _role(tok: Token, verb: Token, cue: Cue) -> str:
    if verb.dep_ == "relcl" and verb.head.left_edge.i <= tok.i <= verb.head.i:
        rel = [c.dep_ for c in verb.children if c.tag_ in {"WP", "WDT"} or c.lower_ in {"who", "which", "that"}]
        if "nsubj" in rel:
            return "source"  # "Lavrov, who arrived in Beijing on Tuesday": the antecedent is the subject
        if "nsubjpass" in rel:
            return "recipient" if cue.kind != "visit" else "source"
    cur = tok
    for _ in range(6):
        if cur.dep_ in {"nsubj", "nsubjpass", "agent"} and cur.head.i == verb.i:
            return "recipient" if cur.dep_ == "nsubjpass" and cue.kind != "visit" else "source"
        if cur.head.i == verb.i and cur.dep_ in {"dobj", "prep", "pobj", "dative"}:
            return "recipient"
        if cur.head is cur:
            break
        if cur.head.i == verb.i:
            return "recipient" if cur.dep_ not in {"nsubj", "nsubjpass"} else "source"
        cur = cur.head
    if _in_subtree(tok, cue.token) and cue.token.i != verb.i:
        return "other"
    return "other"


def _dedupe(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def countries_of(state: DocState, actor_ids: list[str]) -> list[str]:
    codes: list[str] = []
    for actor_id in actor_ids:
        actor = state.actor(actor_id)
        if actor.kind == "group" and actor.members:
            codes.extend(actor.members)
        elif actor.kind == "organization" and actor.acronym:
            codes.append(org_code(actor.acronym))
        elif actor.country:
            codes.append(actor.country)
    return sorted(set(codes))


def _attached(tok: Token, targets: set[int], *, hops: int = 5, barrier: set[str] | None = None) -> bool:
    cur = tok
    for _ in range(hops):
        if cur.i in targets:
            return True
        if barrier and cur.dep_ in barrier:
            return False
        if cur.head is cur:
            return False
        cur = cur.head
    return cur.i in targets


def _raising_heads(verb: Token) -> list[int]:
    """'On Wednesday, X is scheduled to be received by Y': the date sits on 'scheduled'."""
    out = []
    cur = verb
    for _ in range(2):
        if cur.dep_ not in {"xcomp", "acomp"} or cur.head is cur:
            break
        cur = cur.head
        if cur.lemma_.lower() not in {"schedule", "due", "expect", "set", "plan", "be", "slate", "go"}:
            break
        out.append(cur.i)
    return out


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.lower_ in {"has", "have"} and c.dep_ == "aux" for c in verb.children)


_EMBEDDED = {"relcl", "acl", "advcl", "appos", "pcomp"}
_SETTING_PREPS = {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"}
_SPAN_NOUNS = re.compile(r"\b(?:visit|trip|stay|tour|mission)\b", re.I)


_NP_LINKS = {"pobj", "prep", "appos", "conj", "cc", "compound", "nmod", "amod", "npadvmod", "nummod", "punct"}


def _np_path(low: Token, high: Token, links: set[str] = _NP_LINKS, hops: int = 10) -> bool:
    """``high`` is reached from ``low`` through ``links`` (of-phrases, appositions, lists)."""
    cur = low
    for _ in range(hops):
        if cur.i == high.i:
            return True
        if cur.head.i == cur.i or cur.dep_ not in links:
            return False
        cur = cur.head
    return cur.i == high.i


def _own_modifier(clause: Token, trigger: Token) -> bool:
    """'the summit (of the SCO), which Kazakhstan will host on July 3-4': the trigger's own clause."""
    head = clause.head
    if head.pos_ in {"VERB", "AUX"} or trigger.pos_ in {"VERB", "AUX"}:
        return False
    return _np_path(head, trigger) or _np_path(trigger, head)


def _trailing_schedule(tok: Token, trigger: Token, kind: str) -> bool:
    """', to be held in Moscow in November' right after the event's noun phrase, however parsed."""
    if kind not in {"gathering", "multilateral", "meeting", "visit"} or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    cur = governing_verb(tok)
    if cur.lemma_.lower() not in _SCHEDULED or cur.dep_ not in {"advcl", "acl", "relcl", "xcomp"}:
        return False
    phrase_end = trigger.head.head.right_edge.i if trigger.head.lower_ == "of" else trigger.right_edge.i
    start = cur.left_edge.i
    return 0 <= start - max(trigger.right_edge.i, min(phrase_end, start - 1)) <= 3 and start > trigger.i


_SCHEDULED = {"hold", "take", "convene", "host", "open", "organise", "organize", "stage", "schedule"}


def own_clauses(trigger: Token) -> list[Token]:
    """Relative and participial clauses that modify the trigger's noun phrase."""
    out = []
    for tok in trigger.doc[trigger.sent.start:trigger.sent.end]:
        if tok.dep_ in {"relcl", "acl"} and tok.head is not tok and _own_modifier(tok, trigger):
            out.append(tok)
    return out


def _foreign_clause(tok: Token, trigger: Token, verb: Token) -> Token | None:
    """The embedded clause (relative, adverbial, appositive) holding ``tok`` that is not the event's.

    "Lavrov, who arrived on Tuesday, held talks on Wednesday": Tuesday is the arrival's, not the
    talks'. None when ``tok`` is in the event's own clause or in a clause that modifies the trigger.
    """
    cur = tok
    for _ in range(12):
        if (cur.dep_ in _EMBEDDED or cur.dep_ in {"nsubj", "nsubjpass"} and cur.head.i == verb.i
                or cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"}) and cur.head is not cur:
            if not (_in_subtree(trigger, cur) or _in_subtree(verb, cur)):
                return cur  # also "X, on a visit from 11 to 14 March, held talks on Wednesday"
        if cur.head is cur:
            return None
        cur = cur.head
    return None


_CONTENT_VERBS = {"call", "provide", "envisage", "aim", "focus", "discuss", "cover", "concern", "deal", "allow",
                  "include", "set", "require", "oblige", "commit", "foresee", "stipulate", "seek", "urge", "say",
                  "state", "note", "mark", "celebrate", "commemorate", "devote", "dedicate", "address"}
_SIGNING_VERBS = {"sign", "ink", "conclude", "adopt", "initial", "approve", "ratify"}


def _own_clause_time(tok: Token, trigger: Token, kind: str) -> bool:
    """A time in a clause modifying the trigger that tells when it happens, not what it is about."""
    cur = tok
    for _ in range(12):
        if cur.dep_ in {"relcl", "acl"} and cur.head is not cur and _own_modifier(cur, trigger):
            if kind == "agreement" or kind == "invitation":
                return cur.lemma_.lower() in _SIGNING_VERBS
            return cur.lemma_.lower() not in _CONTENT_VERBS
        if cur.head is cur or cur.i == trigger.i:
            return False
        cur = cur.head
    return False


def in_setting(trigger: Token) -> bool:
    """'on the sidelines of the summit', 'at the forum': the trigger frames another event."""
    cur = trigger
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ in _SETTING_PREPS:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ in {"at", "during", "on"} and cur.i == trigger.i:
            return cur.head.head.pos_ in {"VERB", "AUX"} and cur.head.head.i != trigger.i
        if cur.head is cur or cur.dep_ not in {"pobj", "prep", "compound", "amod"}:
            return False
        cur = cur.head
    return False


_FRAME_NOUNS = {
    "talks": ("meeting", "multilateral", "call"), "meeting": ("meeting", "multilateral", "call"),
    "negotiations": ("meeting", "multilateral"), "consultations": ("meeting", "multilateral"),
    "conversation": ("call", "meeting"), "call": ("call",), "audience": ("meeting",),
    "visit": ("visit",), "trip": ("visit",), "stay": ("visit",), "tour": ("visit",),
    "dialogue": ("meeting", "multilateral", "gathering"), "round": ("meeting", "multilateral"),
    "conference": ("gathering",), "summit": ("gathering", "multilateral"), "forum": ("gathering",),
    "session": ("gathering", "multilateral"), "ceremony": ("gathering",),
}
_FRAME_PREPS = {"during", "after", "following", "at", "in", "on", "upon", "amid"}
_FRAME_POINTS = {"end", "close", "conclusion", "outcome", "results", "course", "start", "opening", "margins",
                 "sidelines", "beginning"}


def frame_reference(cue: Cue) -> tuple[int, tuple[str, ...], str | None] | None:
    """'During the talks, X invited Y', 'Following the meeting, they signed': the event that dates it.

    Returns the referring noun's character offset, the kinds of event it can name and which end
    of it is meant ("on the last day of his visit", "at the end of the talks": "last"), when the
    trigger's clause is set in an earlier-told engagement by a definite noun phrase.
    """
    verb = governing_verb(cue.token)
    preps = [c for c in (*verb.children, *cue.token.children) if c.lower_ in _FRAME_PREPS and c.dep_ in {
        "prep", "advcl", "advmod", "mark", "pcomp"} or (c.lower_ == "following" and c.dep_ in {"prep", "advcl"})]
    for prep in preps:
        objs = [c for c in prep.children if c.dep_ in {"pobj", "dobj"}]
        for obj in objs:
            which = None
            if obj.lower_ == "day" and prep.lower_ in {"on", "during"}:  # "on the last day of his visit"
                which = next((c.lower_ for c in obj.children if c.lower_ in {"first", "last", "final", "opening",
                                                                          "closing"}), None)
                if which is None:
                    continue
            if (obj.lower_ in _FRAME_POINTS or which) and prep.lower_ in {"at", "in", "on", "after", "during"}:
                inner = [g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                if not inner:
                    continue
                which = which or ("last" if obj.lower_ in {"end", "close", "conclusion"} else None)
                obj = inner[0]
            elif prep.lower_ in {"at", "in", "on"}:
                continue
            kinds = _FRAME_NOUNS.get(obj.lower_) or _FRAME_NOUNS.get(obj.lemma_.lower())
            if not kinds:
                continue
            if not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "their", "his", "her",
                                                                  "its", "these"} for c in obj.children):
                continue
            return obj.idx, kinds, ("first" if which in {"first", "opening"} else
                                    "last" if which in {"last", "final", "closing"} else None)
    return None


_MODIFIER_LINKS = {"prep", "pobj", "conj", "acl", "npadvmod", "appos", "nummod", "compound", "amod"}


def _modifies(tok: Token, trigger: Token) -> bool:
    """``tok`` sits in a modifier of the trigger noun: 'COP29, the conference under way since Monday'."""
    return trigger.pos_ in {"NOUN", "PROPN"} and _np_path(tok, trigger, _MODIFIER_LINKS, hops=5)


def pluperfect(verb: Token) -> bool:
    """'had accepted', 'had met': before the reported moment, on a day the text does not give."""
    return any(c.lower_ == "had" and c.dep_ in {"aux", "auxpass"} for c in verb.children)


def attach_date(state: DocState, event: EventDraft, cue: Cue, sent: Span) -> None:
    """The time expression of the trigger's clause; none when the clause states no date."""
    doc = sent.doc
    verb = governing_verb(cue.token)
    clause = clause_tokens(verb)
    name_span = event.extra.get("name_span")
    setting = event.kind == "gathering" and in_setting(cue.token)
    if event.kind == "invitation" and (cue.token.head.lower_ == "at" or any(
            a.lower_ == "at" and a.i < cue.token.i for a in cue.token.ancestors)):
        return  # "a visit at the invitation of X": when X invited is not said
    candidates = []
    for t in state.times:
        if not t.start or t.span[0] < sent.start_char or t.span[1] > sent.end_char:
            continue
        if name_span and name_span[0] <= t.span[0] < name_span[1]:
            continue
        before = sent.doc.text[max(0, t.span[0] - 40):t.span[0]].rstrip()
        if len(t.start) == 4 and t.text[:1].isdigit() and re.search(r"\b[A-Z][\w-]*$", before) and not re.search(
                r"\b(?:In|Since|From|By|Until|Through|Of|On|At|During)$", before):
            continue  # "Strategic Partnership 2025-2030", "Vision 2045": part of a name
        if len(t.start) == 4 and sent.doc.text[max(0, t.span[0] - 6):t.span[0]].strip().lower().endswith(
                ("for", "until", "till", "through")):
            continue  # "programme for 2024-2026", "strategy until 2035": a period, not the event's date  # "the Cooperation Programme for 2024-2026" names, not dates, the signing
        tok = _token_at(doc, t.span[0])
        if tok is not None and (tok.i == cue.token.i or _in_subtree(cue.token, tok) or tok.dep_ == "det"):
            tok = _token_at(doc, max(t.span[0], t.span[1] - 1))  # "a three-day visit that began on Tuesday"
        if tok is None:
            continue
        own = _own_clause_time(tok, cue.token, event.kind) or (
            event.kind in {"gathering", "visit"} and _modifies(tok, cue.token)) or _trailing_schedule(
            tok, cue.token, event.kind)
        if not own and _foreign_clause(tok, cue.token, verb) is not None:
            continue  # another verb's date: "X, who arrived on Sunday, was received by Y"
        if event.kind == "invitation":
            if not _attached(tok, {cue.token.i, verb.i}, hops=3,
                             barrier={"xcomp", "ccomp", "dobj", "pobj", "relcl", "acl"}):
                continue
        attached = own or _attached(tok, {verb.i, cue.token.i, *_raising_heads(verb)})
        if not attached and tok.i not in clause:
            continue
        if not attached and len(t.start) == 4 and event.kind != "agreement":
            continue  # a bare year elsewhere in the clause
        if len(t.start) < 10 and _present_perfect(verb) and event.kind in {"visit", "meeting", "call"}:
            continue  # "has arrived ... since June": the report's day, not the month
        distance = min(abs(t.span[0] - cue.token.idx), abs(t.span[1] - cue.token.idx))
        span_days = event.kind in {"visit", "gathering"} and bool(t.end) and t.end != t.start
        candidates.append(((0 if own else 1 if attached else 2, not span_days, distance), t))
    if not candidates:
        return
    best = min(candidates, key=lambda pair: pair[0])[1]
    own_best = min(candidates, key=lambda pair: pair[0])[0][0] == 0
    event.date = best
    event.date_start = best.start
    event.date_end = best.end or best.start
    event.extra["date_from"] = "text"
    if setting and not own_best:
        event.extra["date_from"] = "setting"  # "met on Wednesday on the sidelines of the summit"
    if event.kind not in {"visit", "gathering"} and event.date_end != event.date_start \
            and _SPAN_NOUNS.search(best.text) and len(best.start or "") == 10:
        event.date_end = event.date_start  # "began a two-day visit on Monday with talks": the talks' day
    if event.kind in {"visit", "gathering"}:
        _open_and_close(doc.text, event, [t for key, t in candidates if key[0] <= 1], doc)
        if len(best.start or "") == 10 and best.end in (None, best.start):
            _nth_day_or_last(event, cue.token, _token_at(doc, best.span[0]), own=own_best)


_ORDINAL_DAYS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "final": 0,
                 "last": 0}


def _days_long(trigger: Token) -> int | None:
    """'a four-day visit', 'the three-day conference': its length in days."""
    words = " ".join(c.text for c in trigger.subtree if c.i < trigger.i).lower()
    match = re.search(r"\b(\d|two|three|four|five|six|seven|eight|nine|ten)[- ]day\b", words)
    if not match:
        return None
    from dateline.extract.time.lexicon import number

    return number(match.group(1))


def _nth_day_or_last(event: EventDraft, trigger: Token, time_tok: Token | None, *, own: bool) -> None:
    """'on the third day of a visit' (began two days earlier); 'a visit that ends on Friday'."""
    import datetime as dt

    day = dt.date.fromisoformat(event.date_start or "")
    head = trigger.head
    if head.lower_ == "of" and head.head.lemma_.lower() == "day" and not own:
        nth = next((_ORDINAL_DAYS[c.lower_] for c in head.head.children if c.lower_ in _ORDINAL_DAYS), None)
        if nth:
            event.date_start = (day - dt.timedelta(days=nth - 1)).isoformat()
            event.date_end = day.isoformat()
            event.extra["date_role"] = "nth-day"
            return
    verb = governing_verb(time_tok) if time_tok is not None else None
    lemma = verb.lemma_.lower() if verb is not None else ""
    lead = event.date.text.lower() if event.date is not None else ""
    doc_text = trigger.doc.text
    before = doc_text[max(0, (time_tok.idx if time_tok is not None else 0) - 8):
                      time_tok.idx if time_tok is not None else 0].lower()
    closing = lemma in {"end", "close", "conclude", "wrap", "finish"} or (
        lemma in {"last", "run", "continue"} and ("until" in before or "till" in before or "through" in before
                                                  or lead.startswith(("until", "till", "through"))))
    clause = verb
    for _ in range(4):  # "a visit that began on Tuesday and ends today"
        if clause is None or clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    if verb is not None and closing and (
            any(c.i == trigger.i and c.dep_ == "dobj" for c in verb.children)  # "wraps up his visit on Friday"
            or (_own_modifier(clause, trigger) if clause is not None and clause.dep_ in {"relcl", "acl"} else False)
            or any(c.i == trigger.i and c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)):
        length = _days_long(trigger)
        event.date_end = day.isoformat()
        event.date_start = (day - dt.timedelta(days=length - 1)).isoformat() if length else None
        event.extra["date_role"] = "end"


_START_WORDS = ("since", "from", "starting", "beginning", "opened on", "began on")
_END_WORDS = ("until", "till", "through", "to", "closes on", "ends on", "running until")


_START_VERBS = {"begin", "start", "open", "arrive", "kick", "get"}
_END_VERBS = {"end", "close", "conclude", "wrap", "finish"}


def _open_and_close(text: str, event: EventDraft, times: list[TimeMention], doc: Doc | None = None) -> None:
    """'under way since Monday and running until November 22': one span from two expressions."""
    def lead(t: TimeMention) -> str:
        return " ".join(text[max(0, t.span[0] - 14):t.span[0]].lower().split())

    def verb(t: TimeMention) -> str:
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand") if doc is not None else None
        return governing_verb(span.root).lemma_.lower() if span is not None and len(span) else ""

    days = [t for t in times if t.start and len(t.start) == 10 and t.end in (None, t.start)]
    starts = [t for t in days if lead(t).endswith(_START_WORDS) or verb(t) in _START_VERBS]
    ends = [t for t in days if (lead(t).endswith(_END_WORDS) or verb(t) in _END_VERBS)
            and not lead(t).endswith("from") and t not in starts]
    first, last = starts[0].start if starts else "", ends[-1].start if ends else ""
    if first and last and first < last <= _plus_days(first, 60):
        event.date = starts[0]
        event.date_start, event.date_end = starts[0].start, ends[-1].start


def _plus_days(day: str, n: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


def attach_place(state: DocState, event: EventDraft, cue: Cue, sent: Span) -> None:
    """The stated location ('in Baku'), else the host's country for visits, else the dateline."""
    doc = sent.doc
    verb = governing_verb(cue.token)
    best = None
    clause = clause_tokens(verb)
    for ent in sent.ents:
        if ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        if ent.root.i not in clause and not _in_subtree(ent.root, cue.token) and verb.dep_ == "relcl":
            continue  # "who arrived in Muscat from Munich, where he attended ...": another clause's place
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ in {"in", "at", "to"} and (
                prep.head.i in (verb.i, cue.token.i) or _in_subtree(cue.token, prep.head)
                or prep.head.lemma_ in {"arrive", "hold", "visit", "take", "meet", "sign", "be"}):
            place = lookup_place(ent.text)
            if place is not None:
                best = place
                break
        if ent.root.dep_ == "dobj" and ent.root.head.i == verb.i and event.kind == "visit":
            place = lookup_place(ent.text)
            if place is not None:
                best = place
                break
    if best is None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) \
            and verb.head.ent_type_ in {"GPE", "LOC", "FAC"}:
        left = min([verb.head.i, *(c.i for c in verb.head.children if c.dep_ == "compound")])
        best = lookup_place(doc[left:verb.head.i + 1].text)  # "from Munich, where he attended the conference"
    if best is None and event.kind == "visit" and event.recipient:
        hosts = [state.actor(a) for a in event.recipient]
        codes = [h.country for h in hosts if h.country and h.kind in {"country", "person"}]
        if codes:
            from dateline.extract.places import country_name

            best = lookup_place(country_name(codes[0]))
    if best is None and state.dateline is not None and state.dateline.resolved is not None \
            and event.status == "occurred" and event.kind in {"visit", "meeting", "agreement",
                                                              "multilateral", "gathering"}:
        if event.date_start is None or (state.published and event.date_start == state.published.isoformat()):
            if not event.countries or state.dateline.resolved.country in event.countries:
                best = state.dateline.resolved
    event.place = best
    del doc


def event_name(cue: Cue) -> str | None:
    """The name of a gathering or an agreement: the trigger noun's phrase."""
    tok = cue.token
    if cue.kind == "agreement" and tok.pos_ in {"VERB", "AUX"}:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objs:
            return None
        tok = objs[0]
    doc = tok.doc
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in {"det", "poss", "predet"}:
            continue
        left = min(left, child.left_edge.i)
    while left < tok.i and doc[left].dep_ in {"det", "poss"} or doc[left].is_punct and left < tok.i:
        left += 1
    if cue.kind == "gathering":  # "the OIC Council of Foreign Ministers session" (parsed head-first)
        while left > 0 and (doc[left - 1].text[:1].isupper() and not doc[left - 1].is_sent_start
                            or (doc[left - 1].lower_ in {"of", "and"} and left > 1
                                and doc[left - 2].text[:1].isupper())):
            left -= 1
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"prep", "compound", "appos", "nummod", "amod", "npadvmod"} or (
                child.dep_ == "cc" and child.i == tok.i + 1) or child.dep_ == "conj":
            if child.dep_ == "prep" and child.lower_ not in {"of", "on", "in", "between", "for"}:
                continue
            right = max(right, child.right_edge.i)
    # "a cooperation programme ... for 2024-2026": the period is part of the document's name.
    nxt = right + 1
    if nxt + 1 < len(doc) and doc[nxt].lower_ == "for" and re.fullmatch(r"\d{4}(?:[-–]\d{2,4})?", doc[nxt + 1].text):
        right = nxt + 1
        while right + 2 < len(doc) and doc[right + 1].text in {"-", "–"} and doc[right + 2].like_num:
            right += 2
    span = doc[left:right + 1]
    text = span.text
    cut = _NAME_CUT.search(text, len(tok.text))
    if cut and cut.start() > 0:
        text = text[:cut.start()]
    text = text.strip(" ,.;:'")
    if text.count('"') % 2 == 1:  # 'forum "Peace and Trust' -> close the quotation
        after = doc.text[span.start_char + len(span.text):span.start_char + len(span.text) + 1]
        text = text + '"' if after == '"' or text.endswith(tuple("abcdefghijklmnopqrstuvwxyz")) else text.replace('"', "")
    text = re.sub(r"^(?:a|an|the|its|their|his|her)\s+", "", text, flags=re.I)
    if cue.kind == "gathering" and len(text.split()) < 2:
        return None
    return text or None
