"""Definite titles standing alone ("the Prosecutor General", "the Azerbaijani minister", "the Kazakh
leader") -> the person with that title head (and country, when an adjective or "of" phrase gives one).
When no one holds the title, a state's leader described after a name told without a post ("backers of
X demonstrated as the Libyan leader held talks") is that person (``epithets.py``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dateline.extract.coref_common import covered as _covered
from dateline.extract.coref_common import most_recent as _most_recent
from dateline.extract.coref_common import persons as _persons
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.epithets import epithet_holder
from dateline.extract.places import country_code
from dateline.extract.syntax import doc_ents
from dateline.extract.title_match import holds_title
from dateline.lexicons.loader import load_lexicon

__all__ = ["title_mentions"]

_WORDS = load_lexicon("people_coref.yaml")
_LEADERS = frozenset(_WORDS["leaders"])
_CHIEFS = tuple(_WORDS["chief_posts"])
_STATE_NOUNS = frozenset(_WORDS["state_nouns"])

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
    if not persons and all(p.title or p.role == "honorific" for p in _persons(state)):
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
        head = (ent.ent_id_ or ent.text).lower()  # a title the ruler gave no canonical form: its words ('the Amir')
        body = _head_of(doc, ent) if head == "head" else None
        if head == "leader" or body == "":  # "the Kazakh leader", "the Head of our state": a head of state or government
            cands = [p for p in persons if (p.title or "").split()[-1:] and (p.title or "").lower() in _LEADERS
                     and (country is None or p.country == country)]
        elif body:  # "the head of the Cabinet": the chairman of the Cabinet of Ministers
            cands = [p for p in persons if _chief_of(p.title or "", body) and (country is None or p.country == country)]
        else:
            holders = [p for p in persons if holds_title(head, p.title) and not _prime(head, p.title or "")]
            cands = [p for p in holders if country is None or p.country == country]
        if not cands:
            epithet_holder(state, doc, ent)  # "Kadhafi ... as the Libyan leader held talks": the named man
            continue
        chosen = _house_head(ent, cands) or _most_recent(state, ent.start_char, cands)
        if chosen is not None:
            chosen.add_mention(ent.start_char, ent.end_char)
            state.mentions.append(Mention(ent.start_char, ent.end_char, chosen.id, "title"))


def _head_of(doc: Doc, ent: Span) -> str | None:
    """What 'the head of ...' heads: '' for a state or government ('the Head of our state'), else the
    body's first capitalised word ('the head of the Cabinet': 'cabinet'); None when no 'of' follows."""
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    words = [t for t in doc[ent.end + 1:min(len(doc), ent.end + 4)] if t.pos_ not in {"DET", "PRON"}]
    if not words:
        return None
    if words[0].lemma_.lower() in _STATE_NOUNS:
        return ""
    return words[0].lower_ if words[0].text[:1].isupper() else None


def _chief_of(title: str, body: str) -> bool:
    """The title is the chief post of the body: it opens with a chief's word and names the body."""
    low = title.lower()
    return low.startswith(_CHIEFS) and f" {body}" in low


def _house_head(ent: Span, cands: list[ActorDraft]) -> ActorDraft | None:
    """'The Head of State' in capitals, with no state of its own: the agency's own head of state, the
    first of the candidates the report named (its lead's protagonist), not the guest told since."""
    doc = ent.doc
    ours = ent.end + 2 < len(doc) and doc[ent.end].lower_ == "of" and doc[ent.end + 1].lower_ == "our"
    if not (ent.text.lower() == "head of state" and ent.text[:1].isupper() or ours) or len(cands) < 2:
        return None  # "the Head of our state": likewise
    return min(cands, key=lambda p: min((start for start, _ in p.mentions), default=1 << 30))


def _prime(head: str, title: str) -> bool:
    """'the minister' is no prime minister: every 'minister' of the title is a 'prime minister'."""
    low = title.lower()
    return head == "minister" and low.count("minister") == low.count("prime minister")
