"""Definite titles standing alone ("the Prosecutor General", "the Azerbaijani minister", "the Kazakh
leader") -> the person with that title head (and country, when an adjective or "of" phrase gives one)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.extract.coref_common import covered as _covered
from dateline.extract.coref_common import most_recent as _most_recent
from dateline.extract.coref_common import persons as _persons
from dateline.extract.document import DocState, Mention
from dateline.extract.places import country_code
from dateline.extract.syntax import doc_ents
from dateline.extract.title_match import holds_title
from dateline.lexicons.loader import load_lexicon

__all__ = ["title_mentions"]

_LEADERS = frozenset(load_lexicon("people_coref.yaml")["leaders"])

_TITLE_TAIL = re.compile(r"(?:\s+(?:of|the|for|[A-Z][\w'’-]*))*\s+")


def _named_after(state: DocState, end: int) -> bool:
    """The title's phrase runs on to a name: only 'of', 'the' and capitalised words between."""
    return any(m.kind == "name" and _TITLE_TAIL.fullmatch(state.text[end:m.start])
               for m in state.mentions_starting(end, end + 120))


def _of_state(state: DocState, doc: Doc, end: int) -> str | None:
    """The state an "of" phrase right after a title names ("the Ambassador of Korea")."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    phrase = doc[end + 1:min(len(doc), end + 5)]
    for m in state.mentions_starting(phrase.start_char, phrase.end_char):
        actor = state.actor(m.actor_id)
        if actor.kind == "country" and actor.country:
            return actor.country
    return None


def title_mentions(state: DocState, doc: Doc) -> None:
    """Definite titles alone -> the person holding that title."""
    persons = [p for p in _persons(state) if p.title]
    if not persons:
        return
    for ent in doc_ents(doc):
        if ent.label_ != "TITLE" or _covered(state, ent.start_char, ent.end_char):
            continue
        # Only definite descriptions: "the (Kazakh) prosecutor general", "the minister".
        left = doc[max(0, ent.start - 3):ent.start]
        if not any(t.lower_ == "the" for t in left):
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.ent_type_ == "PERSON" or _named_after(state, ent.end_char):
            continue  # "the Minister of Foreign Affairs of the Kingdom of Bahrain Abdullatif ...": that person's title
        country = None
        for t in left:
            if t.ent_type_ == "NORP":
                country = t.ent_id_ or country_code(t.text)
        country = country or _of_state(state, doc, ent.end)  # "the Ambassador of Korea": not Japan's
        head = ent.ent_id_.lower()
        if head == "leader":  # "the Kazakh leader": the head of state or government
            cands = [p for p in persons if (p.title or "").split()[-1:] and (p.title or "").lower() in _LEADERS
                     and (country is None or p.country == country)]
        else:
            holders = [p for p in persons if holds_title(head, p.title)]
            cands = [p for p in holders if country is None or p.country == country]
        if not cands:
            continue
        chosen = _most_recent(state, ent.start_char, cands)
        if chosen is not None:
            chosen.add_mention(ent.start_char, ent.end_char)
            state.mentions.append(Mention(ent.start_char, ent.end_char, chosen.id, "title"))
