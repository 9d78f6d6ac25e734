"""Who talks are between: a trigger whose other side is no state's official.

"talks with political parties", "the rebels agreed to hold talks", "met business leaders", "the
meeting with reporters", "more talks are needed": not an engagement between states, or talks named
as a process and no round held (events/filter.py drops the cue).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.cues import cues
from dateline.extract.events.internal_sides import government_and_opposition
from dateline.extract.events.mediators import igo_mediated
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_org
from dateline.extract.syntax import ancestors, entity_at, governing_verb, phrase_span, token_at

__all__ = ["deputy_stand_in", "fellow_traveller", "not_lent", "meets_non_officials", "non_state_subject", "other_counterpart", "placed_officials", "process_mention",
           "received_guest", "two_sides", "with_non_state_party"]


def with_non_state_party(tok: Token, preps: tuple[str, ...] = ("with",), own_words: bool = False) -> bool:
    """The only counterpart named is a party, movement or armed group: 'began talks with political
    parties on forming a coalition', 'to launch peace talks with Islamists'. With ``own_words``,
    only the noun's own modifiers name who it is ('a call from a suspect (in X's murder)')."""
    withs = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in preps]
    if tok.pos_ in {"VERB", "AUX"} and not withs:
        withs = [p for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "with"]
    objs = [o for p in withs for o in p.children if o.dep_ == "pobj"]
    if not objs:
        return False
    non_state = word_set("non_state_parties")
    return all((o.lemma_.lower() in non_state or o.lower_ in non_state) and not any(
        t.ent_type_ in {"PERSON", "TITLE", "GPE"} for t in (o.lefts if own_words else o.subtree))
        and not _organisation_named(o) for o in objs)


def _organisation_named(tok: Token) -> bool:
    """'talks with European Union and NATO leaders': the word is part of an organisation's name."""
    ent = entity_at(tok.doc, tok.i) if tok.ent_type_ == "ORG" else None
    return ent is not None and lookup_org(ent.text) is not None


def non_state_subject(tok: Token) -> bool:
    """The side that holds the talks is a party, a movement or an armed group: 'the rebels agreed to
    hold talks with the government', 'opposition groups are meeting in Djibouti'; or both sides are
    one state's government and its opposition ('peace talks between the government and rebels')."""
    if government_and_opposition(tok):
        return not igo_mediated(tok)  # "AU-sponsored talks between the government and rebels": Sudan and the AU
    verb = governing_verb(tok)
    for cur in [verb, *ancestors(verb, 3)][:3]:
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            subj = subjects[0]
            if any(t.ent_type_ in {"PERSON", "TITLE"} for t in subj.subtree):
                return False
            if subj.lemma_.lower() in word_set("non_state_subjects") or subj.lower_ in word_set("non_state_subjects"):
                return True  # "the rebels agreed to hold talks"
            if any(c.dep_ in {"amod", "compound"} and c.lower_ in word_set("non_state_traveller_modifiers")
                   for c in subj.children):
                return True  # "separatist politicians are making a trip to Islamabad for talks"
            # "Ukraine's opposition party", "armed groups" (not "the two parties", "the working group")
            return subj.lemma_.lower() in word_set("non_state_parties") and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in word_set("non_state_modifiers") for c in subj.children)
        if cur.dep_ not in {"xcomp", "advcl"}:
            break
    return False


def meets_non_officials(verb: Token) -> bool:
    """'to meet business leaders', 'met students', 'the meeting with reporters': no state's officials."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and verb.pos_ in {"VERB", "AUX"}]
    withs = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    if not objs and withs:  # "met privately with journalists", "the meeting with reporters"
        conjs = [c for c in withs[0].children if c.dep_ == "conj"]  # "with business leaders and bankers"
        return all(_no_officials(obj) for obj in [withs[0], *conjs])
    if not objs or any(w.ent_type_ in {"PERSON", "TITLE"} or w.lemma_.lower() == "counterpart" or any(
            t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in w.children) for w in withs):
        return False  # "met with President X to review the conflict", "with his counterpart Y, the ministry reports"
    obj = objs[0]
    if obj.ent_type_ in {"PERSON", "NORP", "GPE", "ORG", "TITLE"} or obj.pos_ in {"PRON", "PROPN"}:
        return False
    if any(t.ent_type_ in {"PERSON", "TITLE"} for t in obj.subtree if not any(
            a.dep_ == "prep" and a.lower_ in {"at", "in"} and a.head.i == obj.i for a in t.ancestors)):
        return False  # (not "students at the Justice Academy": where they are met)
    mods = {c.lower_ for c in obj.children if c.dep_ in {"compound", "amod"}}
    return obj.lemma_.lower() not in word_set("official_nouns") or bool(mods & word_set("non_official_modifiers"))


def _no_officials(obj: Token) -> bool:
    """'journalists', 'business leaders', 'bankers' (no state's official named or told in the phrase);
    'a rebel leader', 'leaders of the rebel X Army', 'opposition leaders' (whatever state is told)."""
    own = [t for left in obj.lefts for t in left.subtree] + [
        t for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    mods = {c.lower_ for c in obj.children if c.dep_ in {"compound", "amod"}}
    lemma = obj.lemma_.lower()
    if lemma in word_set("official_nouns") and any(t.lower_ in word_set("armed_rebel_words") for t in own) \
            and not any(t.ent_type_ == "PERSON" or t.lower_ in word_set("former_words") for t in own):
        return True  # "a jailed Colombian rebel leader", "leaders of the rebel Sudan Liberation Army": a state's
        # demonym or name tells where the rebels fight, not whom they serve (not "the former rebel movement")
    if lemma in word_set("official_nouns") and obj.tag_ == "NNS" and mods & word_set("stateless_scope_modifiers") \
            and not any(t.ent_type_ in {"PERSON", "TITLE", "NORP", "GPE", "ORG"} for t in own):
        return True  # "meetings with world leaders", "to meet with regional officials": no state told
    if lemma in word_set("official_nouns") and mods & word_set("non_official_modifiers"):
        own = [t for t in own if t.lower_ not in word_set("non_official_modifiers")]  # "business leaders"
    elif lemma not in word_set("non_official_nouns"):
        return False
    return not any(t.ent_type_ in {"PERSON", "TITLE", "NORP", "GPE"} or t.lemma_.lower() in word_set("official_nouns")
                   for t in own)


def two_sides(state: DocState, event: EventDraft) -> bool:
    """Told as bilateral ('talks between the two countries'), or two named officials of two states
    with no third official: a state named beside them (a host, a topic) makes no third side."""
    if event.bilateral:
        return True
    if event.third_side:
        return False  # "Sugiono and Wong joined the foreign ministers of Mexico, South Korea and Turkiye"
    people = [state.actor(a) for a in event.participants if state.actor(a).kind == "person"]
    homes = {p.country for p in people}
    if len(people) < 2 or None in homes or len(homes) != 2:
        return False
    # "Putin, Erdogan and Iran's president met": a third state among the subjects is a third side
    return not any(state.actor(a).kind == "group" or state.actor(a).country not in homes
                   for a in event.source)


def other_counterpart(state: DocState, pa: set[str], pb: set[str]) -> bool:
    """Two talks name different officials of the same state: "X held talks with Krasnov. On the eve
    of the talks, X met Bastrykin" are two meetings, not one told twice."""
    def other(one: set[str], two: set[str]) -> bool:
        return any(p not in two and (c := state.actor(p).country) is not None
                   and any(state.actor(q).country == c for q in two) for p in one)
    return other(pb, pa) and other(pa, pb)


def process_mention(tok: Token) -> bool:
    """'pursue the six-party talks', 'progress in six-party talks', 'the countries involved in the
    talks', 'returning to the stalled talks': a standing negotiation named, not a round held."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.ent_type_ in {"DATE", "TIME"} for c in tok.subtree):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "into" or tok.dep_ in {"nsubj", "nsubjpass"} and (
            tok.head.lemma_.lower() in word_set("needing_verbs")):
        return True  # "bring the United States back into talks", "more talks are needed"
    head = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if head is None:
        return False
    joined = f"{head.doc[head.i - 2].lower_}-{head.lower_}" if head.i >= 2 and head.doc[head.i - 1].text == "-" else ""
    return head.lemma_.lower() in word_set("process_words") or head.lower_ in word_set("process_words") \
        or joined in word_set("process_words")  # "to kick-start talks"


def placed_officials(tok: Token) -> bool:
    """'met with officials in Amman', 'held talks with local leaders in Kabul': the counterparts are
    officials told by no state but the place they are met in (the place's state is the other side)."""
    verb = governing_verb(tok)
    objs = [c for c in verb.children if c.dep_ == "dobj"] if verb.pos_ in {"VERB", "AUX"} else []
    objs += [o for owner in (tok, verb) for p in owner.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj"]
    def own(o: Token) -> list[Token]:  # without "in Amman", "at the ministry"
        where = {t.i for p in o.children if p.dep_ == "prep" and p.lower_ in {"in", "at"} for t in p.subtree}
        return [t for t in o.subtree if t.i not in where]
    return bool(objs) and all(
        o.tag_ in {"NNS", "NNPS"} and o.lemma_.lower() in word_set("official_nouns")
        and not any(t.ent_type_ in {"PERSON", "TITLE", "NORP", "GPE", "ORG"} for t in own(o)) for o in objs)


def received_guest(state: DocState, event: EventDraft, trigger: Token) -> None:
    """'The Amir received at Bayan Palace on Tuesday visiting Egyptian Foreign Minister X': the parser
    reads 'visiting' as a verb of its own; its object is the guest the hosting verb received."""
    if event.kind != "meeting" or trigger.lemma_.lower() not in cues().hosting:
        return
    for adv in trigger.children:
        if adv.dep_ != "advcl" or adv.lower_ not in word_set("guest_participles") or any(
                c.dep_ in {"nsubj", "aux", "mark"} for c in adv.children):
            continue
        for obj in (c for c in adv.children if c.dep_ == "dobj"):
            lo, hi = phrase_span(obj)  # not "X, who conveyed a message from King Y"
            guests = [m.actor_id for m in state.mentions_starting(lo, hi) if state.actor(m.actor_id).kind == "person"
                      and m.actor_id not in event.participants]
            if guests:
                event.source = list(dict.fromkeys([*guests, *event.source]))
                event.participants = list(dict.fromkeys([*event.source, *event.recipient]))
                event.countries = countries_of(state, event.participants)
                return


def fellow_traveller(state: DocState, draft: EventDraft, told: EventDraft, actor_id: str) -> bool:
    """'The OSCE says X will make his third visit to Ukraine. Lithuanian President Y will also
    visit': a visit with a visitor of its own takes the host from the visit told before, not that
    visit's traveller (another guest is no host)."""
    return draft.kind == "visit" and told.kind == "visit" and actor_id in told.source \
        and actor_id not in draft.source and state.actor(actor_id).kind == "person" \
        and any(state.actor(a).kind == "person" for a in draft.source)


def not_lent(state: DocState, draft: EventDraft, told: EventDraft, actor_id: str) -> bool:
    """A party of the engagement told before that a draft does not borrow: another guest of a visit
    (``fellow_traveller``), or another official of the state whose official the draft names itself
    ("X held talks with Foreign Minister Y. The same day, the guest met with the Speaker Z": Z's
    talks are not Y's)."""
    if fellow_traveller(state, draft, told, actor_id):
        return True
    actor = state.actor(actor_id)
    tok = token_at(state.doc, draft.trigger[0]) if state.doc is not None else None
    noun = tok.head if tok is not None and tok.dep_ == "compound" else tok  # "the talks session"
    if noun is None or any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}
                           for c in noun.children):
        return False  # "The talks session was attended by Prime Minister X": the talks told again
    return draft.kind in {"meeting", "call"} and actor.kind == "person" and actor.country is not None \
        and actor_id not in draft.participants and any(
            state.actor(p).kind == "person" and state.actor(p).country == actor.country for p in draft.participants)


def deputy_stand_in(state: DocState, draft: EventDraft, actor_id: str) -> str:
    """What a draft borrows for a person of the engagement told before: 'the vice ministers of both
    countries will meet' are not the ministers told before, so the draft borrows the state of a
    principal (when the report names it as a country), not the principal himself."""
    actor = state.actor(actor_id)
    tok = token_at(state.doc, draft.trigger[0]) if state.doc is not None else None
    if actor.kind != "person" or actor.country is None or tok is None or not _deputies_meet(tok) \
            or set((actor.title or "").lower().replace("-", " ").split()) & word_set("subordinate_title_words"):
        return actor_id
    home = state.country_actor(actor.country)
    return home.id if home is not None else actor_id


def _deputies_meet(trigger: Token) -> bool:
    """The clause's subject is deputies in the plural ('the vice ministers of both countries will meet',
    'deputy foreign ministers held consultations'): officials below those the story told."""
    verb = governing_verb(trigger)
    deputies = word_set("subordinate_title_words")
    return any(s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in deputies for c in s.children) for s in verb.children)
