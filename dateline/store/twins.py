"""A text stored before under another key: what its earlier copy's people and events resolved to.

The same text under a new URL (a story syndicated, re-published or crawled twice) is a new
source of the same people and the same events, not new ones. Resolving its mentions afresh
does not always say so: a bare surname may be ambiguous only now that the knowledge base knows
more namesakes, and an event whose report carries no date (no date in the text, no publication
date) has nothing to compare with another's. So an article whose text (``content_hash``) is
stored already, in another article, takes its earliest copy's resolution:

- each record actor is the canonical actor the earlier copy's actor of the same local id, kind
  and written name resolved to (``article_actors``);
- each event is the canonical event the earlier copy's event of the same local id, kind and
  trigger (text and offsets) was added to (``event_sources``): the report becomes one more
  source of that event, dated or not.

What does not agree (a record extracted by another version of the rules) is resolved as usual.
The batch asks for the earliest copies of all its texts at once (:meth:`TwinIndex.load`: one
probe of the ``articles_content_hash`` index of migration 0009 per text and table, whatever the
number of its copies; their rows found by article id through the tables' indexes) and notes the copies it adds itself (:meth:`TwinIndex.noted`, then
:meth:`Twin.told`: a batch resolves the actors of all its articles before their events).
Replacing an article's text deletes its people and events where no other article has them,
so a copy that is replaced is no twin any more (:meth:`TwinIndex.forget`); another article's
people and events stay while that article refers to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from dateline.record import Actor, Event, Record
from dateline.store.backend import Backend, Row, chunks, json_rows_parameter

__all__ = ["Twin", "TwinActor", "TwinEvent", "TwinIndex"]


@dataclass(frozen=True, slots=True)
class TwinActor:
    """An earlier copy's record actor and the canonical actor it resolved to."""

    kind: str
    name: str
    actor_id: int

    def fits(self, actor: Actor) -> bool:
        return (self.kind, self.name) == (actor.kind, actor.name)


@dataclass(frozen=True, slots=True)
class TwinEvent:
    """An earlier copy's reported event and the canonical event it was added to."""

    kind: str
    trigger: tuple[str, int, int]
    event_id: int

    @classmethod
    def of(cls, event: Event, event_id: int) -> TwinEvent:
        return cls(event.kind, (event.trigger.text, event.trigger.start, event.trigger.end), event_id)

    def fits(self, event: Event) -> bool:
        return self == TwinEvent.of(event, self.event_id)


@dataclass(slots=True)
class Twin:
    """The earliest stored copy of a text: its actors and events by local id."""

    article_id: int
    actors: dict[str, TwinActor] = field(default_factory=dict)
    events: dict[str, TwinEvent] = field(default_factory=dict)

    def actor(self, actor: Actor) -> int | None:
        """The canonical actor of ``actor`` when the copy's actor of its local id is the same."""
        found = self.actors.get(actor.id)
        return found.actor_id if found is not None and found.fits(actor) else None

    def event(self, event: Event) -> int | None:
        """The canonical event ``event`` joins when the copy's event of its local id is the same."""
        found = self.events.get(event.id)
        return found.event_id if found is not None and found.fits(event) else None

    def told(self, record: Record, events: Mapping[str, int]) -> None:
        """The canonical events of this copy's own events (``events``: local id -> id)."""
        for event in record.events:
            if event.id in events:
                self.events[event.id] = TwinEvent.of(event, events[event.id])


class TwinIndex:
    """The earliest stored copy of each text a batch adds, by content hash."""

    def __init__(self) -> None:
        self._twins: dict[str, Twin] = {}
        self._valid = False

    def forget(self, article_id: int | None = None) -> None:
        """Forget the copy that is article ``article_id`` (replaced: its people and events may
        go), or every copy for the rest of the batch (None: a rollback)."""
        if article_id is None:
            self._twins.clear()
            self._valid = False
            return
        for content_hash in [h for h, t in self._twins.items() if t.article_id == article_id]:
            del self._twins[content_hash]

    def load(self, db: Backend, hashes: Iterable[str]) -> Callable[[], None]:
        """Ask for the earliest stored copy of each of ``hashes`` (its actors and events, two
        queries per 500 hashes); the returned function reads the answers in."""
        self._twins.clear()
        self._valid = True
        pending: list[tuple[Callable[[], list[Row]], Callable[[], list[Row]]]] = []
        # one probe of the (content_hash, id) index per text, however many copies it has; the
        # texts as one JSON parameter, so the statement is the same whatever their number (on
        # PostgreSQL: prepared once, not planned again for every batch)
        copies = ("SELECT (SELECT id FROM articles WHERE content_hash = u.content_hash ORDER BY "
                  f"id LIMIT 1) FROM {db.json_rows([('content_hash', 'text')])} AS u")
        earliest = db.any_of("x.id", copies)

        def of(table: str) -> str:
            # the copies' rows found by their article through its index, not by a join the
            # planner may answer with a scan of the whole table (its counts lag in a long batch)
            return db.any_of(f"{table}.article_id", copies)

        for part in chunks(sorted(set(hashes))):
            texts = json_rows_parameter((h,) for h in part)
            pending.append((
                db.query_later(
                    "SELECT x.id AS article, x.content_hash, aa.local_id, aa.name, aa.actor_id, "
                    "c.kind FROM articles x JOIN article_actors aa ON aa.article_id = x.id JOIN "
                    f"actors c ON c.id = aa.actor_id WHERE {earliest} AND {of('aa')}",
                    (texts, texts)),
                db.query_later(
                    "SELECT x.id AS article, x.content_hash, s.local_id, s.kind, s.trigger_text, "
                    "s.trigger_start, s.trigger_end, s.event_id FROM articles x JOIN event_sources "
                    f"s ON s.article_id = x.id WHERE {earliest} AND {of('s')}", (texts, texts))))

        def read() -> None:
            for actors, events in pending:
                for row in actors():
                    self._twin(row).actors[row["local_id"]] = TwinActor(
                        row["kind"], row["name"], int(row["actor_id"]))
                for row in events():
                    self._twin(row).events[row["local_id"]] = TwinEvent(
                        row["kind"], (row["trigger_text"], int(row["trigger_start"]),
                                      int(row["trigger_end"])), int(row["event_id"]))
        return read

    def _twin(self, row: Row) -> Twin:
        return self._twins.setdefault(row["content_hash"], Twin(int(row["article"])))

    def of(self, content_hash: str) -> Twin | None:
        """The earliest copy of the text stored before (or earlier in this batch), if any."""
        return self._twins.get(content_hash) if self._valid else None

    def noted(self, content_hash: str, article_id: int, record: Record,
              actors: Mapping[str, int]) -> Twin | None:
        """An article of the batch was added: the first copy of its text is an earlier one's
        twin for the rest of the batch (``actors``: local id -> canonical id). Returns that new
        twin (None when the text had one), whose events the writer tells it once they are
        resolved (:meth:`Twin.told`)."""
        if not self._valid or content_hash in self._twins:
            return None
        twin = self._twins[content_hash] = Twin(article_id)
        for actor in record.actors:
            if actor.id in actors:
                twin.actors[actor.id] = TwinActor(actor.kind, actor.name, actors[actor.id])
        return twin
