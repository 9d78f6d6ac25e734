"""A post owned by a body the story named before: "The bank's managing director X", "the embassy's
counsellor Y" (people/actors.py, after the title phrase is read).

The possessive noun is a body's head noun ("bank", "fund", "ministry", "embassy"): the holder serves
the body of that noun the text named before it (an intergovernmental organisation: its code; a state's
body: the state written with it), and a mission's staff serve the state of the envoy the story named
when it names no mission ("Chinese Ambassador X ... The embassy's counsellor Y": China, not the host).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dateline.extract.document import ActorDraft, DocState
from dateline.extract.org_titles import official_code
from dateline.extract.places import country_code, org_by_acronym
from dateline.extract.syntax import span_ents
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["mission_staff", "owning_body"]

_WORDS = load_lexicon("people_titles.yaml")
_MISSIONS = frozenset(_WORDS["mission_nouns"])
_ENVOYS = frozenset(t.lower() for t in _WORDS["envoy_titles"])
_STAFF = re.compile(r"\b(?:" + "|".join(map(re.escape, _WORDS["mission_nouns"])) + r")(?:'s|’s)\s+(?:[\w\-]+\s+){1,4}$",
                    re.IGNORECASE)


def _state_of(doc: Doc, ent: Span) -> str | None:
    """The state written with a body's name: "the Chinese Embassy", "the Embassy of Japan"."""
    for t in [*doc[max(0, ent.start - 2):ent.start], *ent]:
        if t.ent_type_ in {"NORP", "GPE"} and (code := t.ent_id_ or country_code(t.text)):
            return code
    after = ent.end + (ent[-1].lower_ != "of")  # "the Embassy of" + "Estonia" (the NER stops at "of")
    if after < len(doc) and doc[after - 1].lower_ == "of" and doc[after].ent_type_ == "GPE":
        return doc[after].ent_id_ or country_code(doc[after].text)
    return None


def _envoy_state(state: DocState, before: int) -> str | None:
    """The state of the last envoy (ambassador, consul) the text named before offset ``before``."""
    envoys = [a for a in state.actors if a.kind == "person" and a.country and a.first < before
              and (a.title or "").lower().removeprefix("former ") in _ENVOYS]
    return max(envoys, key=lambda a: a.first).country if envoys else None


def owning_body(state: DocState, doc: Doc, k: int, actor: ActorDraft) -> bool:
    """Give ``actor`` (whose title phrase starts at token ``k``) the state or organisation of the
    body a possessive before the title names ("the bank's", "the embassy's"); True when found."""
    if k < 2 or doc[k - 1].text not in {"'s", "’s"}:
        return False
    noun = doc[k - 2].lower_
    if noun not in titles().org_heads:
        return False
    for ent in reversed(span_ents(doc[:k - 2])):
        if ent.label_ != "ORG" or not any(t.lower_ == noun for t in ent):
            continue
        org = org_by_acronym(ent.ent_id_) if ent.ent_id_ else None
        if org is not None:
            actor.country = official_code(org.acronym)
            actor.organization = actor.organization or org.name
            return True
        code = _state_of(doc, ent)
        if code is not None:
            actor.country = code
            return True
        break
    if noun in _MISSIONS and (code := _envoy_state(state, doc[k].idx)) is not None:
        actor.country = code
        return True
    return False


def mission_staff(state: DocState) -> None:
    """'The embassy's counsellor X' left without a state once the officials' states are read (the
    envoy's state may come from the story only: "Ambassador Y" among the guest's escorts): the state
    of the envoy the text named before."""
    for actor in state.actors:
        if actor.kind != "person" or actor.country or not actor.title:
            continue
        first = actor.first
        if _STAFF.search(state.text[max(0, first - 60):first]) is not None:
            actor.country = _envoy_state(state, first)

