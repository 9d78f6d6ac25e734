"""Offices over time: which (title, organisation, country) a person mention attests.

A role is identified by its person and ``identity`` (title key | organisation key | country); each
article that shows the person in that office is a source, dated by its publication date, so
the role's first and last sightings bound when the person held it.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.record import Actor
from dateline.resolve.entities import canonical_title, organization_key, title_key

__all__ = ["RoleObservation", "observe_role"]


@dataclass(frozen=True, slots=True)
class RoleObservation:
    """The office a person actor holds according to one record."""

    title: str
    title_key: str
    organization: str | None
    organization_key: str | None
    country: str | None

    @property
    def identity(self) -> str:
        return f"{self.title_key}|{self.organization_key or ''}|{self.country or ''}"


def observe_role(actor: Actor) -> RoleObservation | None:
    """The office of a person actor, or None (no title, or an honorific/historical mention)."""
    if actor.kind != "person" or not actor.title or actor.role == "honorific":
        return None
    org_key = (organization_key(actor.organization, None, actor.country)
               if actor.organization else None)
    return RoleObservation(
        title=canonical_title(actor.title),
        title_key=title_key(actor.title),
        organization=actor.organization,
        organization_key=org_key,
        country=actor.country,
    )
