"""The Natasha stack, loaded once per process, and the parsed Russian document it gives.

Natasha (segmenter, news embeddings, morphology, syntax and NER taggers; the models ship inside
the ``navec``/``slovnet`` packages, nothing is downloaded) parses the text; :func:`parse` turns
its output into :class:`RuDoc`: tokens with character offsets into the original text, part of
speech, features, a context-free lemma (:func:`dateline.extract.russian.words.lemma`), the head
in the sentence, and the NER spans. Natasha's ``MorphVocab`` (its normaliser, on pymorphy2's
dictionaries) is not loaded: names are put in the nominative by :mod:`.names` on pymorphy3,
which saves a second morphological dictionary per worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from dateline.errors import ExtractionError
from dateline.extract.russian.words import lemma

__all__ = ["RuDoc", "RuSpan", "RuToken", "load_natasha", "parse"]


@dataclass(frozen=True, slots=True)
class RuToken:
    index: int  # in the document
    start: int
    end: int
    text: str
    pos: str
    feats: dict[str, str]
    lemma: str
    sent: int  # index of the sentence
    head: int | None  # document index of the syntactic head, None for the root
    rel: str

    @property
    def tense(self) -> str | None:
        return self.feats.get("Tense")

    @property
    def case(self) -> str | None:
        return self.feats.get("Case")


@dataclass(frozen=True, slots=True)
class RuSpan:
    type: str  # PER | ORG | LOC
    start: int
    end: int
    text: str


@dataclass(slots=True)
class RuDoc:
    text: str
    tokens: list[RuToken] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)  # character spans
    sent_tokens: list[tuple[int, int]] = field(default_factory=list)  # token index ranges
    spans: list[RuSpan] = field(default_factory=list)

    def sentence_of(self, offset: int) -> int:
        for i, (start, end) in enumerate(self.sents):
            if start <= offset < end:
                return i
        return max(0, len(self.sents) - 1)

    def tokens_of(self, sent: int) -> list[RuToken]:
        first, last = self.sent_tokens[sent]
        return self.tokens[first:last]

    def token_at(self, offset: int) -> RuToken | None:
        for token in self.tokens:
            if token.start <= offset < token.end:
                return token
        return None

    def verb_above(self, token: RuToken, steps: int) -> RuToken | None:
        """The first verb or auxiliary up ``token``'s heads, at most ``steps`` heads up."""
        current = token
        for _ in range(steps):
            if current.head is None:
                return None
            current = self.tokens[current.head]
            if current.pos in ("VERB", "AUX"):
                return current
        return None


@dataclass(frozen=True, slots=True)
class Natasha:
    segmenter: Any
    morph: Any
    syntax: Any
    ner: Any


@cache
def load_natasha() -> Natasha:
    """Natasha's models (about 30 MB, shipped in the packages), once per process."""
    try:
        from natasha import (
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ExtractionError("the Russian path needs natasha (pip install -e .)") from exc
    embedding = NewsEmbedding()
    return Natasha(Segmenter(), NewsMorphTagger(embedding),
                   NewsSyntaxParser(embedding), NewsNERTagger(embedding))


def parse(text: str) -> RuDoc:
    """Segment, tag, parse and find the named entities of ``text``."""
    from natasha import Doc

    models = load_natasha()
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph)
    doc.parse_syntax(models.syntax)
    doc.tag_ner(models.ner)
    out = RuDoc(text=text)
    ids: dict[str, int] = {}
    pending: list[tuple[int, str, str, str]] = []  # (token index, head id, rel, own id)
    for s_index, sent in enumerate(doc.sents):
        first = len(out.tokens)
        for token in sent.tokens:
            index = len(out.tokens)
            ids[token.id] = index
            pending.append((index, token.head_id, token.rel, token.id))
            out.tokens.append(RuToken(index, token.start, token.stop, token.text, token.pos or "X",
                                      dict(token.feats or {}), lemma(token.text), s_index, None, ""))
        out.sent_tokens.append((first, len(out.tokens)))
        out.sents.append((sent.start, sent.stop))
    for index, head_id, rel, own in pending:
        head = ids.get(head_id) if head_id != own else None
        token = out.tokens[index]
        out.tokens[index] = RuToken(token.index, token.start, token.end, token.text, token.pos,
                                    token.feats, token.lemma, token.sent, head, rel or "")
    starts = [start for start, _ in out.sents]
    for span in doc.spans:
        out.spans += _within_sentences(text, span.type, span.start, span.stop, starts)
    return out


def _within_sentences(text: str, kind: str, start: int, stop: int, starts: list[int]) -> list[RuSpan]:
    """A span cut at the sentences it runs over: the NER takes a name and the initial and surname
    opening the next paragraph for one ("Ермеком Кошербаевым.\n\nБ.Саидов")."""
    cuts = [start, *(s for s in starts if start < s < stop), stop]
    out = []
    for first, last in zip(cuts, cuts[1:], strict=False):
        while last > first and (text[last - 1].isspace() or text[last - 1] in ".;:!?"):
            last -= 1
        if last > first:
            out.append(RuSpan(kind, first, last, text[first:last]))
    return out
