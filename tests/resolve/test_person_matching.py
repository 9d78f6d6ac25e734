"""Person matching: variants merge, namesakes stay apart."""

from __future__ import annotations

from dateline.record import Actor
from dateline.resolve.names import parse_person_name
from dateline.resolve.persons import PersonCandidate, match_person, observe_person

ILHAM = PersonCandidate(1, "Ilham Aliyev", parse_person_name("Ilham Aliyev"), "AZE",
                        {"president"})
KAMRAN = PersonCandidate(2, "Kamran Aliyev", parse_person_name("Kamran Aliyev"), "AZE",
                         {"prosecutor general"})
KNOWN = [ILHAM, KAMRAN]


def obs(name: str, title: str | None = None, country: str | None = None):  # type: ignore[no-untyped-def]
    return observe_person(Actor(id="a1", kind="person", name=name, title=title, country=country))


def test_full_name_variants_match() -> None:
    assert match_person(obs("Kamran Aliev", "Prosecutor General", "AZE"), KNOWN) is KAMRAN
    assert match_person(obs("Ilham Əliyev"), KNOWN) is ILHAM


def test_full_name_keeps_the_person_across_offices() -> None:
    assert match_person(obs("Kamran Aliyev", "Deputy Prosecutor General", "AZE"), KNOWN) is KAMRAN


def test_different_first_names_never_merge() -> None:
    assert match_person(obs("Rauf Aliyev", "President", "AZE"), KNOWN) is None


def test_different_countries_never_merge() -> None:
    assert match_person(obs("Kamran Aliyev", "Prosecutor General", "KAZ"), KNOWN) is None


def test_initial_needs_title_and_country() -> None:
    assert match_person(obs("K. Aliyev", "Prosecutor General", "AZE"), KNOWN) is KAMRAN
    assert match_person(obs("K. Aliyev", None, "AZE"), KNOWN) is None
    assert match_person(obs("I. Aliyev", "Prosecutor General", "AZE"), KNOWN) is None


def test_surname_only_uses_office_and_refuses_ambiguity() -> None:
    assert match_person(obs("Aliyev", "President", "AZE"), KNOWN) is ILHAM
    assert match_person(obs("Aliyev", "Prosecutor General", "AZE"), KNOWN) is KAMRAN
    assert match_person(obs("Aliyev", None, "AZE"), KNOWN) is None
    assert match_person(obs("Aliyev", "President", None), KNOWN) is None
    bucket = PersonCandidate(3, "Aliyev", parse_person_name("Aliyev"), "AZE")
    assert match_person(obs("Aliyev", None, "AZE"), [*KNOWN, bucket]) is bucket


def test_full_name_fills_a_person_known_by_surname() -> None:
    only = PersonCandidate(5, "Asylov", parse_person_name("Asylov"), "KAZ", {"prosecutor general"})
    assert match_person(obs("Berik Asylov", "Prosecutor-General", "KAZ"), [only]) is only
    assert match_person(obs("Berik Asylov", "President", "KAZ"), [only]) is None
