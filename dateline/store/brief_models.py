"""The brief before a meeting, as a typed result (:meth:`dateline.store.Store.brief`).

What the people who prepare a visit ask, in one answer: when did we last meet them, what did we
sign, whom did we invite and did they come, what is announced next, who holds which office there
now. Every line carries its event (with its ``headline``) and the articles that report it, so a
page can link each line to its event and evidence. ``schema/brief.schema.json`` is the JSON
Schema of :class:`Brief` (``dateline brief --schema``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from dateline.store.models import ActorRef, EventSummary, _Model

__all__ = ["Brief", "BriefLine", "BriefParty", "Glance", "InvitationLine", "KindYear", "Office",
           "SourceLink", "brief_schema"]


class BriefParty(_Model):
    """One side of the brief, as the user named it and as the store knows it."""

    query: str = Field(description="What was typed: 'AZE', 'Kazakhstan', 'Kamran Aliyev'")
    key: str = Field(description="Actor id, or a country code / IGO acronym (events by "
                                 "participating country)")
    name: str
    kind: str = Field(description="person | organization | country | group")
    actor_id: int | None = None
    title: str | None = Field(default=None, description="A person's latest office")
    country: str | None = Field(default=None, description="The state or IGO the party is")
    alternatives: list[ActorRef] = Field(
        default_factory=list, description="Others the name matched (the most mentioned won)")


class SourceLink(_Model):
    """A reporting article of an event and its evidence sentence."""

    article_id: int
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    sentence: str = Field(description="The sentence that reports the event")


class BriefLine(_Model):
    """One event of the brief with the articles that report it (up to three: those that report
    its present status first, each oldest first)."""

    event: EventSummary
    sources: list[SourceLink] = Field(default_factory=list)


class InvitationLine(BriefLine):
    """An invitation: who invited whom, and whether a matching visit followed."""

    inviter: list[ActorRef] = Field(default_factory=list)
    invitee: list[ActorRef] = Field(default_factory=list)
    host: list[str] = Field(default_factory=list, description="Where the invitee was asked to "
                                                               "come: the inviter's countries")
    state: Literal["honoured", "planned", "open"] = Field(description=(
        "honoured: the invitee came (paid a visit to the host country, or met there, on or after "
        "the invitation); planned: such a visit is announced; open: neither"))
    followed_by: EventSummary | None = Field(
        default=None, description="The visit or meeting that honoured it (or is planned)")


class KindYear(_Model):
    year: str = Field(description="YYYY, or 'undated'")
    kind: str
    count: int


class Glance(_Model):
    """The relationship at a glance."""

    total: int = Field(description="Events both take part in")
    by_kind: dict[str, int] = Field(default_factory=dict)
    by_year: list[KindYear] = Field(default_factory=list)
    first: EventSummary | None = Field(
        default=None, description="The first engagement held (invitations aside)")
    last: EventSummary | None = Field(
        default=None, description="The latest engagement held (invitations aside)")
    last_meeting: BriefLine | None = Field(
        default=None, description="The latest bilateral meeting held, with place and people")
    last_multilateral: BriefLine | None = Field(
        default=None, description="The latest multilateral meeting both attended")


class Office(_Model):
    """An office on one side and who holds it as of the newest report."""

    side: Literal["a", "b"]
    title: str
    country: str | None = None
    organization: str | None = None
    holder: ActorRef
    first_seen: str | None = None
    last_seen: str | None = None
    n_sources: int = 0
    met: bool = Field(description="The holder took part in one of the shared events")
    shared_events: int = Field(
        default=0, description="Shared events in which a holder of this office took part")


class Brief(_Model):
    """Everything to read before meeting the other side."""

    a: BriefParty
    b: BriefParty
    as_of: str | None = Field(description="The newest report in the store (or the date asked)")
    glance: Glance
    agreements: list[BriefLine] = Field(default_factory=list,
                                        description="Signed between them, newest first")
    agreements_total: int = 0
    invitations: list[InvitationLine] = Field(default_factory=list, description="Newest first")
    ahead: list[BriefLine] = Field(default_factory=list, description=(
        "Announced engagements still ahead (planned, ending on or after as_of, or undated), "
        "soonest first"))
    overdue: list[BriefLine] = Field(default_factory=list, description=(
        "Announced for a date now past and not reported held since, newest first"))
    held: list[BriefLine] = Field(default_factory=list, description=(
        "Announced before they began and since held, newest first"))
    offices: list[Office] = Field(default_factory=list, description=(
        "Who holds the offices seen in their engagements (and a person's own), as of as_of"))
    notes: list[str] = Field(default_factory=list)


def brief_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the brief's JSON (``/brief.json``,
    ``dateline brief --format json``)."""
    schema = Brief.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://dateline.example/schema/brief.schema.json"
    return schema
