"""Adding extraction results to the store: articles, then actors, roles and events.

An article is identified by its key (URL, else content hash). Adding an article whose key and
content hash are stored changes nothing; a new text at a known URL replaces the article's
contributions (mentions, role sources, event sources and history) and re-resolves it. Every
batch is one transaction, so an interrupted ingest loses or duplicates nothing.

Which text wins when a URL comes with several: the newest one, and a text the URL has had
before is never taken back (the replaced texts' hashes are kept in ``superseded_texts``). So an
input that repeats a URL with texts A then B stores B, and reading it again changes nothing: A
is an old text of that URL, B the stored one.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Literal

from dateline.article import Article, FailedDocument
from dateline.errors import error_info
from dateline.record import Record
from dateline.resolve.invitations import invitation_scores
from dateline.store.actors import ActorWriter
from dateline.store.backend import Backend, chunks
from dateline.store.events import EventWriter, place_key
from dateline.store.twins import Twin, TwinIndex

__all__ = ["AddStats", "Failure", "Writer"]

log = logging.getLogger(__name__)

Outcome = Literal["added", "replaced", "skipped", "failed"]


def _article_values(article: Article, record: Record, published: str | None
                    ) -> tuple[object, ...]:
    """An article's columns from content_hash to lang (as the INSERT and UPDATE list them)."""
    return (article.content_hash, article.id or record.id, article.url or record.url,
            article.source or record.source, article.title or record.title, published,
            record.published_from, article.text, record.to_json(),
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), _language(article, record))


def _language(article: Article, record: Record) -> str | None:
    """The language stored with an article: its record's (``en``, ``ru``), else the one the
    article declared ("ru-RU" -> "ru"), else none."""
    declared = (article.language or "").split("-")[0].strip().lower()
    return record.lang or declared or None


@dataclass(slots=True)
class Failure:
    """A document that was reported, not stored."""

    id: str
    type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "type": self.type, "message": self.message}


@dataclass(slots=True)
class AddStats:
    """What a call to :meth:`Writer.add` did."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    events_touched: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def count(self, outcome: Outcome) -> None:
        if outcome != "failed":
            setattr(self, outcome, getattr(self, outcome) + 1)

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "replaced": self.replaced, "skipped": self.skipped,
                "failed": self.failed, "events_touched": self.events_touched,
                "failures": [f.to_dict() for f in self.failures]}


def failure_of(document: Article | FailedDocument, record: Record | None) -> Failure | None:
    """The failure a (document, record) pair reports, or None when it can be stored."""
    if isinstance(document, FailedDocument):
        info = error_info(document.error)
        return Failure(document.id, info["type"], info["message"])
    if record is not None and record.error is not None:
        return Failure(record.id, record.error.type, record.error.message)
    return None


@dataclass(slots=True)
class _Stored:
    """A stored article as a batch sees it: its id, its text's hash and the replaced texts'."""

    id: int
    content_hash: str
    superseded: set[str] = field(default_factory=set)


@dataclass(slots=True)
class _Added:
    """A new article on its way: its row, then its actors, then its events."""

    id: int
    article: Article
    record: Record
    published: str | None
    actors: dict[str, int] = field(default_factory=dict)  # record actor id -> canonical actor
    persons: set[int] = field(default_factory=set)  # the canonical people among them
    twin: Twin | None = None  # the earlier copy of its text
    copy: Twin | None = None  # the twin it is for the batch's later copies


class Writer:
    """Writes (Article, Record) pairs into a migrated database.

    A batch writes the rows of its new articles first (on PostgreSQL the server computes their
    full-text vectors while the actors are resolved), then resolves the actors of all of them,
    asks the candidate events of all their reports at once (one round trip:
    :class:`~dateline.store.event_index.CandidateIndex`) and sends the actors' rows, then
    resolves the events article by article. An article that replaces a stored text is taken
    alone, after the new articles before it and before those after it.
    """

    def __init__(self, db: Backend) -> None:
        self.db = db
        self.actors = ActorWriter(db)
        self.events = EventWriter(db)
        self.twins = TwinIndex()
        self._stored: dict[str, _Stored] = {}

    def known(self, articles: Sequence[Article]) -> set[tuple[str, str]]:
        """``(key, content hash)`` of the ``articles`` there is nothing to do for: stored with
        that text, or with a newer one that replaced it."""
        wanted = {(a.key, a.content_hash) for a in articles}
        found: set[tuple[str, str]] = set()
        for part in chunks(sorted({key for key, _ in wanted})):
            marks = ",".join("?" * len(part))
            rows = self.db.query(
                f"SELECT key, content_hash FROM articles WHERE key IN ({marks}) UNION ALL "
                f"SELECT a.key, s.content_hash FROM superseded_texts s JOIN articles a ON "
                f"a.id = s.article_id WHERE a.key IN ({marks})", [*part, *part])
            found.update((r["key"], r["content_hash"]) for r in rows)
        return found & wanted

    def add(self, pairs: Iterable[tuple[Article | FailedDocument, Record]], *,
            batch_size: int = 64, stats: AddStats | None = None) -> AddStats:
        """Store every pair, one transaction per ``batch_size`` pairs."""
        stats = stats if stats is not None else AddStats()
        iterator = iter(pairs)
        while batch := list(islice(iterator, batch_size)):
            self.add_batch(batch, stats)
        return stats

    def add_batch(self, batch: Sequence[tuple[Article | FailedDocument, Record]],
                  stats: AddStats) -> None:
        """Store one batch in one transaction (failed documents are only reported)."""
        outcomes: list[Outcome] = []
        try:
            self._add_batch(batch, stats, outcomes)
        except BaseException:
            self.actors.forget()  # ids cached during the rolled-back transaction are gone
            self.twins.forget()
            self.events.index.clear()
            self.events.rows.clear()
            raise
        for outcome in outcomes:
            stats.count(outcome)

    def _add_batch(self, batch: Sequence[tuple[Article | FailedDocument, Record]],
                   stats: AddStats, outcomes: list[Outcome]) -> None:
        touched = 0
        self.actors.forget()  # another process may have changed actors since the last batch
        valid = [(d, r) for d, r in batch if isinstance(d, Article) and failure_of(d, r) is None]
        with self.db.transaction(pipeline=True):
            stored = self._load_stored([d for d, _ in valid])
            twins = self.twins.load(self.db, [d.content_hash for d, _ in valid])
            preloaded = self.actors.preload(r for _, r in valid)
            # the new rows' values while the server answers the reads (on PostgreSQL it would
            # wait idle for them after the answers are read)
            values = {i: _article_values(d, r, r.published or d.published)
                      for i, (d, r) in enumerate(batch)
                      if isinstance(d, Article) and failure_of(d, r) is None}
            self._stored = stored()  # one round trip brings every answer
            twins()
            preloaded()
            added: list[_Added] = []  # rows written, actors and events to come
            for position, (document, record) in enumerate(batch):
                failure = failure_of(document, record)
                if failure is not None:
                    outcomes.append("failed")
                    stats.failures.append(failure)
                    continue
                assert isinstance(document, Article)
                if self._replacing(document):  # what comes before it is stored first
                    touched += self._add_all(added)
                    added = []
                    outcome, events = self.add_one(document, record)
                    outcomes.append(outcome)
                    touched += events
                    continue
                new = self._new_article(document, record, values.get(position))
                outcomes.append("skipped" if new is None else "added")
                added += [new] if new is not None else []
            touched += self._add_all(added)
            self.events.flush()
            self.actors.flush()
        stats.events_touched += touched

    def _replacing(self, article: Article) -> bool:
        """True when ``article`` is a new text at a stored key (stored before the batch or
        earlier in it)."""
        row = self._stored.get(article.key)
        return row is not None and row.content_hash != article.content_hash \
            and article.content_hash not in row.superseded

    def _add_all(self, added: Sequence[_Added]) -> int:
        """The actors, then the events of articles whose rows are written: the candidate
        events of all their reports asked at once; the number of canonical events touched."""
        if not added:
            return 0
        self.db.send()  # the articles' rows: the server starts on them now
        self.events.flush()  # the candidate queries read every event row written before
        self.events.index.clear()
        for new in added:
            self._add_actors(new)
        for new in added:
            self.events.ask_record(new.record, new.published, new.actors, new.persons, new.twin)
        self.actors.flush()  # nothing the events read: the server writes them meanwhile
        touched = sum(self._add_events(new) for new in added)
        self.events.index.clear()  # answers for these reports only
        return touched

    def _load_stored(self, articles: Sequence[Article]) -> Callable[[], dict[str, _Stored]]:
        """The stored articles with the keys of ``articles`` and the texts they replaced (one
        query per 500 keys, in the batch's transaction), asked now and read when the returned
        function is called (:meth:`~dateline.store.backend.Backend.query_later`)."""
        pending = [self.db.query_later(
            "SELECT a.key, a.id, a.content_hash, s.content_hash AS old FROM articles a LEFT JOIN "
            f"superseded_texts s ON s.article_id = a.id WHERE a.key IN ({','.join('?' * len(part))})",
            part) for part in chunks(sorted({a.key for a in articles}))]

        def read() -> dict[str, _Stored]:
            stored: dict[str, _Stored] = {}
            for rows in pending:
                for row in rows():
                    entry = stored.setdefault(row["key"], _Stored(int(row["id"]),
                                                                  row["content_hash"]))
                    if row["old"] is not None:
                        entry.superseded.add(row["old"])
            return stored
        return read

    def add_one(self, article: Article, record: Record) -> tuple[Outcome, int]:
        """Store one article and what its record says (inside :meth:`add_batch`'s transaction,
        which loaded the stored versions of its articles); the outcome and the number of
        canonical events it touched."""
        row = self._stored.get(article.key)
        if row is None or row.content_hash == article.content_hash \
                or article.content_hash in row.superseded:
            new = self._new_article(article, record)
            if new is None:
                return "skipped", 0
            self._add_actors(new)
            return "added", self._add_events(new)
        return "replaced", self._replace(article, record, row)

    def _new_article(self, article: Article, record: Record,
                     values: tuple[object, ...] | None = None) -> _Added | None:
        """The first step of adding an article: its row (``values``: its columns, computed
        before); None when there is nothing to do (the stored text, or an older one)."""
        key, digest = article.key, article.content_hash
        row = self._stored.get(key)
        if row is not None and (row.content_hash == digest or digest in row.superseded):
            return None  # the stored text, or an older one it replaced
        assert row is None, "a new text at a stored key replaces the article (add_one)"
        published = record.published or article.published
        if values is None:
            values = _article_values(article, record, published)
        article_id = self.db.insert_row(
            "articles", "content_hash, doc_id, url, source, title, published, "
            "published_from, text, record, ingested_at, lang, key", (*values, key))
        self._stored[key] = _Stored(article_id, digest)
        return _Added(article_id, article, record, published)

    def _add_actors(self, new: _Added) -> None:
        """The second step: the article's actors resolved (their rows held), against the
        earlier copy of its text if any; the article is that text's copy for the later ones."""
        digest, record = new.article.content_hash, new.record
        new.twin = self.twins.of(digest)  # the same text stored under another key
        new.actors = self.actors.add_record(new.id, record, new.article.text, new.published,
                                            new.twin)
        new.persons = {new.actors[a.id] for a in record.actors if a.kind == "person"}
        new.copy = self.twins.noted(digest, new.id, record, new.actors)

    def _add_events(self, new: _Added) -> int:
        """The third step: the article's events and invitation scores; the number of
        canonical events it touched."""
        told = self.events.add_record(new.id, new.record, new.article.text, new.published,
                                      new.actors, new.persons, new.twin)
        if new.copy is not None:
            new.copy.told(new.record, told)
        self._add_invitation_scores(new.id, new.record, new.article.text)
        return len(set(told.values()))

    def _replace(self, article: Article, record: Record, row: _Stored) -> int:
        """A new text at a stored key: the article's contributions removed and resolved
        again; the number of canonical events it touched."""
        article_id, published = row.id, record.published or article.published
        self.twins.forget(article_id)  # its people and events may be deleted below
        self.actors.flush()  # what the batch added is read and deleted below
        self.events.flush()
        stale_events, stale_roles, stale_actors = self._remove_contributions(article_id)
        self.db.execute("INSERT INTO superseded_texts (article_id, content_hash) "
                        "VALUES (?, ?) ON CONFLICT DO NOTHING", (article_id, row.content_hash))
        row.superseded.add(row.content_hash)
        row.content_hash = article.content_hash
        self.db.execute(
            "UPDATE articles SET content_hash = ?, doc_id = ?, url = ?, source = ?, "
            "title = ?, published = ?, published_from = ?, text = ?, record = ?, "
            "ingested_at = ?, lang = ? WHERE id = ?",
            (*_article_values(article, record, published), article_id))
        mapping = self.actors.add_record(article_id, record, article.text, published)
        persons = {mapping[a.id] for a in record.actors if a.kind == "person"}
        told = self.events.add_record(article_id, record, article.text, published, mapping,
                                      persons)
        touched = set(told.values())
        self._add_invitation_scores(article_id, record, article.text)
        self.actors.flush()
        self.events.flush()
        self.events.refresh(stale_events - touched)
        self.actors.refresh_roles(stale_roles)
        self.actors.collect_garbage(stale_actors)
        return len(touched)

    def _add_invitation_scores(self, article_id: int, record: Record, text: str) -> None:
        """How strongly each invitation of the article names each of its events (for the
        calendar's invitation links; see :mod:`dateline.resolve.invitations`)."""
        rows = [(article_id, s.invitation, s.event, s.score)
                for s in invitation_scores(record.events, text)]
        if rows:
            self.db.executemany("INSERT INTO invitation_scores (article_id, invitation, event, "
                                "score) VALUES (?, ?, ?, ?)", rows)

    def derive_all(self, *, batch_size: int = 200) -> None:
        """Fill what schema version 3 derives from stored rows: the events' place keys and the
        articles' invitation scores (for a database written by an older version)."""
        rows = self.db.query("SELECT id, place_name FROM events WHERE place_name IS NOT NULL")
        for part in chunks(rows, batch_size):
            with self.db.transaction():
                self.db.executemany("UPDATE events SET place_key = ? WHERE id = ?",
                                    [(place_key(r["place_name"]), r["id"]) for r in part])
        ids = [r["article_id"] for r in self.db.query(
            "SELECT DISTINCT article_id FROM event_sources WHERE kind = 'invitation' "
            "ORDER BY article_id")]
        for part in chunks(ids, batch_size):
            with self.db.transaction():
                self.db.execute(f"DELETE FROM invitation_scores WHERE article_id IN "
                                f"({','.join('?' * len(part))})", list(part))
                for row in self.db.query(f"SELECT id, text, record FROM articles WHERE id IN "
                                         f"({','.join('?' * len(part))})", list(part)):
                    record = Record.model_validate_json(row["record"])
                    self._add_invitation_scores(row["id"], record, row["text"])

    def _remove_contributions(self, article_id: int) -> tuple[set[int], set[int], set[int]]:
        """Delete what an article contributed; return the events, roles and actors it touched."""
        params = (article_id,)
        events = {r["event_id"] for r in self.db.query(
            "SELECT DISTINCT event_id FROM event_sources WHERE article_id = ?", params)}
        roles = {r["role_id"] for r in self.db.query(
            "SELECT role_id FROM role_sources WHERE article_id = ?", params)}
        actors = {r["actor_id"] for r in self.db.query(
            "SELECT actor_id FROM article_actors WHERE article_id = ? UNION "
            "SELECT a.actor_id FROM event_actors a JOIN event_sources s ON s.id = a.source_id "
            "WHERE s.article_id = ?", (article_id, article_id))}
        actors |= {r["organization_id"] for r in self.db.query(
            "SELECT r.organization_id FROM roles r JOIN role_sources s ON s.role_id = r.id "
            "WHERE s.article_id = ? AND r.organization_id IS NOT NULL", params)}
        self.events.forget_tallies(events)
        for table in ("event_history", "event_sources", "role_sources", "mentions",
                      "article_actors", "invitation_scores"):
            self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", params)
        log.info("article %s changed: re-resolving %d events, %d roles", article_id,
                 len(events), len(roles))
        return events, roles, actors
