"""Where a document was signed when the parser hangs the place inside the document's own phrase.

"signed five memoranda of understanding in Cairo on Sunday", "signed a memorandum on the protection
of investments in Doha", "reached an agreement on the text of a peace treaty in Washington": a
place preposition at the right end of the document's topic phrase attaches, by the parser, to the
last noun of the topic; read with the signing it tells where the document was signed. Only a city
(or a landmark that gives one) is read so: "an agreement on trade in Central Asia", "a treaty on
water use in Kazakhstan" name what the document is about, not where it was signed.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import EventDraft
from dateline.extract.events.place import is_country
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import compound_name

__all__ = ["signed_in_topic"]

_WHERE = frozenset({"in", "at"})
_TOPIC = frozenset({"on", "of", "for", "about", "in", "to", "between", "with"})


def _document(tok: Token) -> Token:
    """The document noun of a signing cue: the noun itself, or the verb's object ('signed a deal')."""
    if tok.pos_ in {"VERB", "AUX"}:
        return next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), tok)
    return tok


def _topic_path(prep: Token, document: Token) -> bool:
    """The place phrase hangs from the document through its topic phrases only ('memoranda [of
    understanding] in Cairo', 'an agreement [on the text [of a peace treaty]] in Washington'), not
    through a clause or a person ('the agreement signed by the minister who lives in Paris')."""
    cur = prep.head
    for _ in range(6):
        if cur.i == document.i:
            return True
        if cur.dep_ not in {"pobj", "compound", "conj"} or cur.pos_ not in {"NOUN", "PROPN"} or cur.ent_type_ == "PERSON":
            return False
        up = cur.head
        if cur.dep_ == "pobj":
            if up.dep_ != "prep" or up.lower_ not in _TOPIC:
                return False
            up = up.head
        cur = up
    return False


def _at_right_end(city: Token, document: Token) -> bool:
    """The place ends the document's phrase (only a date or punctuation after it within the phrase)."""
    doc = document.doc
    return all(t.is_punct or t.ent_type_ in {"DATE", "TIME"} or t.dep_ == "prep" and t.lower_ == "on"
               or t.lower_ in {"on", "last", "this", "next"}
               for t in doc[city.right_edge.i + 1:document.right_edge.i + 1])


def signed_in_topic(event: EventDraft, cue_token: Token) -> None:
    """'signed a memorandum on the protection of investments in Doha': signed in Doha, when the
    event has no place of its own clause."""
    if event.kind != "agreement" or event.place is not None and event.place_from == "text":
        return
    document = _document(cue_token)
    if document.pos_ not in {"NOUN", "PROPN"}:
        return
    verb = document.head if document.dep_ in {"dobj", "nsubjpass"} else None
    if verb is None or verb.lemma_.lower() not in word_set("signing_words"):
        return  # "the agreement on cooperation in Baku remains in force": no signing told here
    for prep in document.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE or prep.head.i == document.i:
            continue
        city = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if city is None or city.ent_type_ not in {"GPE", "FAC", "LOC"} or not _topic_path(prep, document) \
                or not _at_right_end(city, document):
            continue
        place = lookup_place(compound_name(city))
        if place is not None and place.country and not is_country(place):
            event.place, event.place_from = place, "text"
            return
