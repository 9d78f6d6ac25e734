"""Writing canonical actors: resolve a record's actors, store their mentions and roles.

Runs inside the writer's transaction. Persons are matched by :mod:`dateline.resolve.persons`
against the people with the same surname skeleton and, for a mention with a title and a country,
the people of that country whose surname starts with the same letters (spelling variants, merged
only in the same office); a bare surname the record writes in full elsewhere is that person;
countries, organisations and groups by their canonical key (:mod:`dateline.resolve.entities`).
A record actor's ``aliases`` (the Cyrillic nominative of a Russian report's person) are kept on
the canonical actor, and search matches them: :func:`search_name` folds every name, and
``fold`` writes Cyrillic in Latin letters, so "Алиев" and "Aliyev" meet.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.gazetteer import fold
from dateline.record import Actor, Record
from dateline.resolve.entities import country_name, group_key, organization_key
from dateline.resolve.names import parse_person_name
from dateline.resolve.persons import (
    PersonCandidate,
    match_person,
    observe_person,
    record_namesake,
)
from dateline.resolve.roles import RoleObservation, observe_role
from dateline.store.backend import Backend, Row

__all__ = ["ActorWriter", "person_search_name", "search_name"]

VARIANT_PREFIX = 4  # letters a spelling variant's surname skeleton shares ("movahediazad(i)")


def person_search_name(name: str, aliases: Iterable[str] = ()) -> str:
    """What person search matches: the folded name and its transliteration skeleton, and the
    same of each alias."""
    return " | ".join(part for n in (name, *aliases) for part in (fold(n), parse_person_name(n).full))


def search_name(kind: str, name: str, acronym: str | None = None,
                aliases: Iterable[str] = ()) -> str:
    """What search matches for an actor of ``kind``."""
    if kind == "person":
        return person_search_name(name, aliases)
    return " | ".join([fold(f"{name} {acronym or ''}"), *(fold(a) for a in aliases)])


def _split(aliases: str | None) -> list[str]:
    return [a for a in (aliases or "").split("\n") if a]


class ActorWriter:
    """Resolves and records the actors of one article at a time."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        self._keyed: dict[tuple[str, str], int] = {}

    def forget(self) -> None:
        """Drop cached ids (after a rollback, or when actors were deleted)."""
        self._keyed.clear()

    # -- canonical actors -------------------------------------------------------------------
    def keyed_actor(self, kind: str, key: str, name: str, *, country: str | None = None,
                    acronym: str | None = None, members: list[str] | None = None) -> int:
        """The id of the country/organisation/group with ``key``, created when new."""
        cached = self._keyed.get((kind, key))
        if cached is not None:
            return cached
        found = self.db.scalar("SELECT id FROM actors WHERE kind = ? AND key = ?", (kind, key))
        if found is not None:
            self._keyed[(kind, key)] = int(found)
            return int(found)
        self._keyed[(kind, key)] = new = self.db.insert(
            "INSERT INTO actors (kind, key, name, search_name, country, acronym, members) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (kind, key, name, fold(f"{name} {acronym or ''}"), country, acronym,
             ";".join(sorted(members)) if members else None))
        return new

    def country(self, code: str) -> int:
        code = code.upper()
        return self.keyed_actor("country", code, country_name(code), country=code)

    def _candidates(self, surname: str, title_key: str | None, country: str | None
                    ) -> list[Row]:
        """People with the surname skeleton and, given an office and a country, those of that
        country whose surname starts alike (a spelling variant: ``match_person`` decides),
        each with every office seen - one range of the surname index each."""
        rows = self.db.query(
            "SELECT a.id, a.name, a.country, r.title_key FROM actors a LEFT JOIN roles r "
            "ON r.person_id = a.id WHERE a.kind = 'person' AND a.surname_key = ? "
            "ORDER BY a.id", (surname,))
        if title_key and country and len(surname) >= VARIANT_PREFIX + 2:
            prefix = surname[:VARIANT_PREFIX]
            rows = [*rows, *self.db.query(
                "SELECT a.id, a.name, a.country, r.title_key FROM actors a JOIN roles r ON "
                "r.person_id = a.id WHERE a.kind = 'person' AND a.surname_key >= ? AND "
                "a.surname_key < ? AND a.surname_key <> ? AND a.country = ? ORDER BY a.id "
                "LIMIT 200", (prefix, prefix + "\U0010ffff", surname, country))]
        return rows

    def _person(self, actor: Actor) -> int:
        obs = observe_person(actor)
        found: dict[int, PersonCandidate] = {}
        for row in self._candidates(obs.parsed.surname, obs.title_key, obs.country):
            cand = found.setdefault(row["id"], PersonCandidate(
                id=row["id"], name=row["name"], parsed=parse_person_name(row["name"]),
                country=row["country"]))
            if row["title_key"]:
                cand.title_keys.add(row["title_key"])
        candidates = list(found.values())
        hit = match_person(obs, candidates)
        if hit is None:
            p = obs.parsed
            return self.db.insert(
                "INSERT INTO actors (kind, key, name, search_name, title, country, given_key, "
                "initial, surname_key) VALUES ('person', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (p.full, actor.name, person_search_name(actor.name), actor.title, actor.country,
                 p.given, p.initial, p.surname))
        fuller = len(obs.parsed.full.split()) > len(hit.parsed.full.split()) and obs.parsed.given
        if fuller:
            p = obs.parsed
            aliases = _split(self.db.scalar("SELECT aliases FROM actors WHERE id = ?", (hit.id,)))
            self.db.execute(
                "UPDATE actors SET name = ?, key = ?, search_name = ?, given_key = ?, initial = ? "
                "WHERE id = ?", (actor.name, p.full, person_search_name(actor.name, aliases),
                                 p.given, p.initial, hit.id))
        if hit.country is None and obs.country:
            self.db.execute("UPDATE actors SET country = ? WHERE id = ?", (obs.country, hit.id))
        return hit.id

    def resolve(self, actor: Actor) -> int:
        """The canonical actor id of one record actor."""
        if actor.kind == "person":
            return self._person(actor)
        if actor.kind == "country" and actor.country:
            return self.country(actor.country)
        if actor.kind == "group":
            key = group_key(actor.name, actor.members)
            return self.keyed_actor("group", key, actor.name, members=actor.members)
        key = organization_key(actor.name, actor.acronym, actor.country)
        return self.keyed_actor("organization", key, actor.name, country=actor.country,
                                acronym=actor.acronym)

    def add_aliases(self, actor_id: int, aliases: Iterable[str]) -> None:
        """Keep ``aliases`` (other names of the actor) on the canonical actor, new ones last."""
        row = self.db.query_one("SELECT kind, name, acronym, aliases FROM actors WHERE id = ?",
                                (actor_id,))
        if row is None:
            return
        known = _split(row["aliases"])
        new = [a for a in dict.fromkeys(" ".join(a.split()) for a in aliases)
               if a and a not in known and a != row["name"] and "\n" not in a]
        if not new:
            return
        merged = [*known, *new]
        self.db.execute("UPDATE actors SET aliases = ?, search_name = ? WHERE id = ?",
                        ("\n".join(merged),
                         search_name(row["kind"], row["name"], row["acronym"], merged), actor_id))

    # -- one article ------------------------------------------------------------------------
    def add_record(self, article_id: int, record: Record, text: str,
                   published: str | None) -> dict[str, int]:
        """Resolve every actor of ``record``; store article_actors, mentions and roles.

        Returns the map from the record's actor ids to canonical actor ids.
        """
        mapping: dict[str, int] = {}
        links: list[tuple[object, ...]] = []
        mentions: list[tuple[object, ...]] = []
        namesakes = {a.id: n.id for a in record.actors
                     if (n := record_namesake(a, record.actors)) is not None}
        for actor in sorted(record.actors, key=lambda a: a.id in namesakes):  # named in full first
            known = mapping.get(namesakes.get(actor.id, ""))
            actor_id = known if known is not None else self.resolve(actor)
            mapping[actor.id] = actor_id
            if actor.aliases:
                self.add_aliases(actor_id, actor.aliases)
            links.append((article_id, actor.id, actor_id, actor.name, actor.title,
                          actor.organization, actor.country))
            mentions.extend((article_id, actor_id, actor.id, start, end, text[start:end])
                            for start, end in actor.mentions)
            role = observe_role(actor)
            if role is not None:
                self._add_role(actor_id, role, article_id, published)
        self.db.executemany(
            "INSERT INTO article_actors (article_id, local_id, actor_id, name, title, "
            "organization, country) VALUES (?, ?, ?, ?, ?, ?, ?)", links)
        self.db.executemany(
            "INSERT INTO mentions (article_id, actor_id, local_id, span_start, span_end, text) "
            "VALUES (?, ?, ?, ?, ?, ?)", mentions)
        return mapping

    def _add_role(self, person_id: int, role: RoleObservation, article_id: int,
                  published: str | None) -> None:
        org_id = None
        if role.organization and role.organization_key:
            org_id = self.keyed_actor("organization", role.organization_key, role.organization,
                                      country=role.country)
        role_id = self.db.insert(
            "INSERT INTO roles (person_id, title, title_key, organization, organization_id, "
            "country, identity) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, identity) "
            "DO UPDATE SET identity = excluded.identity RETURNING id",
            (person_id, role.title, role.title_key, role.organization, org_id, role.country,
             role.identity))
        self.db.execute(
            "INSERT INTO role_sources (role_id, article_id, seen_on) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING", (role_id, article_id, published))
        self._update_role(role_id, person_id)

    def _update_role(self, role_id: int, person_id: int) -> None:
        self.db.execute(
            "UPDATE roles SET n_sources = (SELECT COUNT(*) FROM role_sources s WHERE "
            "s.role_id = roles.id), first_seen = (SELECT MIN(seen_on) FROM role_sources s WHERE "
            "s.role_id = roles.id), last_seen = (SELECT MAX(seen_on) FROM role_sources s WHERE "
            "s.role_id = roles.id) WHERE id = ?", (role_id,))
        self.db.execute(
            "UPDATE actors SET title = (SELECT title FROM roles WHERE person_id = ? "
            "ORDER BY COALESCE(last_seen, '') DESC, n_sources DESC, id DESC LIMIT 1) "
            "WHERE id = ?", (person_id, person_id))

    # -- upkeep -----------------------------------------------------------------------------
    def refresh_roles(self, role_ids: Iterable[int]) -> None:
        """Recompute first/last seen and source counts; drop roles left without sources."""
        for role_id in sorted(set(role_ids)):
            person = self.db.scalar("SELECT person_id FROM roles WHERE id = ?", (role_id,))
            if person is None:
                continue
            if not self.db.scalar("SELECT COUNT(*) FROM role_sources WHERE role_id = ?",
                                  (role_id,)):
                self.db.execute("DELETE FROM roles WHERE id = ?", (role_id,))
            self._update_role(role_id, int(person))

    def collect_garbage(self, actor_ids: Iterable[int]) -> None:
        """Delete actors no article, role or event refers to any more."""
        for actor_id in sorted(set(actor_ids)):
            used = self.db.scalar(
                "SELECT EXISTS (SELECT 1 FROM article_actors WHERE actor_id = ?) "
                "OR EXISTS (SELECT 1 FROM roles WHERE person_id = ? OR organization_id = ?) "
                "OR EXISTS (SELECT 1 FROM event_actors WHERE actor_id = ?)",
                (actor_id, actor_id, actor_id, actor_id))
            if not used:
                self.db.execute("DELETE FROM mentions WHERE actor_id = ?", (actor_id,))
                self.db.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
                self.forget()
