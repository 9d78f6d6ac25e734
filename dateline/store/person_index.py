"""The people a batch may resolve against, read in one query and kept in step with its writes.

Resolving a person mention (:meth:`dateline.store.actors.ActorWriter._person`) reads the people
with the same surname skeleton and, for a mention with a title and a country, those of that
country whose surname starts with the same letters (each with the offices they were seen in).
One query per mention is one round trip per mention on a client/server database; instead the
writer loads, at the start of a batch, every person any mention of the batch can ask about, and
records here what the batch itself writes (new people, offices, countries, fuller names), so a
look-up answers exactly what the query would answer at that point of the transaction.

Where the index cannot be sure - a surname it did not load, a spelling-variant range larger than
the query's limit - :meth:`PersonIndex.candidates` returns None and the writer runs the query.
Deleting people or offices (an article replaced) is not tracked: the writer drops the index and
loads it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dateline.resolve.names import parse_person_name
from dateline.resolve.persons import PersonCandidate
from dateline.store.backend import Backend, Row

__all__ = ["VARIANT_LIMIT", "VARIANT_PREFIX", "PersonIndex", "Wanted"]

VARIANT_PREFIX = 4  # letters a spelling variant's surname skeleton shares ("movahediazad(i)")
VARIANT_LIMIT = 200  # rows (person x office) the spelling-variant query reads at most
_LOAD_LIMIT = 2 * VARIANT_LIMIT  # rows a variant range is loaded with; more: the query decides
_TOP = "\U0010ffff"  # above every character: [prefix, prefix + _TOP) is "starts with prefix"
_CHUNK = 300  # surnames (or ranges) per load query, under the drivers' parameter limits


def variant_range(surname: str, title_key: str | None, country: str | None
                  ) -> tuple[str, str] | None:
    """The (prefix, country) whose people are spelling-variant candidates for a mention, or None
    when the mention asks for none (no office or country, or a short surname)."""
    if title_key and country and len(surname) >= VARIANT_PREFIX + 2:
        return surname[:VARIANT_PREFIX], country
    return None


@dataclass(frozen=True, slots=True)
class Wanted:
    """What one person mention of a batch will look up."""

    surname: str
    title_key: str | None
    country: str | None


@dataclass(slots=True)
class _Person:
    id: int
    name: str
    country: str | None
    surname: str
    offices: dict[str, str | None] = field(default_factory=dict)  # role identity -> title key

    def candidate(self) -> PersonCandidate:
        return PersonCandidate(id=self.id, name=self.name, parsed=parse_person_name(self.name),
                               country=self.country,
                               title_keys={t for t in self.offices.values() if t})


class PersonIndex:
    """People by surname skeleton and by (surname prefix, country), for one batch."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget everything (a new batch, or people deleted)."""
        self._people: dict[int, _Person] = {}
        self._surnames: dict[str, set[int]] = {}  # loaded completely
        self._ranges: dict[tuple[str, str], set[int]] = {}  # loaded completely (with an office)
        self._overfull: set[tuple[str, str]] = set()  # more rows than loaded: ask the database

    def load(self, db: Backend, wanted: Iterable[Wanted]) -> Callable[[], None]:
        """Ask for every person ``wanted`` can ask about (one query per few hundred surnames),
        forgetting what was loaded before; the returned function reads the answers in (so other
        queries can go out with these: :meth:`~dateline.store.backend.Backend.query_later`)."""
        self.clear()
        wanted = list(wanted)
        surnames = sorted({w.surname for w in wanted})
        ranges = sorted({r for w in wanted
                         if (r := variant_range(w.surname, w.title_key, w.country)) is not None})
        reads = [self._load(db, surnames[part:part + _CHUNK], ranges[part:part + _CHUNK])
                 for part in range(0, max(len(surnames), len(ranges)), _CHUNK)]

        def read() -> None:
            for each in reads:
                each()
        return read

    def _load(self, db: Backend, surnames: list[str], ranges: list[tuple[str, str]]
              ) -> Callable[[], None]:
        selects: list[str] = []
        params: list[str] = []
        ranked = ""
        if ranges:
            ranked = (f"WITH q (prefix, upper_bound, country) AS (VALUES "
                      f"{','.join('(?, ?, ?)' for _ in ranges)}) ")
            for prefix, country in ranges:
                params += [prefix, prefix + _TOP, country]
        if surnames:
            selects.append(
                "SELECT 0 AS part, NULL AS prefix, NULL AS range_country, a.id, a.name, "
                "a.country, a.surname_key, r.identity, r.title_key FROM actors a LEFT JOIN "
                "roles r ON r.person_id = a.id WHERE a.kind = 'person' AND a.surname_key IN "
                f"({','.join('?' * len(surnames))})")
            params += surnames
        if ranges:
            # the rows the variant query reads, ranked in its order; one more than loaded
            # tells that a range is larger than the index may answer for
            selects.append(
                "SELECT part, prefix, range_country, id, name, country, surname_key, identity, "
                "title_key FROM (SELECT 1 AS part, q.prefix, q.country AS range_country, a.id, "
                "a.name, a.country, a.surname_key, r.identity, r.title_key, ROW_NUMBER() OVER "
                "(PARTITION BY q.prefix, q.country ORDER BY a.id, r.id) AS n FROM q JOIN "
                "actors a ON a.kind = 'person' AND a.surname_key >= q.prefix AND "
                "a.surname_key < q.upper_bound AND a.country = q.country JOIN roles r ON "
                f"r.person_id = a.id) v WHERE n <= {_LOAD_LIMIT + 1}")
            for key in ranges:
                self._ranges[key] = set()
        for name in surnames:
            self._surnames[name] = set()
        rows = db.query_later(ranked + " UNION ALL ".join(selects), params) if selects else list
        return lambda: self._read(rows())

    def _read(self, rows: list[Row]) -> None:
        counts: dict[tuple[str, str], int] = {}
        for row in rows:
            person = self._people.setdefault(row["id"], _Person(
                row["id"], row["name"], row["country"], row["surname_key"]))
            if row["identity"] is not None:
                person.offices[row["identity"]] = row["title_key"]
            if row["part"] == 0:
                self._surnames[row["surname_key"]].add(person.id)
            else:
                key = (row["prefix"], row["range_country"])
                counts[key] = counts.get(key, 0) + 1
                self._ranges[key].add(person.id)
        self._overfull.update(key for key, n in counts.items() if n > _LOAD_LIMIT)

    def candidates(self, surname: str, title_key: str | None, country: str | None
                   ) -> list[PersonCandidate] | None:
        """What :meth:`ActorWriter._candidates` would read now, or None when the index cannot
        tell (the caller then runs that query): the people with ``surname``, then those of the
        spelling-variant range (offices known), each in id order."""
        same = self._surnames.get(surname)
        if same is None:
            return None
        found = [self._people[i] for i in sorted(same)]
        key = variant_range(surname, title_key, country)
        if key is not None:
            members = self._ranges.get(key)
            if members is None or key in self._overfull:
                return None
            variants = [self._people[i] for i in sorted(members)
                        if self._people[i].surname != surname]
            if sum(len(p.offices) for p in variants) > VARIANT_LIMIT:
                return None  # the query's LIMIT would cut the list somewhere
            found += variants
        return [p.candidate() for p in found]

    # -- what the batch writes --------------------------------------------------------------
    def added(self, person_id: int, name: str, country: str | None, surname: str) -> None:
        """A new person (no office yet)."""
        self._people[person_id] = _Person(person_id, name, country, surname)
        if surname in self._surnames:
            self._surnames[surname].add(person_id)

    def knows(self, person_id: int) -> bool:
        return person_id in self._people

    def renamed(self, person_id: int, name: str) -> None:
        self._people[person_id].name = name

    def located(self, person_id: int, country: str) -> None:
        """The person's country, known now (it was not)."""
        person = self._people[person_id]
        person.country = country
        self._place(person)

    def office(self, person_id: int, identity: str, title_key: str | None) -> None:
        """An office seen (a no-op when the person already had it, as the insert is)."""
        person = self._people[person_id]
        person.offices.setdefault(identity, title_key)
        self._place(person)

    def _place(self, person: _Person) -> None:
        """Put a person with a country and an office into its loaded variant range."""
        if person.country and person.offices:
            members = self._ranges.get((person.surname[:VARIANT_PREFIX], person.country))
            if members is not None:
                members.add(person.id)
