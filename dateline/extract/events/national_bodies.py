"""The sitting of one state's own body is no gathering between states.

"The 10th session of the Iranian parliament opened", "the annual session of China's National
People's Congress", "the ruling party will hold a congress in April", "a parliamentary session of
the government-in-exile": a legislature or a political party is a body of one state, and its sitting
brings no second state together. A gathering whose name names such a body (a word of
``national_body_words``, or a national parliament of ``institutions.yaml``), and that no
organisation of states and no second state takes part in, is dropped. "The plenary session of the
Parliamentary Assembly of Turkic States" and "the Inter-Parliamentary Union Assembly" stay: an
organisation of states sits there, as it does in any "parliamentary assembly" or "inter-parliamentary"
body ("the 19th Plenary Session of the Parliamentary Assembly of the Mediterranean in Rome"). One pass over the document's events, no parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.extract.document import EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.institutions import institution_of, parliament_country
from dateline.extract.places import country_code
from dateline.extract.syntax import compound_name, token_at

__all__ = ["national_sittings"]

_STATE_CODE = re.compile(r"[A-Z]{3}")


def _names_national_body(name: str) -> bool:
    """The name names a legislature or a party ("Iranian parliament", "party congress"), not an
    assembly of several states' parliaments ("the Parliamentary Assembly of the Mediterranean")."""
    if any(phrase in name.lower() for phrase in word_set("international_body_phrases")):
        return False
    words = {w.lower() for w in re.findall(r"[\w']+", name)}
    return bool(words & word_set("national_body_words")) or parliament_country(name) is not None \
        or institution_of(name) == "Parliament"


def _one_state(event: EventDraft) -> bool:
    """The gathering's parties are at most one state and no organisation of states."""
    return all(_STATE_CODE.fullmatch(c) for c in event.countries) and len(event.countries) <= 1


def _legislature(tok: Token | None) -> bool:
    """'Congress', 'the U.S. Congress', "Peru's Congress", 'between Congress and the White House': a
    state's standing legislature told by its bare name, no sitting ('the 20th Congress', 'the World
    Congress of X', 'an international congress on Y' are sittings)."""
    if tok is None or tok.lemma_.lower() not in word_set("legislature_nouns") or not tok.text[:1].isupper():
        return False
    return not any(c.dep_ in {"prep", "nummod", "acl", "relcl"} or c.ent_type_ == "ORDINAL" or c.dep_ in {
        "amod", "compound", "nmod", "poss"} and not (c.ent_type_ in {"GPE", "NORP"} and country_code(
            compound_name(c)) is not None) for c in tok.children)


def national_sittings(events: list[EventDraft], doc: Doc | None = None) -> list[EventDraft]:
    """The events without the gatherings that are sittings of one state's legislature or party, or
    the legislature itself told as if it sat ("work with Congress")."""
    return [e for e in events if not (e.kind == "gathering" and _one_state(e) and (
        e.name and _names_national_body(e.name) or doc is not None and _legislature(token_at(doc, e.trigger[0]))))]
