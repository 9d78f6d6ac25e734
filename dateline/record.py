"""The extraction record (``../shared/CONTRACT.md``, version 1) as typed models.

This module is the only place that knows the record's JSON shape. The store, the API
and the evaluator read and write records through these models.

Fields added to the contract (compatible extensions): ``Record.title``, ``Record.times``,
``Record.error``, ``Record.lang``, ``Actor.key``, ``Actor.role``, ``Actor.head_of``,
``Actor.aliases``, ``Event.participants``, ``Event.persons``.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

CONTRACT_VERSION = 1

Span = tuple[int, int]
ActorKind = Literal["person", "organization", "country", "group"]
EventKind = Literal[
    "visit", "meeting", "multilateral", "call", "agreement", "gathering", "invitation", "other"
]
Status = Literal["occurred", "planned"]
EventType = Literal["CONSULT", "AGREE", "SUPPORT", "REQUEST"]  # PLOVER event types
EventMode = Literal["visit", "third-party", "multilateral", "phone", "meet"]  # PLOVER modes
PublishedFrom = Literal["metadata", "header", "dateline", "body", "none"]
ActorRole = Literal["official", "honorific", "other"]
Grain = Literal["day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Dateline(_Model):
    place: str
    country: str | None = None
    span: Span


class Actor(_Model):
    id: str
    kind: ActorKind
    name: str
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    acronym: str | None = None
    members: list[str] | None = None
    mentions: list[Span] = Field(default_factory=list)
    key: str | None = Field(default=None, description="Normalised name key for cross-article matching")
    role: ActorRole | None = Field(
        default=None, description="'honorific' for historical/commemorated persons, not participants"
    )
    head_of: str | None = Field(default=None, description="For a delegation head: the delegation's country")
    aliases: list[str] | None = Field(
        default=None,
        description="Other names of the actor in the document, e.g. the Cyrillic nominative of a "
        "Russian report's person; absent when there are none")


class Place(_Model):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventDate(_Model):
    start: str | None = None
    end: str | None = None
    text: str | None = None


class Trigger(_Model):
    text: str
    start: int
    end: int


class Event(_Model):
    id: str
    kind: EventKind
    type: EventType
    mode: EventMode | None = None
    source: list[str] = Field(default_factory=list)
    recipient: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    place: Place | None = None
    date: EventDate | None = None
    status: Status
    name: str | None = None
    trigger: Trigger
    sentence: Span
    confidence: float = Field(ge=0.0, le=1.0)
    participants: list[str] = Field(default_factory=list, description="All participant actor ids")
    persons: list[str] = Field(default_factory=list, description="Names of participating persons")


class TimeMention(_Model):
    """A temporal expression found in the text, with its normalised value."""

    text: str
    span: Span
    start: str | None = None
    end: str | None = None
    grain: Grain | None = None


class ErrorInfo(_Model):
    type: str
    message: str


class Record(_Model):
    """One extraction record: one JSON object per input document."""

    id: str
    url: str | None = None
    source: str | None = None
    published: str | None = None
    published_from: PublishedFrom = "none"
    dateline: Dateline | None = None
    title: str | None = None
    lang: str | None = Field(
        default=None,
        description="ISO 639-1 language of the text: 'en' (the English pipeline) or 'ru' (the Russian "
        "path); absent in error records and in records written before the field")
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    times: list[TimeMention] = Field(default_factory=list)
    error: ErrorInfo | None = None

    def to_json(self) -> str:
        """One line of JSON (the contract's JSON Lines form)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        for optional in ("error", "lang"):
            if data.get(optional) is None:
                data.pop(optional, None)
        for actor in data.get("actors", ()):
            if not actor.get("aliases"):
                actor.pop("aliases", None)
        return data

    @classmethod
    def from_json(cls, line: str | bytes) -> Record:
        return cls.model_validate_json(line)

    def actor(self, actor_id: str) -> Actor | None:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    @classmethod
    def failed(cls, doc_id: str, exc: BaseException, *, url: str | None = None,
               source: str | None = None) -> Record:
        """An error record for a document that could not be processed."""
        from dateline.errors import error_info

        return cls(id=doc_id, url=url, source=source, error=ErrorInfo(**error_info(exc)))


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://dateline.invalid/schema/record-v1.json"
    schema["title"] = "Dateline extraction record, version 1"
    return schema
