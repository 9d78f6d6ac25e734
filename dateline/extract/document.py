"""The document model that extraction stages read and write.

A stage is a function ``stage(state: DocState) -> None`` that reads what earlier stages set and
sets its own fields. The stages, their order and the fields each requires and assigns are
declared once, in :func:`dateline.extract.stages.registry`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from dateline.article import Article
from dateline.record import (
    ActorKind,
    ActorRole,
    EventKind,
    EventMode,
    EventType,
    Place,
    PublishedFrom,
    Status,
    TimeMention,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(slots=True)
class DatelineInfo:
    place: str
    span: tuple[int, int]
    country: str | None = None
    day: int | None = None
    month: int | None = None
    outlet: str | None = None
    resolved: Place | None = None


@dataclass(slots=True)
class ActorDraft:
    """An actor being built: one per real-world entity in the document."""

    id: str
    kind: ActorKind
    name: str
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    acronym: str | None = None
    members: list[str] | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: ActorRole | None = None
    head_of: str | None = None
    key: str | None = None
    sector: str | None = None
    explicit_title: bool = False
    aliases: list[str] | None = None  # other scripts' forms: the Cyrillic nominative of a Russian report

    @property
    def first(self) -> int:
        return min((s for s, _ in self.mentions), default=0)

    def add_mention(self, start: int, end: int) -> None:
        span = (start, end)
        if span not in self.mentions:
            self.mentions.append(span)
            self.mentions.sort()


@dataclass(slots=True)
class Mention:
    """One textual mention resolved to an actor (a name, a title, a pronoun, a demonym...)."""

    start: int
    end: int
    actor_id: str
    kind: str  # name | surname | title | pronoun | relational | country | demonym | group | org | delegation | side


DateFrom = Literal["text", "setting", "published", "framed", "narrative", "story"]
DateRole = Literal["end", "nth-day"]
PlaceFrom = Literal["text", "destination", "host", "seat", "dateline", "story", "setting"]


@dataclass(frozen=True, slots=True)
class Frame:
    """'During the talks, X invited Y': the earlier engagement whose date an event takes."""

    offset: int  # character offset of the noun that refers back ("the talks")
    kinds: tuple[str, ...]  # the kinds of event that noun can name
    which: Literal["first", "last", "eve", "setting"] | None = None  # "on the last day of his visit", "on the eve of
    # the talks"; "setting": a bare "On the sidelines," (the gathering the story is at)
    day: int = 0  # "on the second day of the visit": 2 (the first and the last are ``which``)


@dataclass(slots=True)
class EventDraft:
    """An event being built by the events stage; ``assemble`` turns it into a record's Event."""

    kind: EventKind
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    status: Status
    source: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    place: Place | None = None
    date: TimeMention | None = None
    date_start: str | None = None
    date_end: str | None = None
    name: str | None = None
    mode: EventMode | None = None
    type: EventType = "CONSULT"
    confidence: float = 0.7
    # How the event was built (read by later passes; not in the record):
    name_span: tuple[int, int] | None = None  # where the name stands in the text
    hosted: bool = False  # "X received/hosted Y": PLOVER mode visit (the guest visits the host)
    reception: bool = False  # "X received Y": an audience of its own
    travel: bool = False  # a travel verb ("left for Kampala")
    backref: bool = False  # "during the visit", "the meeting": refers to an event told before
    pluperfect: bool = False  # "had met": on a day the text does not give
    at_invitation: bool = False  # "at the invitation of X": when X invited is not said
    igo_meeting: bool = False  # an IGO body's meeting: its parties are settled
    frame: Frame | None = None  # "During the talks, ...": the event that dates it
    date_from: DateFrom | None = None  # where the date came from
    date_role: DateRole | None = None  # the date is the event's last day, or its n-th
    own_parties: list[str] | None = None  # the parties before any were borrowed from the story
    retold_parties: list[str] = field(default_factory=list)  # the own parties of the mentions merged into it
    place_from: PlaceFrom | None = None  # where the place came from (the clause, the host, the dateline, the story)
    venue: bool = False  # "at the presidential palace": told at a seat of the host, no city named
    separate: bool = False  # one of several engagements told together ("met A, B and C separately")
    bilateral: bool = False  # "bilateral talks", "talks between the two countries": two sides only
    third_side: bool = False  # a state told through its unnamed official ("the foreign ministers of Mexico")
    attendees: list[str] = field(default_factory=list)  # a gathering's named attendees (not its countries)
    witnesses: list[str] = field(default_factory=list)  # "signed in the presence of X": X sees it signed (joins after the story)
    signers: list[str] = field(default_factory=list)  # "a memorandum on X, signed by A and B": its own words' signers
    collective: bool = False  # "the three sides signed a memorandum": the parties of the meeting told before
    further: bool = False  # "also met with other senior officials": talks besides those told before
    cited: bool = False  # "to replace the 1991 treaty": an older document cited with the year it was concluded

    def drop_parties(self, gone: set[str] | list[str]) -> None:
        """Take the actors ``gone`` out of the event's sides and parties (its countries are the
        caller's to recompute: they may keep a state its other parties still name)."""
        self.source = [a for a in self.source if a not in gone]
        self.recipient = [a for a in self.recipient if a not in gone]
        self.participants = [a for a in self.participants if a not in gone]


class MentionList(list[Mention]):
    """The document's mentions, with an index by start so that a look-up by offset reads a few
    mentions, not all (one pass per sentence or pronoun over every mention made long documents
    quadratic). Stages append to it and reorder it only with ``sort``; the index catches up with
    the appended mentions on each look-up."""

    _SHORT = 200  # characters: longer mentions are few, and kept apart for ``covered``

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._by_start: list[tuple[int, int]] = []  # (start, position), sorted
        self._long: list[Mention] = []

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self._by_start, self._long = [], []

    def _indexed(self) -> list[tuple[int, int]]:
        if len(self._by_start) > len(self):
            self._by_start, self._long = [], []
        for position in range(len(self._by_start), len(self)):
            m = self[position]
            insort(self._by_start, (m.start, position))
            if m.end - m.start > self._SHORT:
                self._long.append(m)
        return self._by_start

    @staticmethod
    def starting(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
        """The mentions with ``lo <= start < hi``, in list order."""
        if not isinstance(mentions, MentionList):
            return [m for m in mentions if lo <= m.start < hi]
        index = mentions._indexed()
        found = index[bisect_left(index, (lo, -1)):bisect_left(index, (hi, -1))]
        return [mentions[position] for position in sorted(p for _, p in found)]

    @staticmethod
    def latest_before(mentions: list[Mention], pos: int, ids: set[str]) -> Mention | None:
        """The mention of one of ``ids`` ending by ``pos`` that starts last (of several starting
        there, the first in list order): read back from ``pos`` in the index, not from the top."""
        if not isinstance(mentions, MentionList):
            best: Mention | None = None
            for m in mentions:
                if m.actor_id in ids and m.end <= pos and (best is None or m.start > best.start):
                    best = m
            return best
        index = mentions._indexed()
        found: Mention | None = None
        for k in range(bisect_right(index, (pos, len(mentions))) - 1, -1, -1):
            start, position = index[k]
            if found is not None and start < found.start:
                break
            m = mentions[position]
            if m.actor_id in ids and m.end <= pos:
                found = m  # the same start read on: a smaller position, earlier in the list
        return found

    @staticmethod
    def covered(mentions: list[Mention], start: int, end: int, kinds: frozenset[str]) -> bool:
        """A mention of one of ``kinds`` spans ``start``..``end``."""
        if not isinstance(mentions, MentionList):
            return any(m.start <= start and end <= m.end and m.kind in kinds for m in mentions)
        near = MentionList.starting(mentions, start - MentionList._SHORT, start + 1)
        return any(m.start <= start and end <= m.end and m.kind in kinds
                   for m in (*near, *mentions._long))


@dataclass(slots=True)
class DocState:
    article: Article
    text: str
    doc: Doc | None = None
    published: dt.date | None = None  # the day the report tells of: relative dates count from it
    published_from: PublishedFrom = "none"
    issued: dt.date | None = None  # the record's publication date (``published`` may be earlier)
    dateline: DatelineInfo | None = None
    body_start: int = 0
    actors: list[ActorDraft] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=lambda: MentionList())
    times: list[TimeMention] = field(default_factory=list)
    events: list[EventDraft] = field(default_factory=list)

    def mentions_starting(self, lo: int, hi: int) -> list[Mention]:
        """The mentions with ``lo <= start < hi``, in the order of ``mentions``."""
        return MentionList.starting(self.mentions, lo, hi)

    def covered(self, start: int, end: int, kinds: frozenset[str]) -> bool:
        """A mention of one of ``kinds`` spans ``start``..``end``."""
        return MentionList.covered(self.mentions, start, end, kinds)

    def new_actor_id(self) -> str:
        return f"a{len(self.actors) + 1}"

    def country_actor(self, code: str | None) -> ActorDraft | None:
        """The document's actor of the state ``code``, when the text names that state (None otherwise)."""
        return next((a for a in self.actors if a.kind == "country" and a.country == code), None) if code else None

    def state_actor(self, code: str, name: str) -> ActorDraft:
        """The document's actor of the state ``code``, made (named ``name``) when the text told the state
        only by a city, a dateline or an unnamed official."""
        actor = self.country_actor(code)
        if actor is None:
            actor = ActorDraft(id=self.new_actor_id(), kind="country", name=name, country=code, key=code)
            self.actors.append(actor)
        return actor

    def actor(self, actor_id: str) -> ActorDraft:
        # Ids are positions ("a3" is the third actor; new_actor_id and the renumbering after
        # sorting keep it so): found at once, with the scan as the fallback. A scan per lookup
        # made the lookups of a long document quadratic.
        if actor_id[1:].isdigit() and 0 < int(actor_id[1:]) <= len(self.actors):
            actor = self.actors[int(actor_id[1:]) - 1]
            if actor.id == actor_id:
                return actor
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def persons(self, ids: list[str]) -> list[str]:
        """The ids among ``ids`` that are persons, in their order."""
        return [a for a in ids if self.actor(a).kind == "person"]

    def named_persons(self, mentions: Iterable[Mention]) -> list[str]:
        """The persons (not honorific styles) ``mentions`` name, once each, in their order."""
        return list(dict.fromkeys(m.actor_id for m in mentions if (a := self.actor(m.actor_id)).kind == "person"
                                  and a.role != "honorific"))

    def named_organisations(self, mentions: Iterable[Mention]) -> list[str]:
        """The organisations with an acronym (the IGOs: SCO, OIC) ``mentions`` name, once each, in order."""
        return list(dict.fromkeys(m.actor_id for m in mentions if (a := self.actor(m.actor_id)).kind == "organization"
                                  and a.acronym))

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``start``..``end``."""
        return [m for m in self.mentions_starting(start, end) if m.end <= end]

    def mentions_starting_in(self, spans: list[tuple[int, int]]) -> list[Mention]:
        """The mentions that start inside any of ``spans``, in the order of ``mentions`` (through
        the index over the spans' hull, not a scan of every mention)."""
        if not spans:
            return []
        hull = self.mentions_starting(min(lo for lo, _ in spans), max(hi for _, hi in spans))
        return [m for m in hull if any(lo <= m.start < hi for lo, hi in spans)]
