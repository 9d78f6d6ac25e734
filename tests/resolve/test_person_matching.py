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


# -- spelling variants: one official, same country and office ------------------------------
MOVAHEDI = PersonCandidate(7, "Mohammad Kazem Movahedi-Azad",
                           parse_person_name("Mohammad Kazem Movahedi-Azad"), "IRN",
                           {"prosecutor general"})
MIRZIYOYEV = PersonCandidate(8, "Shavkat Mirziyoyev", parse_person_name("Shavkat Mirziyoyev"),
                             "UZB", {"president"})
GAFAROVA = PersonCandidate(9, "Sahiba Gafarova", parse_person_name("Sahiba Gafarova"), "AZE",
                           {"speaker of the milli majlis"})
EMOMALI = PersonCandidate(10, "Emomali Rahmon", parse_person_name("Emomali Rahmon"), "TJK",
                          {"president"})
YUSUF = PersonCandidate(11, "Yusuf Rahmon", parse_person_name("Yusuf Rahmon"), "TJK",
                        {"prosecutor general"})
OFFICIALS = [MOVAHEDI, MIRZIYOYEV, GAFAROVA, EMOMALI, YUSUF, *KNOWN]


def test_variant_spellings_in_the_same_office_are_one_person() -> None:
    assert match_person(obs("Mohammad Kazem Movahedi-Azadi", "Prosecutor General", "IRN"),
                        OFFICIALS) is MOVAHEDI
    assert match_person(obs("Mohammed Kazem Movahedi Azadi", "Prosecutor-General", "IRN"),
                        OFFICIALS) is MOVAHEDI
    assert match_person(obs("Shavkat Mirziyoev", "President", "UZB"), OFFICIALS) is MIRZIYOYEV
    assert match_person(obs("Movahedi-Azadi", "Prosecutor General", "IRN"), OFFICIALS) \
        is MOVAHEDI


def test_variant_spellings_need_the_same_country_and_office() -> None:
    assert match_person(obs("Mohammad Kazem Movahedi-Azadi", "Foreign Minister", "IRN"),
                        OFFICIALS) is None
    assert match_person(obs("Mohammad Kazem Movahedi-Azadi", None, "IRN"), OFFICIALS) is None
    assert match_person(obs("Mohammad Kazem Movahedi-Azadi", "Prosecutor General", "IRQ"),
                        OFFICIALS) is None
    assert match_person(obs("Movahedi-Azadi", None, "IRN"), OFFICIALS) is None


def test_people_who_share_a_surname_stay_apart() -> None:
    assert match_person(obs("Yusuf Rahmon", "Prosecutor General", "TJK"), OFFICIALS) is YUSUF
    assert match_person(obs("Emomali Rahmon", "President", "TJK"), OFFICIALS) is EMOMALI
    assert match_person(obs("Rustam Rahmon", "Prosecutor General", "TJK"), OFFICIALS) is None
    assert match_person(obs("Ilham Aliyev", "Prosecutor General", "AZE"), OFFICIALS) is ILHAM
    # a near spelling is not enough for a short name: Sahib Gafarov is not Sahiba Gafarova
    assert match_person(obs("Sahib Gafarov", "Speaker of the Milli Majlis", "AZE"),
                        OFFICIALS) is None


def test_spelling_variants_and_near_surnames() -> None:
    from dateline.resolve.names import near_surname, spelling_variants

    def p(name: str):  # type: ignore[no-untyped-def]
        return parse_person_name(name)

    assert spelling_variants(p("Mohammad Kazem Movahedi-Azad"), p("Mohammad Kazem Movahedi-Azadi"))
    assert spelling_variants(p("Mohammad Kazem Movahedi-Azad"), p("Mohammed Kazem Movahedi Azadi"))
    assert not spelling_variants(p("Ilham Aliyev"), p("Kamran Aliyev"))
    assert not spelling_variants(p("Sahiba Gafarova"), p("Sahib Gafarov"))
    assert not spelling_variants(p("Movahedi-Azad"), p("Movahedi-Azadi"))  # no given name
    assert near_surname(p("Movahedi-Azad"), p("Movahedi-Azadi"))
    assert not near_surname(p("Aliyev"), p("Aliyeva"))  # short: a letter makes another person


def test_a_bare_surname_is_the_record_person_written_in_full() -> None:
    from dateline.resolve.persons import record_namesake

    full = Actor(id="a6", kind="person", name="Mohammad Kazem Movahedi-Azad",
                 title="Prosecutor General", country="IRN")
    bare = Actor(id="a7", kind="person", name="Movahedi-Azad")
    host = Actor(id="a1", kind="person", name="Kamran Aliyev", title="Prosecutor General",
                 country="AZE")
    assert record_namesake(bare, [host, full, bare]) is full
    assert record_namesake(full, [host, full, bare]) is None
    ilham = Actor(id="a2", kind="person", name="Ilham Aliyev", title="President", country="AZE")
    aliyev = Actor(id="a3", kind="person", name="Aliyev")
    assert record_namesake(aliyev, [host, ilham, aliyev]) is None  # two Aliyevs: ambiguous
    foreign = Actor(id="a8", kind="person", name="Movahedi-Azad", country="IRQ")
    assert record_namesake(foreign, [full, foreign]) is None


# -- a bare surname with no country: the person known by that surname alone, never a guess ----
def test_bare_surname_without_country_is_the_surname_only_person() -> None:
    franklin = PersonCandidate(20, "Rosalind Franklin", parse_person_name("Rosalind Franklin"),
                               "GBR", {"researcher"})
    # nothing tells which Franklin "Franklin said on Monday" is: not Rosalind by guess
    assert match_person(obs("Franklin"), [franklin]) is None
    known = PersonCandidate(21, "Franklin", parse_person_name("Franklin"), None)
    # ... but the next report naming a bare "Franklin" finds the one created for the first
    assert match_person(obs("Franklin"), [franklin, known]) is known
    assert match_person(obs("Franklin", "Spokesman"), [franklin, known]) is known
    # a bare surname with a country is not the country-less one
    assert match_person(obs("Franklin", None, "GBR"), [franklin, known]) is franklin


def test_two_people_sharing_a_surname_stay_two() -> None:
    bare = PersonCandidate(3, "Aliyev", parse_person_name("Aliyev"), None)
    people = [*KNOWN, bare]
    assert match_person(obs("Aliyev"), people) is bare
    assert match_person(obs("Ilham Aliyev", "President", "AZE"), people) is ILHAM
    assert match_person(obs("Kamran Aliyev", "Prosecutor General", "AZE"), people) is KAMRAN
    assert match_person(obs("Aliyev", "President", "AZE"), people) is ILHAM
