"""The officials a state's side or delegation is made of serve that state (nationality.py).

Agency copy tells who spoke for each state in a clause of its own: "The Turkish side was represented
by Trade Minister X, while Azerbaijan was represented by Economy Minister Y", "The Kazakh delegation
included Deputy Foreign Minister A and Energy Minister B", "the Uzbek delegation, led by ..., comprised
...". The state is the subject (a demonym with a side/delegation noun, or the country itself); the
officials are the list of titled names right after the verb. The list ends at the first word that is
neither a name, a title nor a joint of the list, so a person of another clause ("... and met
President Z") never takes the state.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["escorts", "side_members"]

_WORDS = load_lexicon("people_coref.yaml")
_SIDES = "|".join(map(re.escape, [*_WORDS["headed_groups"], "side"]))
_BY = "|".join(map(re.escape, [*_WORDS["led_verbs"], *_WORDS["represented_verbs"]]))
_HOLDS = "|".join(map(re.escape, _WORDS["membership_verbs"]))
_AUX = "|".join(map(re.escape, _WORDS["passive_auxiliaries"]))
# After the state's word: "[side] [, in Baku for talks,] [was] represented [at the meeting] by"
_SIDE_BY = re.compile(rf"^(?:(?:['’]s)?\s+(?:{_SIDES}))?(?:\s*,[^,.;]{{1,60}},)?,?(?:\s+(?:{_AUX}))?\s+(?:{_BY})"
                      rf"(?:\s+(?:at|in|on)\s[^.;,]{{1,40}}?)?\s+by\b", re.IGNORECASE)
# "[side|delegation] included / comprised / consisted of"
_SIDE_HOLDS = re.compile(rf"^\s+(?:{_SIDES})(?:\s*,[^,.;]{{1,60}},)?\s+(?:{_HOLDS})\b", re.IGNORECASE)
_JOINTS = frozenset({",", "and", "as", "well", "of", "the", "for", "'s", "’s", "(", ")", "-", "–"})


def _opens(state: DocState, mention: Mention) -> int | None:
    """Where the member list starts after a state's mention that is the subject of a side's verb."""
    after = state.text[mention.end:mention.end + 160]
    match = _SIDE_BY.match(after)
    if match is None and mention.kind == "demonym":
        match = _SIDE_HOLDS.match(after)
    if match is None:
        return None
    if mention.kind == "country" and re.match(rf"^(?:['’]s)?\s+(?:{_SIDES})\b", after, re.IGNORECASE) is None \
            and not re.match(r"^\s+(?:was|were|is|will be|has been)\s", after, re.IGNORECASE):
        return None  # "Azerbaijan('s delegation) was represented by", not "Azerbaijan's ambassador was ..."
    return mention.end + match.end()


def _in_list(doc: Doc, start: int, end: int) -> bool:
    """Only a list's words stand between two members (titles, names, commas, 'and')."""
    if not doc.text[start:end].strip():
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    lex = titles()
    return all(t.ent_type_ in {"TITLE", "NORP", "GPE", "ORG", "PERSON"} or t.lower_ in _JOINTS
               or t.text[:1].isupper() or t.lower_ in lex.domains or t.lower_ in lex.modifiers
               or t.lower_ in lex.heads for t in span)


def _list_after(doc: Doc, names: list[Mention], persons: dict[str, ActorDraft], at: int, code: str,
                lead: ActorDraft | None = None) -> None:
    """The titled officials named in one list from ``at`` on, with no state of their own, take ``code``."""
    edge = at
    for name in names:
        if name.start < at:
            continue
        if not _in_list(doc, edge, name.start):
            break
        person = persons[name.actor_id]
        if person is not lead and person.title and not person.country:
            person.country = code
        edge = name.end


def side_members(state: DocState, doc: Doc, persons: dict[str, ActorDraft]) -> None:
    """Officials with no state of their own named in a state's side or delegation take its state."""
    names = sorted((m for m in state.mentions if m.kind == "name" and m.actor_id in persons),
                   key=lambda m: m.start)
    for mention in state.mentions:
        if mention.kind not in {"country", "demonym"}:
            continue
        code = state.actor(mention.actor_id).country
        at = _opens(state, mention) if code else None
        if at is None or code is None:
            continue
        _list_after(doc, names, persons, at, code)


_ESCORTED = "|".join(map(re.escape, _WORDS["escort_verbs"]))
# After a person's mention: "[, in Baku for talks,] was (also) accompanied by"
_ESCORT_BY = re.compile(rf"^(?:\s*,[^,.;]{{1,60}},)?\s+(?:{_AUX})\s+(?:also\s+)?(?:{_ESCORTED})"
                        rf"(?:\s+(?:at|in|on|during)\s[^.;,]{{1,40}}?)?\s+by\b", re.IGNORECASE)
# After a delegation's mention: "(also) included / comprised"
_ESCORT_HOLDS = re.compile(rf"^(?:\s*,[^,.;]{{1,60}},)?\s+(?:also\s+)?(?:{_HOLDS})\b", re.IGNORECASE)
_ESCORTED_KINDS = frozenset({"name", "surname", "title", "pronoun", "delegation"})
# Inside the lead's own clause: ", accompanied by"; "at the head of a delegation that includes",
# "his delegation, which included"; the lead is that clause's subject
_GROUPS = "|".join(map(re.escape, _WORDS["headed_groups"]))
_ESCORT_INSIDE = re.compile(rf",\s+(?:{_ESCORTED})\s+by\b|\b(?:{_GROUPS})\s*,?\s+(?:(?:that|which|who)\s+"
                            rf"(?:also\s+)?(?:{_HOLDS})|(?:also\s+)?(?:{_HOLDS})|including|comprising|consisting\s+of)\b",
                            re.IGNORECASE)
# After a delegation's mention, read backwards: "A and B were also part of the delegation"
_PART_OF = re.compile(rf"(?:{_AUX})\s+(?:also\s+)?(?:part|members?)\s+of\s+$", re.IGNORECASE)


def _members_before(state: DocState, doc: Doc, mention: Mention, names: list[Mention],
                    persons: dict[str, ActorDraft], code: str) -> None:
    """'Senators A and B were also part of the delegation': the list that ends before the verb."""
    before = state.text[max(0, mention.start - 40):mention.start]
    match = _PART_OF.search(before)
    if match is None:
        return
    edge = mention.start - len(before) + match.start()
    for name in reversed([n for n in names if n.end <= edge]):
        if not _in_list(doc, name.end, edge):
            break
        person = persons[name.actor_id]
        if person.title and not person.country:
            person.country = code
        edge = name.start


def escorts(state: DocState, doc: Doc, persons: dict[str, ActorDraft]) -> None:
    """Officials with no state of their own who accompany an official ("The Saudi minister was
    accompanied by Deputy Minister A and Ambassador B") or make up the delegation he heads ("The
    delegation included Minister C") serve his state: they travel with him, whatever the city."""
    names = sorted((m for m in state.mentions if m.kind == "name" and m.actor_id in persons),
                   key=lambda m: m.start)
    for mention in list(state.mentions):
        lead = persons.get(mention.actor_id)
        if lead is None or mention.kind not in _ESCORTED_KINDS:
            continue
        code = lead.country or lead.head_of
        if code is not None and mention.kind == "delegation":
            _members_before(state, doc, mention, names, persons, code)
        after = state.text[mention.end:mention.end + 160]
        match = _ESCORT_BY.match(after) or (_ESCORT_HOLDS.match(after) if mention.kind == "delegation" else None)
        if code is None or match is None:
            continue
        _list_after(doc, names, persons, mention.end + match.end(), code, lead)
    for match in _ESCORT_INSIDE.finditer(state.text):
        lead = _clause_lead(state, doc, match.start(), persons)
        code = lead.country or lead.head_of if lead is not None else None
        if code is not None:
            _list_after(doc, names, persons, match.end(), code, lead)


def _clause_lead(state: DocState, doc: Doc, at: int, persons: dict[str, ActorDraft]) -> ActorDraft | None:
    """The person who is the subject of the clause before ``at`` in its sentence ("Kuwaiti Foreign
    Minister X arrived in Tashkent, accompanied by ..."; "His delegation includes ..."), when no other
    person is named between them ("X received Minister Y, accompanied by Z": Y's escort, or X's)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    told = [m for m in state.mentions_starting(sent.start_char, at) if m.actor_id in persons]
    lead = None
    for m in told:
        words = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = words.root if words is not None else None
        if root is not None and (root.dep_ in {"nsubj", "nsubjpass"} or root.head.dep_ in {"nsubj", "nsubjpass"}
                                 or root.dep_ == "poss" and root.head.lower_ in _WORDS["headed_groups"]):
            lead = persons[m.actor_id]
            break
    if lead is None or any(persons[m.actor_id] is not lead for m in told):
        return None
    return lead

