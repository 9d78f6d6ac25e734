"""Bounded walks over a dependency parse, comparing tokens by index.

Every rule that looks up the parse ("the verb whose clause this is", "is this noun inside an
of-phrase of the summit") walks from a token to its head, its head's head, and so on, a few
steps at most: a long walk crosses into other clauses. The walks live here, once.

spaCy makes a new ``Token`` object on every access (``tok.head is tok`` is never true, even at
the root), so tokens are compared by ``.i``. A walk stops at the sentence root: the root is
visited once. A rule that checks the same things on every token it visits reads the same
answer there as a walk that kept stepping on the spot until its hop limit.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator
from functools import cache

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = [
    "VERBAL", "ancestor", "ancestors", "climb", "compound_name", "doc_ents", "doc_text",
    "entity_at", "governing_verb", "governor", "in_subtree", "is_root", "phrase_span", "reaches", "span_ents",
    "attribute_index", "attribute_positions", "form_positions", "index_sentences", "lemma_positions", "lemma_tokens", "lexical_positions", "lower_lemmas", "prefix_positions",
    "of_objects", "remember_text", "token_at",
    "word_positions",
]

VERBAL = frozenset({"VERB", "AUX"})
_TEXT = "dateline.text"
_ENTS = "dateline.ents"
_WORDS = "dateline.words"
_FORMS = "dateline.forms"
_LEMMAS = "dateline.lemmas"
_LOWER_LEMMAS = "dateline.lower_lemmas"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token's text on each access, so a
    look at the text around each trigger or date made long documents quadratic."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def remember_text(doc: Doc, text: str) -> None:
    """Hand :func:`doc_text` the string ``doc`` was parsed from (spaCy's Doc keeps its text
    exactly), so it is not joined from the tokens again."""
    doc.user_data[_TEXT] = text


def index_sentences(doc: Doc) -> None:
    """``doc.sents``, ``span.sent`` and ``token.sent`` read from the Doc's sentences listed once:
    spaCy makes every sentence's Span again on each ``doc.sents`` (a dozen rules walk them per
    Doc) and walks the tokens to the sentence's ends on each ``.sent``. The same sentences, by
    spaCy's hooks; the sentence boundaries are not changed after the parse."""
    if not len(doc) or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return
    sents = tuple(doc.sents)
    starts = [s.start for s in sents]
    doc.user_hooks["sents"] = lambda _: iter(sents)
    doc.user_span_hooks["sent"] = lambda span: sents[max(0, bisect_right(starts, span.start) - 1)]


def _ents(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        ents = tuple(doc.ents)
        cached = doc.user_data[_ENTS] = (ents, [e.start for e in ents])
    return cached  # type: ignore[no-any-return]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (spaCy reads every token for it on each access; the
    entities are not changed after the parse)."""
    return _ents(doc)[0]


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities from the span's start, while they end inside it), found by
    bisection instead of a pass over all the document's entities."""
    ents, starts = _ents(span.doc)
    found, at = [], bisect_left(starts, span.start)
    while at < len(ents) and ents[at].end <= span.end:
        found.append(ents[at])
        at += 1
    return found


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity that token ``i`` is part of (entities do not overlap)."""
    ents, starts = _ents(doc)
    at = bisect_right(starts, i) - 1
    return ents[at] if at >= 0 and i < ents[at].end else None


@cache
def _keys(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)  # a symbol's id is not its hash


_STRINGS: dict[int, str] = {}  # a string id's text (the id is a hash of the text: the same in every Vocab)


def _string(doc: Doc, key: int) -> str:
    """``doc.vocab.strings[key]``, remembered: the StringStore decodes its bytes anew on each look-up."""
    text = _STRINGS.get(key)
    if text is None:
        if len(_STRINGS) > 500_000:
            _STRINGS.clear()
        text = _STRINGS[key] = doc.vocab.strings[key]
    return text


def _by_key(doc: Doc, attr: int) -> dict[int, list[int]]:
    """Each value id of ``attr`` in the Doc with the indices it stands at, in order (one array)."""
    by_key: dict[int, list[int]] = {}
    for i, key in enumerate(doc.to_array(attr).tolist()):
        at = by_key.get(key)
        if at is None:
            by_key[key] = [i]
        else:
            at.append(i)
    return by_key


def word_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """The indices, in order, of the tokens whose ``lower_`` is one of ``words``: look-ups in an
    index of the Doc's lower-case forms (built once per Doc from one array) instead of a Token
    made and read at every position by each rule that looks for a few words."""
    index: dict[int, list[int]] | None = doc.user_data.get(_WORDS)
    if index is None:
        index = doc.user_data[_WORDS] = _by_key(doc, LOWER)
    keys = _keys(words)
    if len(keys) < len(index):
        return sorted(i for key in keys for i in index.get(key, ()))
    return sorted(i for key, found in index.items() if key in keys for i in found)


def form_positions(doc: Doc) -> dict[str, list[int]]:
    """Each token text of the Doc with the indices it stands at, in order (built once per Doc from
    one array): a rule that looks every token's text up in a table asks once per form."""
    forms: dict[str, list[int]] | None = doc.user_data.get(_FORMS)
    if forms is None:
        forms = doc.user_data[_FORMS] = {_string(doc, key): found for key, found in _by_key(doc, ORTH).items()}
    return forms


def _lemma_index(doc: Doc) -> dict[str, list[int]]:
    """Each ``lemma_.lower()`` of the Doc with the indices it stands at, in order (built once per
    Doc from one array; read-only)."""
    index: dict[str, list[int]] | None = doc.user_data.get(_LEMMAS)
    if index is None:
        index = doc.user_data[_LEMMAS] = {}
        merged = []
        for key, at in _by_key(doc, LEMMA).items():
            lemma = _string(doc, key).lower()
            found = index.get(lemma)
            if found is None:
                index[lemma] = at
            else:  # "Talks" and "talks" fold together
                found.extend(at)
                merged.append(found)
        for at in merged:
            at.sort()
    return index


def lemma_positions(doc: Doc, lemmas: frozenset[str], start: int = 0, end: int | None = None) -> list[int]:
    """The indices, in order, of the tokens of ``doc[start:end]`` whose ``lemma_.lower()`` is one of
    ``lemmas``, from an index of the Doc's lemmas (built once per Doc from one array) cut by
    bisection: the rules that look a sentence over for a few lemmas read only those tokens."""
    index = _lemma_index(doc)
    stop = len(doc) if end is None else end
    hits = [i for lemma in lemmas if (found := index.get(lemma))
            for i in found[bisect_left(found, start):bisect_left(found, stop)]]
    return sorted(hits)


def lower_lemmas(doc: Doc) -> list[str]:
    """Each token's ``lemma_.lower()``, by index (one list per Doc, from the lemma index): a rule
    that reads the lemma of every verb or noun of a sentence decodes no string per token."""
    lemmas: list[str] | None = doc.user_data.get(_LOWER_LEMMAS)
    if lemmas is None:
        lemmas = doc.user_data[_LOWER_LEMMAS] = [""] * len(doc)
        for lemma, at in _lemma_index(doc).items():
            for i in at:
                lemmas[i] = lemma
    return lemmas


def attribute_positions(doc: Doc, attr: int, value: str, start: int = 0, end: int | None = None) -> list[int]:
    """The indices, in order, of the tokens of ``doc[start:end]`` whose attribute ``attr`` (a
    ``spacy.attrs`` id: ``ENT_TYPE``, ``POS`` ...) reads ``value`` ("" for none: outside every
    entity), from an index of the Doc's array built once per Doc and attribute, cut by bisection:
    a rule that looks for the titles of a sentence, or the untagged proper nouns of the Doc, makes
    no Token where there is none."""
    at = attribute_index(doc, attr).get(value, [])
    if start == 0 and end is None:
        return at
    return at[bisect_left(at, start):bisect_left(at, len(doc) if end is None else end)]


def attribute_index(doc: Doc, attr: int) -> dict[str, list[int]]:
    """Each value of the attribute ``attr`` in the Doc with the indices it stands at, in order
    (built once per Doc and attribute from one array; read-only)."""
    key = f"dateline.attr.{attr}"
    index: dict[str, list[int]] | None = doc.user_data.get(key)
    if index is None:
        index = doc.user_data[key] = {_string(doc, value): at for value, at in _by_key(doc, attr).items()}
    return index


def prefix_positions(doc: Doc, attr: int, prefix: str, start: int = 0, end: int | None = None) -> list[int]:
    """The indices, in order, of the tokens of ``doc[start:end]`` whose attribute ``attr`` reads a
    value that starts with ``prefix`` (the verb tags: ``TAG``, "VB"), from one list per Doc,
    attribute and prefix cut by bisection (not every value of the Doc tried for each sentence)."""
    key = f"dateline.prefix.{attr}.{prefix}"
    at: list[int] | None = doc.user_data.get(key)
    if at is None:
        at = doc.user_data[key] = sorted(i for value, found in attribute_index(doc, attr).items()
                                         if value.startswith(prefix) for i in found)
    return at[bisect_left(at, start):bisect_left(at, len(doc) if end is None else end)]


def lexical_positions(doc: Doc, words: frozenset[str]) -> frozenset[int]:
    """The indices of the tokens whose ``lemma_.lower()`` or ``lower_`` is one of ``words`` (found
    once per Doc and word set from the lemma and word indexes): a rule that reads a table by a
    token's lemma, else its form, reads only these tokens."""
    key = f"dateline.lexical.{hash(words)}"
    found: frozenset[int] | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = frozenset(lemma_positions(doc, words)).union(word_positions(doc, words))
    return found


def lemma_tokens(span: Span, lemmas: frozenset[str]) -> list[Token]:
    """The tokens of ``span`` whose ``lemma_.lower()`` is one of ``lemmas`` (``lemma_positions``)."""
    doc = span.doc
    return [doc[i] for i in lemma_positions(doc, lemmas, span.start, span.end)]


def is_root(tok: Token) -> bool:
    """``tok`` heads its sentence."""
    return tok.head.i == tok.i


def ancestors(tok: Token, hops: int) -> Iterator[Token]:
    """``tok`` and the tokens above it: at most ``hops`` tokens, ending early at the root."""
    cur = tok
    for _ in range(hops):
        yield cur
        if cur.head.i == cur.i:
            return
        cur = cur.head


def ancestor(tok: Token, n: int) -> Token:
    """The token ``n`` steps above ``tok`` (the root when it is nearer)."""
    cur = tok
    for _ in range(n):
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def governing_verb(tok: Token, hops: int = 6) -> Token:
    """The verb whose clause ``tok`` is in (``tok`` itself when it is a verb).

    The first verb or auxiliary among the ``hops`` tokens from ``tok`` up; without one, the
    token ``hops`` steps up (or the root).
    """
    for cur in ancestors(tok, hops):
        if cur.pos_ in VERBAL:
            return cur
    return ancestor(tok, hops)


def governor(tok: Token, hops: int) -> Token | None:
    """The nearest verb or auxiliary among the ``hops`` tokens from ``tok`` up, else None."""
    for cur in ancestors(tok, hops):
        if cur.pos_ in VERBAL:
            return cur
    return None


def climb(tok: Token, links: Collection[str], hops: int) -> list[Token]:
    """The heads reached from ``tok`` through dependencies in ``links``, nearest first.

    "is expected to visit": from 'visit' (xcomp) to 'expected'. Stops at the first token whose
    own dependency is not in ``links``, at the root, or after ``hops`` steps.
    """
    out: list[Token] = []
    cur = tok
    for _ in range(hops):
        if cur.dep_ not in links or cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def reaches(low: Token, targets: Collection[int], hops: int, *, links: Collection[str] | None = None,
            barrier: Collection[str] = ()) -> bool:
    """A token of index in ``targets`` is ``low`` or at most ``hops`` steps above it.

    ``links``: every step is taken through one of these dependencies (else the walk fails);
    ``barrier``: a token with one of these dependencies, not itself a target, ends the walk.
    """
    for cur in ancestors(low, hops + 1):
        if cur.i in targets:
            return True
        if links is not None and cur.dep_ not in links or cur.dep_ in barrier:
            return False
    return False


def in_subtree(tok: Token, root: Token) -> bool:
    """``tok`` lies in the span of ``root``'s subtree."""
    return root.left_edge.i <= tok.i <= root.right_edge.i


def sentence_index(sents: list[Span], char: int) -> int | None:
    """The index in ``sents`` (a Doc's sentences in order) of the sentence holding character
    ``char``, by bisection; None between sentences or outside them."""
    at = bisect_right(sents, char, key=lambda s: s.start_char) - 1
    return at if at >= 0 and char < sents[at].end_char else None


def token_at(doc: Doc, char: int) -> Token | None:
    """The token at character offset ``char`` of ``doc``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def compound_name(tok: Token) -> str:
    """A name with its compound parts: 'Phnom Penh', 'Kuala Lumpur'."""
    left = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound")])
    return tok.doc[left:tok.i + 1].text


def of_objects(tok: Token) -> list[Token]:
    """The objects of the 'of' phrases on ``tok``: 'talks' of 'a session of talks'."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def phrase_span(tok: Token) -> tuple[int, int]:
    """The character span of ``tok``'s phrase without the clauses that hang from it: 'Foreign Minister
    X, who conveyed a message from King Y' ends at X."""
    end = tok.right_edge
    clauses = [c for c in tok.children if c.dep_ in {"relcl", "acl"} and c.i > tok.i]
    if clauses:
        end = tok.doc[max(min(c.left_edge.i for c in clauses) - 1, tok.i)]
        while end.i > tok.i and end.is_punct:
            end = tok.doc[end.i - 1]
    return tok.left_edge.idx, end.idx + len(end)
