"""The states a meeting's own words list as sitting at it: its roster.

- "the next trilateral meeting of the foreign ministers of Uzbekistan, Afghanistan and Pakistan",
  "the Consultative Meeting of the Heads of State of Central Asia": the meeting is OF those officials;
  the states they serve (a group's members) are the meeting's states, whoever the clause around it
  names ("the two sides agreed that ...", "the leaders discussed preparations for ..."): those who
  only talk about it are no side of it unless the roster holds their state too;
- "the meeting of the Arab Ministerial Contact Committee, held in Cairo with the participation of the
  foreign ministers of the UAE, Egypt, Saudi Arabia and Jordan": the states told as taking part join it.

Three or more states so listed make the meeting multilateral (GUIDE: a meeting where representatives
of three or more states are present). A gathering keeps its host and organisers; talks told as
bilateral or separate keep their kind; a group with an organisation's exact membership is left to
``member_sittings`` (the organisation's sitting). One pass over the document's meetings.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes, org_entries
from dateline.extract.syntax import token_at

__all__ = ["participation", "roster_of", "rosters", "seat_roster"]


def _officials(noun: Token) -> bool:
    """'the foreign ministers', 'the Heads of State', 'leaders': officials in the plural."""
    words = {noun.lemma_.lower(), noun.lower_.removesuffix("s")}  # a proper noun's lemma: 'Heads'
    return noun.tag_ in {"NNS", "NNPS"} and bool(words & (word_set("official_nouns") | {"leader", "head"}))


def _of_roster(trigger: Token) -> list[Token]:
    """The officials the meeting noun is 'of' ('meeting of the foreign ministers of A, B and C')."""
    return [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and _officials(o)]


def participation(trigger: Token) -> list[Token]:
    """What 'with the participation of', 'under the chairmanship of', 'with X taking part' bring to the meeting: on the noun itself, on the participle
    that describes it ('the meeting, held in Cairo with the participation of ...') or on the verb that
    holds it ('the meeting was held with the participation of ...')."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ in {"acl", "relcl"})]
    if trigger.dep_ in {"nsubjpass", "nsubj"}:
        holders.append(trigger.head)
    verb = next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is not None:  # "took part in (the outcomes of) the meeting, held in Cairo with ...": the parser's advcl
        holders += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > trigger.i
                    and c.lemma_.lower() in word_set("holding_verbs")
                    and not any(s.dep_.startswith("nsubj") for s in c.children)]
    absolute = [v for h in holders for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
                for v in w.children if v.dep_ == "pcomp" and v.tag_ == "VBG" and _taking_part(v)]
    absolute += [t for h in holders for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
                 for o in w.children if o.dep_ == "pobj"  # parsed "with (X and) (Y attending)" on the verb
                 for v in h.children if v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > o.i and _taking_part(v)
                 and v.left_edge.i <= o.right_edge.i + 1 and not any(c.dep_.startswith("nsubj") for c in v.children)
                 for t in (o, v)]
    return absolute + _attended_by(trigger, verb) + [o for h in holders for w in h.children if w.dep_ == "prep" and w.lower_ in {"with", "in", "under"}
            for n in w.children if n.dep_ == "pobj" and n.lemma_.lower() in (
                word_set("chairing_nouns") if w.lower_ == "under" else word_set("participation_nouns"))
            for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def _attended_by(trigger: Token, verb: Token | None) -> list[Token]:
    """'a meeting attended by the foreign ministers of A, B and C', 'chaired the meeting of the
    Council in Riyadh, attended by the ministers of A, B and C' (the parser hangs the participle on
    the verb): whom the passive participle of attending seats at the meeting."""
    participles = [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if verb is not None:
        participles += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > trigger.i
                        and not any(s.dep_.startswith("nsubj") for s in c.children)]
    return [o for v in participles if v.lemma_.lower() in word_set("sitting_participles") and v.lemma_.lower() != "take"
            for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _taking_part(verb: Token) -> bool:
    """'(with X) taking part', 'attending', 'participating': the with-clause seats its subject."""
    lemma = verb.lemma_.lower()
    return lemma in word_set("sitting_participles") and (lemma != "take" or any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))


def _member_set(members: tuple[str, ...] | list[str] | None) -> bool:
    """A group whose members are exactly an organisation's ('the SCO member states')."""
    wanted = frozenset(members or ())
    return any(o.members and frozenset(o.members) == wanted for o in org_entries())


def roster_of(state: DocState, tokens: list[Token]) -> tuple[list[str], list[str]]:
    """The states and the party actors (states, groups, persons) the roster's words name."""
    codes: list[str] = []
    actors: list[str] = []
    for head in tokens:
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        for mention in state.mentions_starting(lo, hi):
            actor = state.actor(mention.actor_id)
            if actor.kind == "group" and actor.members:
                if _member_set(actor.members):
                    return [], []  # the organisation's sitting: member_sittings codes it
                codes.extend(actor.members)
            elif actor.kind == "person" and mention.kind not in {"name", "surname"}:
                continue  # "representatives of the Prosecutor General's Offices": the offices, not their head
            elif actor.kind in {"country", "person"} and actor.country and actor.country not in igo_codes():
                codes.append(actor.country)
            else:
                continue
            actors.append(actor.id)
    return list(dict.fromkeys(codes)), list(dict.fromkeys(actors))


def seat_roster(state: DocState, event: EventDraft, trigger: Token, *, sentence: bool = False) -> None:
    """Give the meeting told by ``trigger`` the states its own words list as sitting at it. Told
    from its ``sentence`` alone (while the sentence's events are built), only a meeting whose clause
    names fewer than two states takes them: the passes after lend a meeting's parties to the
    documents and talks told around it, and the roster is read again after them."""
    if event.kind not in {"meeting", "multilateral"} or event.bilateral or event.separate:
        return
    if sentence and len({c for c in event.countries if c not in igo_codes()}) >= 2:
        return
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.lemma_.lower() not in word_set("meeting_nouns"):
        return
    own, own_actors = roster_of(state, _of_roster(trigger))
    joined, joined_actors = roster_of(state, participation(trigger))
    listed = list(dict.fromkeys([*own, *joined]))
    if len(listed) < 3:
        return
    if own:  # the meeting is of these officials: others the clause names only talk about it
        keep = set(listed)
        event.drop_parties({a for a in event.participants if state.actor(a).kind != "organization"
                            and not set(countries_of(state, [a])) <= keep})
    for actor_id in [*own_actors, *joined_actors]:
        if actor_id not in event.participants:
            event.recipient = [*event.recipient, actor_id]
            event.participants = [*event.participants, actor_id]
    bodies = [c for c in event.countries if c in igo_codes()]
    event.countries = sorted({*countries_of(state, event.participants), *bodies})
    event.kind = "multilateral"


def rosters(state: DocState, events: list[EventDraft]) -> None:
    """Give each meeting the states its own words list as sitting at it (again after the passes that
    lend a meeting the parties of its story)."""
    doc = state.doc
    if doc is None:
        return
    for event in events:
        trigger = token_at(doc, event.trigger[0])
        if trigger is not None:
            seat_roster(state, event, trigger)
