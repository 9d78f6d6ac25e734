"""The model's attribute ruler and lemmatizer, run with their own rules and tables but remembering
what they decided, so a token like one seen before costs a dictionary look-up.

spaCy's ``attribute_ruler`` runs a Matcher of 179 patterns over every token and makes a Span per
match; its ``lemmatizer`` asks the tables again for every singular noun or base form. The two took
a fifth of ``en_core_web_sm``'s time on news (2.4 and 1.5 of 17 CPU s per 300 articles), more than
every Dateline rule stage together. What they assign is unchanged:

- :class:`RememberedRuler` matches the ruler's one-token patterns (conditions on TAG, POS, DEP,
  IS_SPACE, or LOWER/ORTH compared with words) once per distinct combination of those attributes,
  with the ruler's own patterns in a Matcher of their own; every other pattern (several tokens, a
  regular expression on a word) runs in a second Matcher over the whole document, as before. Each
  token then gets the attributes of its matches applied in the ruler's order (by pattern, then
  position: later patterns win).
- :class:`RememberedLemmas` keeps the lemma the lemmatizer gave to a (form, POS, morphology): its
  rules read nothing else of the token. A form seen the first time is lemmatized by the model's own
  ``rule_lemmatize`` with its tables, the index of known words read as sets: the model keeps each
  part of speech's index as a list (57,528 nouns) and asks ``form in index`` for each rule that
  applies, a scan of the list; a set answers the same question at once.

``tests/extract/test_token_attributes.py`` compares every token attribute with the stock pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["RememberedLemmas", "RememberedRuler", "remember_attributes", "set_indexed"]

_BOUNDED = ("TAG", "POS", "DEP", "IS_SPACE")  # attributes of few values: keyed as they are
_WORDS = ("LOWER", "ORTH")  # keyed as themselves when a pattern names them, else as one "other" value
_KEYED = _BOUNDED + _WORDS
_MAX_REMEMBERED = 500_000  # distinct keys kept before the memory starts over


def _literal(value: Any) -> list[Any] | None:
    """The values a condition compares with (``"NN"``, ``{"IN": [...]}``), or None for others."""
    if isinstance(value, (str, bool, int)):
        return [value]
    if isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN"} and all(
            isinstance(v, list) for v in value.values()):
        return [x for v in value.values() for x in v]
    return None


def _simple(patterns: list[list[dict[str, Any]]]) -> bool:
    return all(len(p) == 1 and p[0] and all(k in _KEYED and _literal(v) is not None for k, v in p[0].items())
               for p in patterns)


class RememberedRuler:
    """The attribute ruler's effect, remembered per combination of the attributes it reads."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher
        from spacy.strings import get_string_id

        vocab = ruler.vocab
        self.vocab = vocab
        self.name = ruler.name
        self.attrs: list[dict[Any, Any]] = ruler.attrs
        self.indices: list[int] = ruler.indices
        self.simple = Matcher(vocab, validate=False)
        self.complex = Matcher(vocab, validate=False)
        words: dict[str, set[int]] = {name: set() for name in _WORDS}
        used: set[str] = set()
        self.has_complex = False
        for attr_id in range(len(self.attrs)):
            found = ruler.matcher.get(str(attr_id))
            if found is None:
                continue
            patterns = found[1]
            if _simple(patterns) and self.indices[attr_id] in (0, -1):
                self.simple.add(str(attr_id), patterns)
                for cond in (p[0] for p in patterns):
                    used.update(cond)
                    for name in _WORDS:
                        if name in cond:
                            words[name].update(get_string_id(str(v)) for v in _literal(cond[name]) or [])
            else:
                self.complex.add(str(attr_id), patterns)
                self.has_complex = True
        self.columns: list[int | str] = [name for name in _KEYED if name in used]
        self.words = [(self.columns.index(name), frozenset(values)) for name, values in words.items()
                      if name in self.columns]
        self.memory: dict[tuple[int, ...], tuple[tuple[int, dict[Any, Any]], ...]] = {}

    def _decided(self, doc: Doc, i: int) -> tuple[tuple[int, dict[Any, Any]], ...]:
        """The (pattern, attributes) of every one-token pattern token ``i`` matches, in order."""
        found = sorted({int(self.vocab.strings[m]) for m, _, _ in
                        self.simple(doc[i:i + 1], allow_missing=True, as_spans=False)})
        return tuple((a, self.attrs[a]) for a in found)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs  # type: ignore[import-not-found]

        if not len(doc):
            return doc
        rows = doc.to_array(self.columns).tolist() if self.columns else [[] for _ in range(len(doc))]
        memory = self.memory
        if len(memory) > _MAX_REMEMBERED:
            memory.clear()
        extra = self._complex_matches(doc) if self.has_complex else {}
        for i, row in enumerate(rows):
            for column, values in self.words:
                if row[column] not in values:
                    row[column] = 0
            key = tuple(row)
            decided = memory.get(key)
            if decided is None:
                decided = memory[key] = self._decided(doc, i)
            entries = [(a, i, i + 1, attrs) for a, attrs in decided]
            if i in extra:
                entries = sorted(entries + extra[i], key=lambda e: e[:3])
            token = doc[i]
            for _, _, _, attrs in entries:
                set_token_attrs(token, attrs)
        return doc

    def _complex_matches(self, doc: Doc) -> dict[int, list[tuple[int, int, int, dict[Any, Any]]]]:
        """Token -> (pattern, start, end, attributes) of the other patterns' matches."""
        out: dict[int, list[tuple[int, int, int, dict[Any, Any]]]] = {}
        for match_id, start, end in self.complex(doc, allow_missing=True, as_spans=False):
            attr_id = int(self.vocab.strings[match_id])
            index = self.indices[attr_id]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                raise ValueError(f"attribute ruler pattern {attr_id}: index {index} outside its match")
            out.setdefault(position, []).append((attr_id, start, end, self.attrs[attr_id]))
        return out


class _Uncached(dict):  # type: ignore[type-arg]
    """A lemmatizer cache that keeps nothing (RememberedLemmas remembers the lemmas itself)."""

    def __setitem__(self, key: Any, value: Any) -> None:
        return None


class _SetIndexLookups:
    """A lemmatizer's lookups with the ``lemma_index`` table's lists of known words as frozensets
    (the same words, keyed by the same parts of speech); every other table is the model's own."""

    def __init__(self, lookups: Any) -> None:
        from spacy.lookups import Table

        self.lookups = lookups
        self.index: Any = None
        if lookups.has_table("lemma_index"):
            self.index = Table("lemma_index")
            for key, words in lookups.get_table("lemma_index").items():
                self.index[key] = frozenset(words)

    def get_table(self, name: str, default: Any = None) -> Any:
        if name == "lemma_index" and self.index is not None:
            return self.index
        return self.lookups.get_table(name, default)


def set_indexed(lemmatizer: Any) -> Any:
    """A shallow copy of a rule lemmatizer whose index of known words is read as sets: its
    ``rule_lemmatize`` gives the model's lemmas (it only asks whether a form is in the index)."""
    import copy

    fast = copy.copy(lemmatizer)
    fast.lookups = _SetIndexLookups(lemmatizer.lookups)
    fast.cache = _Uncached()
    return fast


class RememberedLemmas:
    """The lemmatizer's lemma, remembered per (form, POS, morphology) of a token without one."""

    def __init__(self, lemmatizer: Any) -> None:
        if lemmatizer.overwrite:
            raise ValueError("a lemmatizer that overwrites lemmas is run as it is")
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        self.lemmatizer = lemmatizer
        self.name = lemmatizer.name
        self.vocab = lemmatizer.vocab
        self.memory: dict[tuple[int, int, int], int] = {}
        self.lemmatize = set_indexed(lemmatizer).rule_lemmatize if lemmatizer.mode == "rule" else lemmatizer.lemmatize

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()
        memory = self.memory
        if len(memory) > _MAX_REMEMBERED:
            memory.clear()
        lemmas = []
        changed = False
        for i, (lemma, orth, pos, morph) in enumerate(rows):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = memory.get(key, 0)
                if not lemma:
                    lemma = memory[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                changed = True
            lemmas.append(lemma)
        if changed:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc


def remember_attributes(nlp: Language) -> None:
    """Put the remembering ruler and lemmatizer in the places of the model's own (idempotent)."""
    for name, make in (("attribute_ruler", RememberedRuler), ("lemmatizer", RememberedLemmas)):
        if name not in nlp.pipe_names:
            continue
        component: Any = nlp.get_pipe(name)
        if isinstance(component, (RememberedRuler, RememberedLemmas)):
            continue
        if name == "lemmatizer" and (component.overwrite or component.mode != "rule"):
            continue
        position = [n for n, _ in nlp._components].index(name)  # disabled components included
        nlp._components[position] = (name, make(component))
