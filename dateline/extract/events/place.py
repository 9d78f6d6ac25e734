"""Where an event takes place: the stated location, the host's country, else the dateline."""

from __future__ import annotations

from spacy.tokens import Span

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.cues import Cue
from dateline.extract.events.geometry import clause_tokens
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name, lookup_place
from dateline.extract.syntax import compound_name, governing_verb, in_subtree

__all__ = ["attach_place"]


def attach_place(state: DocState, event: EventDraft, cue: Cue, sent: Span) -> None:
    """The stated location ('in Baku'), else the host's country for visits, else the dateline."""
    verb = governing_verb(cue.token)
    best = None
    clause = clause_tokens(verb)
    for ent in sent.ents:
        if ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        if ent.root.i not in clause and not in_subtree(ent.root, cue.token) and verb.dep_ == "relcl":
            continue  # "who arrived in Muscat from Munich, where he attended ...": another clause's place
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ in {"in", "at", "to"} and (
                prep.head.i in (verb.i, cue.token.i) or in_subtree(cue.token, prep.head)
                or prep.head.lemma_ in word_set("place_verbs")):
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
        best = lookup_place(compound_name(verb.head))  # "from Munich, where he attended the conference"
    if best is None and event.kind == "visit" and event.recipient:
        hosts = [state.actor(a) for a in event.recipient]
        codes = [h.country for h in hosts if h.country and h.kind in {"country", "person"}]
        if codes:
            best = lookup_place(country_name(codes[0]))
    if best is None and state.dateline is not None and state.dateline.resolved is not None \
            and event.status == "occurred" and event.kind in {"visit", "meeting", "agreement",
                                                              "multilateral", "gathering"}:
        if event.date_start is None or (state.published and event.date_start == state.published.isoformat()):
            if not event.countries or state.dateline.resolved.country in event.countries:
                best = state.dateline.resolved
    event.place = best
