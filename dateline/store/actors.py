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

from collections.abc import Callable, Iterable

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
from dateline.store.backend import Backend, Row, chunks, json_rows_parameter
from dateline.store.person_index import VARIANT_PREFIX, PersonIndex, Wanted
from dateline.store.role_tallies import ROLE_RECOUNT, ROLE_TALLIES
from dateline.store.twins import Twin

__all__ = ["ActorWriter", "person_search_name", "search_name"]

# One column list for every new actor, so a record's new people, countries and organisations
# go out as one statement where the backend holds consecutive rows (PostgreSQL).
_ACTOR_COLUMNS = ("kind, key, name, search_name, title, country, acronym, members, given_key, "
                  "initial, surname_key")

# A batch's roles, as the rows of one JSON parameter (Backend.json_rows).
_ROLE_ROWS = (("person_id", "bigint"), ("title", "text"), ("title_key", "text"),
              ("organization", "text"), ("organization_id", "bigint"), ("country", "text"),
              ("identity", "text"), ("article_id", "bigint"), ("seen_on", "text"))

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
        self._absent: set[tuple[str, str]] = set()
        self.people = PersonIndex()
        self._batch: list[Record] | None = None  # the records preloaded for
        self._loaded = False
        self._held_roles: list[tuple[int, RoleObservation, int | None, int, str | None]] = []
        self._links: list[tuple[object, ...]] = []  # article_actors rows not written yet
        self._mentions: list[tuple[object, ...]] = []  # mentions rows not written yet

    def forget(self) -> None:
        """Drop cached ids and the batch's people (a new batch, or after a rollback)."""
        self._batch = None
        self._held_roles.clear()
        self._links.clear()
        self._mentions.clear()
        self._stale()

    def _stale(self) -> None:
        """Drop what was read for the batch (actors or offices were deleted): the next look-up
        reads it again."""
        self._keyed.clear()
        self._absent.clear()
        self.people.clear()
        self._loaded = False

    def preload(self, records: Iterable[Record]) -> Callable[[], None]:
        """Look up the countries, organisations and groups ``records`` name, and the people
        their person mentions may be (:class:`~dateline.store.person_index.PersonIndex`), in
        one query each (inside the batch's transaction), so resolving them costs no round trip
        each. The queries are sent now; call the returned function (before resolving any
        actor) to read their answers."""
        self._batch = list(records)
        return self._load()

    def _ensure_loaded(self) -> None:
        if self._batch is not None and not self._loaded:
            self._load()()

    def _load(self) -> Callable[[], None]:
        self._write_roles()  # the people are read with their offices
        records = self._batch or []
        self._loaded = True
        people = self.people.load(self.db, [Wanted(o.parsed.surname, o.title_key, o.country)
                                            for record in records for actor in record.actors
                                            if actor.kind == "person"
                                            for o in [observe_person(actor)]])
        wanted = {key for record in records for actor in record.actors
                  for key in _keyed_names(actor)} - self._keyed.keys()
        keyed = [self.db.query_later("SELECT id, kind, key FROM actors WHERE kind <> 'person' "
                                     f"AND key IN ({','.join('?' * len(part))})", part)
                 for part in chunks(sorted({key for _, key in wanted}))]

        def read() -> None:
            people()  # one round trip brings both (and what the writer asked before)
            for rows in keyed:
                for row in rows():
                    if (row["kind"], row["key"]) in wanted:
                        self._keyed[(row["kind"], row["key"])] = int(row["id"])
            self._absent = wanted - self._keyed.keys()
        return read

    # -- canonical actors -------------------------------------------------------------------
    def keyed_actor(self, kind: str, key: str, name: str, *, country: str | None = None,
                    acronym: str | None = None, members: list[str] | None = None) -> int:
        """The id of the country/organisation/group with ``key``, created when new."""
        self._ensure_loaded()
        cached = self._keyed.get((kind, key))
        if cached is not None:
            return cached
        found = None if (kind, key) in self._absent else self.db.scalar(
            "SELECT id FROM actors WHERE kind = ? AND key = ?", (kind, key))
        if found is not None:
            self._keyed[(kind, key)] = int(found)
            return int(found)
        self._absent.discard((kind, key))
        self._keyed[(kind, key)] = new = self.db.insert_row(
            "actors", _ACTOR_COLUMNS,
            (kind, key, name, fold(f"{name} {acronym or ''}"), None, country, acronym,
             ";".join(sorted(members)) if members else None, None, None, None))
        return new

    def country(self, code: str) -> int:
        code = code.upper()
        return self.keyed_actor("country", code, country_name(code), country=code)

    def _candidates(self, surname: str, title_key: str | None, country: str | None
                    ) -> list[Row]:
        """People with the surname skeleton and, given an office and a country, those of that
        country whose surname starts alike (a spelling variant: ``match_person`` decides),
        each with every office seen - one range of the surname index each."""
        sql = ("SELECT 0 AS part, a.id, a.name, a.country, r.title_key FROM actors a LEFT JOIN "
               "roles r ON r.person_id = a.id WHERE a.kind = 'person' AND a.surname_key = ?")
        params: list[object] = [surname]
        if title_key and country and len(surname) >= VARIANT_PREFIX + 2:  # one round trip
            prefix = surname[:VARIANT_PREFIX]
            sql += (" UNION ALL SELECT * FROM (SELECT 1 AS part, a.id, a.name, a.country, "
                    "r.title_key FROM actors a JOIN roles r ON r.person_id = a.id WHERE a.kind = "
                    "'person' AND a.surname_key >= ? AND a.surname_key < ? AND a.surname_key <> ? "
                    "AND a.country = ? ORDER BY a.id LIMIT 200) v")
            params += [prefix, prefix + "\U0010ffff", surname, country]
        return self.db.query(f"{sql} ORDER BY 1, 2", params)  # part, id

    def _read_candidates(self, surname: str, title_key: str | None, country: str | None
                         ) -> list[PersonCandidate]:
        """The candidates of :meth:`_candidates`, from the batch's index when it can tell."""
        self._ensure_loaded()
        indexed = self.people.candidates(surname, title_key, country)
        if indexed is not None:
            return indexed
        self._write_roles()
        found: dict[int, PersonCandidate] = {}
        for row in self._candidates(surname, title_key, country):
            cand = found.setdefault(row["id"], PersonCandidate(
                id=row["id"], name=row["name"], parsed=parse_person_name(row["name"]),
                country=row["country"]))
            if row["title_key"]:
                cand.title_keys.add(row["title_key"])
        return list(found.values())

    def _person(self, actor: Actor) -> int:
        obs = observe_person(actor)
        hit = match_person(obs, self._read_candidates(obs.parsed.surname, obs.title_key,
                                                      obs.country))
        if hit is None:
            p = obs.parsed
            new = self.db.insert_row(
                "actors", _ACTOR_COLUMNS, ("person", p.full, actor.name,
                                           person_search_name(actor.name), actor.title,
                                           actor.country, None, None, p.given, p.initial,
                                           p.surname))
            self.people.added(new, actor.name, actor.country, p.surname)
            return new
        if self._loaded and not self.people.knows(hit.id):
            self._stale()  # a person the index did not load may change below: read again
        fuller = len(obs.parsed.full.split()) > len(hit.parsed.full.split()) and obs.parsed.given
        if fuller:
            p = obs.parsed
            aliases = _split(self.db.scalar("SELECT aliases FROM actors WHERE id = ?", (hit.id,)))
            self.db.execute(
                "UPDATE actors SET name = ?, key = ?, search_name = ?, given_key = ?, initial = ? "
                "WHERE id = ?", (actor.name, p.full, person_search_name(actor.name, aliases),
                                 p.given, p.initial, hit.id))
            if self.people.knows(hit.id):
                self.people.renamed(hit.id, actor.name)
        if hit.country is None and obs.country:
            self.db.execute("UPDATE actors SET country = ? WHERE id = ?", (obs.country, hit.id))
            if self.people.knows(hit.id):
                self.people.located(hit.id, obs.country)
        return hit.id

    def resolve(self, actor: Actor) -> int:
        """The canonical actor id of one record actor (:func:`_keyed_names` lists the keys this
        looks up: keep the two in step)."""
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
                   published: str | None, twin: Twin | None = None) -> dict[str, int]:
        """Resolve every actor of ``record``; store article_actors, mentions and roles. An actor
        the earlier copy of the same text had (``twin``) is what that copy's resolved to.

        Returns the map from the record's actor ids to canonical actor ids.
        """
        mapping: dict[str, int] = {}
        links: list[tuple[object, ...]] = []
        mentions: list[tuple[object, ...]] = []
        namesakes = {a.id: n.id for a in record.actors
                     if (n := record_namesake(a, record.actors)) is not None}
        for actor in sorted(record.actors, key=lambda a: a.id in namesakes):  # named in full first
            known = twin.actor(actor) if twin is not None else None
            if known is None:
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
        self._links += links
        self._mentions += mentions
        return mapping

    def flush(self) -> None:
        """Write the roles, article_actors and mentions rows :meth:`add_record` holds (one
        statement per table for a batch: nothing reads them while the batch resolves, but
        replacing an article, so the writer flushes before that and at the end of the batch;
        the roles also before any read of the people and their offices)."""
        self._write_roles()
        links, self._links = self._links, []
        mentions, self._mentions = self._mentions, []
        self.db.insert_rows("article_actors", "article_id, local_id, actor_id, name, title, "
                            "organization, country", links)
        self.db.insert_rows("mentions", "article_id, actor_id, local_id, span_start, span_end, "
                            "text", mentions)

    def _add_role(self, person_id: int, role: RoleObservation, article_id: int,
                  published: str | None) -> None:
        """Resolve the role's organisation now and note the office in the batch's index; the
        role's rows are written by :meth:`_write_roles` with the batch's others (the batch
        reads no role but through the index, which writes them first when it falls back to a
        query)."""
        org_id = None
        if role.organization and role.organization_key:
            org_id = self.keyed_actor("organization", role.organization_key, role.organization,
                                      country=role.country)
        self._held_roles.append((person_id, role, org_id, article_id, published))
        if self.people.knows(person_id):
            self.people.office(person_id, role.identity, role.title_key)
        elif self._loaded:
            self._stale()

    def _write_roles(self) -> None:
        """Write the held roles: new offices (in the order they were seen, so ids as one at a
        time would give), their tallies, sources and the people's current titles - four
        statements whatever the number of roles. No RETURNING: a role is named by (person,
        identity), so in a pipelined batch (PostgreSQL) they go out with the next read."""
        held, self._held_roles = self._held_roles, []
        if not held:
            return
        rows = json_rows_parameter(
            (person_id, role.title, role.title_key, role.organization, org_id, role.country,
             role.identity, article_id, published)
            for person_id, role, org_id, article_id, published in held)
        roles = self.db.json_rows(_ROLE_ROWS)
        self.db.execute(
            "INSERT INTO roles (person_id, title, title_key, organization, organization_id, "
            "country, identity) SELECT person_id, title, title_key, organization, "
            f"organization_id, country, identity FROM {roles} AS u WHERE true ORDER BY row_order "
            "ON CONFLICT (person_id, identity) DO NOTHING", (rows,))
        # the people's offices found through their index (a join could scan every role)
        people = self.db.json_member("person_id", 0, "bigint")
        self.db.execute(ROLE_TALLIES.format(rows=roles, people=people), (rows, rows))
        self.db.execute(
            "INSERT INTO role_sources (role_id, article_id, seen_on) SELECT r.id, u.article_id, "
            f"u.seen_on FROM {roles} AS u JOIN (SELECT id, person_id, identity FROM roles WHERE "
            f"{people}) r ON r.person_id = u.person_id AND r.identity = u.identity WHERE true "
            "ORDER BY u.row_order ON CONFLICT DO NOTHING", (rows, rows))
        self.db.execute(
            "UPDATE actors SET title = (SELECT title FROM roles WHERE person_id = actors.id "
            "ORDER BY COALESCE(last_seen, '') DESC, n_sources DESC, id DESC LIMIT 1) "
            f"WHERE {self.db.json_member('id', 0, 'bigint')}", (rows,))

    def _update_role(self, role_id: int, person_id: int) -> None:
        self.db.execute(
            f"{ROLE_RECOUNT} WHERE id = ?", (role_id,))
        self._update_title(person_id)

    def _update_title(self, person_id: int) -> None:
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
                self._stale()
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
                self._stale()


def _keyed_names(actor: Actor) -> list[tuple[str, str]]:
    """The (kind, key) of the keyed actors resolving ``actor`` looks up (:meth:`ActorWriter.resolve`
    and the organisation of its role)."""
    if actor.kind == "person":
        role = observe_role(actor)
        if role is not None and role.organization and role.organization_key:
            return [("organization", role.organization_key)]
        return []
    if actor.kind == "country" and actor.country:
        return [("country", actor.country.upper())]
    if actor.kind == "group":
        return [("group", group_key(actor.name, actor.members))]
    return [("organization", organization_key(actor.name, actor.acronym, actor.country))]
