"""A title told in apposition after the name: "NAME, [the] [adj] TITLE [of X]," and
"NAME (TITLE of X)"; a party body's membership before the state's post is skipped ("X, a member
of the Political Bureau of the CPC Central Committee and Chinese foreign minister,"). Before the
name, a determined noun phrase whose head is a title: "a new reform-minded president, X,", "the
head of the 57-member Organization of Islamic Cooperation, X," (``determined_left``).
"""

from __future__ import annotations

import re
from collections.abc import Set

from spacy.tokens import Doc, Span

from dateline.extract.people.chains import title_conjunction
from dateline.extract.title_complements import serial_comma
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["determined_left", "fronted_object", "phrase_right"]

_STATE_NOUNS = frozenset(load_lexicon("people_titles.yaml")["state_nouns"])
_MEMBERSHIP = frozenset(load_lexicon("people_titles.yaml")["membership_nouns"])
_TENURE = frozenset(load_lexicon("people_titles.yaml")["tenure_qualifiers"])
_PARTY_BODIES = re.compile(r"\b(?:" + "|".join(
    re.escape(b) for b in load_lexicon("people_titles.yaml")["party_bodies"]) + r")\b", re.IGNORECASE)


def phrase_right(doc: Doc, name: Span, runs: Set[int]) -> tuple[int, int] | None:
    """Token range of an appositive title after ``name``: 'NAME, [the] Title [of X],'."""
    i = name.end
    if i >= len(doc) or doc[i].text not in {",", "("}:
        return None
    bracket = doc[i].text == "("  # "Ana Rojas (Interior Minister of Chile)"
    j = i + 1
    k = j
    party_and: int | None = None
    while k < len(doc) and k - j < 28:
        t = doc[k]
        if t.text == "," and not bracket and k > j and serial_comma(doc, t, runs):
            k += 1  # "X, Vice President, Prime Minister and Ruler of Dubai,"
            continue
        if t.text in {",", ".", ";", ":", "(", ")"} or t.pos_ in {"VERB", "AUX"} and t.ent_type_ != "TITLE":
            break
        if t.lower_ in {"who", "which", "that"} and t.ent_type_ != "ORG":  # not "of the WHO"
            return None
        if t.i in runs:
            # "X, chief of staff for U.N. Secretary-General Y": the phrase ends before the complement
            # that holds another person; "Sergei Lavrov, Ukraine's President Viktor Yushchenko":
            # another person's title, no apposition.
            joint = next((m for m in range(k - 1, j, -1) if doc[m].lower_ in {"for", "to", "of"}), None)
            if joint is None or not any(doc[m].ent_type_ == "TITLE" for m in range(j, joint)) \
                    or not any(doc[m].ent_type_ == "TITLE" for m in range(joint, k)):
                return None  # (not "X, a spokesman for the National Liberation Army": a body, read as a name)
            k = joint
            break
        if t.lower_ == "and" and any(doc[m].ent_type_ == "TITLE" for m in range(j, k)) \
                and not title_conjunction(doc, t, runs):
            if not _PARTY_BODIES.search(doc[j:k].text):
                break
            party_and = k if party_and is None else party_and  # "general secretary of the CPC ... and Chinese president"
        k += 1
    while k > j and doc[k - 1].lower_ in {"of", "the", "and", "for", "to"}:
        k -= 1  # a chain longer than the walk: not "... and Vice-President of the"
    if k == j or not any(doc[m].ent_type_ == "TITLE" for m in range(j, k)):
        return None
    if not bracket and k < len(doc) and doc[k].pos_ in {"VERB", "AUX"} and doc[k].dep_ == "ROOT" \
            and name.root.dep_ in {"pobj", "dobj"}:
        return None  # "Speaking with X, the Azerbaijani Speaker noted": the main clause's subject
    if bracket and (k >= len(doc) or doc[k].text != ")"):
        return None
    start = j
    while start < k and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    if start + 2 < k and doc[start].lower_ in _STATE_NOUNS and doc[start + 1].text in {"'s", "’s"}:
        start += 2  # "X, the country's top diplomat,": the state of the story, told by the title's owner
    start = _after_party_membership(doc, start, k)
    if party_and is not None and start < party_and:
        k = party_and  # no state's post after the party's: the phrase ends at 'and', as any other
    # The apposition must start with its title (or an adjective/modifier before it).
    first = doc[start]
    if not (first.ent_type_ in {"TITLE", "NORP", "GPE", "ORG"} or first.lower_ in titles().modifiers
            or first.lower_ in _TENURE  # "X, the outgoing president of Kyrgyzstan,"
            or (bracket and first.lower_ in titles().domains) or _field_before_head(doc, start, k)):
        return None
    return start, k


def _field_before_head(doc: Doc, start: int, end: int) -> bool:
    """'X, the defense minister of France,', 'X, the oil and gas minister,': a ministry's field
    (one or more domain words) right before the title's head opens the apposition."""
    domains = titles().domains
    k = start
    while k < end and (doc[k].lower_ in domains or k > start and doc[k].lower_ == "and"):
        k += 1
    return start < k < end and doc[k - 1].lower_ != "and" and doc[k].ent_type_ == "TITLE"


def _after_party_membership(doc: Doc, start: int, end: int) -> int:
    """'X, a member of the Political Bureau of the CPC Central Committee and Chinese foreign minister,',
    'X, general secretary of the CPC Central Committee and Chinese president,': a party's body is no
    public position (GUIDE `officials`), so the title is the state's post after 'and' (one its state's
    name opens, or after a party's post a capitalised title: '... and President of Laos'; "and
    director of the Office of ..." stays with the membership)."""
    member = doc[start].lower_ in _MEMBERSHIP
    if not (member or doc[start].ent_type_ == "TITLE") or start + 1 >= end \
            or not _PARTY_BODIES.search(doc[start:end].text):
        return start
    for a in range(start + 2, end - 1):
        if doc[a].lower_ != "and":
            continue
        if not _PARTY_BODIES.search(doc[start:a].text):
            return start  # "chairman of the State Council and member of the Politburo": the state's post first
        b = a + 1
        while b < end and doc[b].ent_type_ in {"NORP", "GPE"}:
            b += 1
        if (b > a + 1 or not member and doc[b].text[:1].isupper()) and b < end \
                and (doc[b].ent_type_ == "TITLE" or doc[b].lower_ in titles().modifiers) \
                and not _PARTY_BODIES.search(doc[a:end].text):
            return a + 1
    return start


_DETERMINERS = frozenset({"the", "a", "an"})


def fronted_object(doc: Doc, name: Span, floor: int = 0) -> bool:
    """'After meeting the president, Ali Reza said ...': the noun phrase before the comma ends a
    fronted adverbial (the sentence opens with a preposition, a subordinator or a participle) and
    the name that follows is the clause's subject, not in apposition (no comma closes it)."""
    if name.end < len(doc) and doc[name.end].text in {",", ")", "(", ";", "--", "\u2013", "\u2014"}:
        return False
    first = doc[max(name.sent.start, floor)]
    if any(t.text == "," for t in doc[first.i:name.start - 1]):
        return False  # "In a statement, the ministry's spokesman, X said": the adverbial ended before
    return first.pos_ in {"ADP", "SCONJ"} or first.tag_ == "VBG" or first.lower_ in {"after", "before", "while", "when"}


def determined_left(doc: Doc, name: Span, runs: Set[int], floor: int = 0) -> tuple[int, int] | None:
    """Token range of the title of a determined noun phrase in apposition before the name: 'a new
    reform-minded president, X,', 'the sole dissenting justice, X,', 'the country's newly elected
    president, X,', 'the head of the 57-member Organization of Islamic Cooperation, X,'. The words
    of the writer's description before the title (adjectives, participles, numbers) are no part of
    it; the phrase starts at its first title, ministry or modifier word."""
    end = name.start
    if end < 2 or doc[end - 1].text != "," or fronted_object(doc, name, floor):
        return None
    end -= 1
    lex = titles()
    first_title = None
    k = end - 1
    while k >= floor and end - k <= 16:
        t = doc[k]
        if t.i in runs or t.is_sent_start and t.lower_ not in _DETERMINERS:
            return None
        if t.lower_ in _DETERMINERS and k > 0 and doc[k - 1].lower_ in {"of", "for", "to", "in"}:
            k -= 1  # "head of the ... Organization": the complement's article
            continue
        if t.lower_ in _DETERMINERS or t.text in {"'s", "’s"} and k > 0 and (
                doc[k - 1].lower_ in _STATE_NOUNS or doc[k - 1].ent_type_ in {"GPE", "ORG"}):
            break
        if t.ent_type_ == "TITLE":
            first_title = k
        elif not (t.is_alpha or t.like_num or t.text in {"-", "'s", "’s", "."}) or t.pos_ in {"AUX", "PRON"} \
                or t.pos_ == "VERB" and t.tag_ not in {"VBN", "VBG"} \
                or t.lower_ in {"who", "which", "that", "and"} and t.ent_type_ != "ORG":
            return None
        k -= 1
    else:
        return None
    if first_title is None:
        return None
    start = first_title
    while start > k + 1 and (doc[start - 1].lower_ in lex.modifiers or doc[start - 1].lower_ in lex.domains
                             or doc[start - 1].ent_type_ in {"TITLE", "ORG"} and doc[start - 1].text[:1].isupper()):
        start -= 1  # "the foreign minister", "the U.N. humanitarian coordinator"
    if any(doc[m].ent_type_ == "TITLE" and doc[m].text[:1].isupper() and m < first_title for m in range(k + 1, start)):
        return None
    return start, end
