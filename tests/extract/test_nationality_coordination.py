"""Two officials coordinated under one state ("Egypt's president X and foreign minister Y"): the
second serves the first's state (dateline/extract/nationality.py). Titles keep the text's case
(the scorer compares them without case)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def officials(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title.lower() if a.title else None, a.country) for a in record.actors if a.kind == "person"}


def test_a_lower_case_second_title_shares_the_possessive_state(extractor):
    record = run(extractor, "The envoy is expected to hold talks with Egypt's president Omar Fahmy and foreign "
                            "minister Karim Shawky in Cairo on Sunday.")
    found = officials(record)
    assert found["Omar Fahmy"] == ("president", "EGY")
    assert found["Karim Shawky"] == ("foreign minister", "EGY")


def test_a_second_title_with_a_modifier(extractor):
    record = run(extractor, "Blinken will meet Kazakhstan's president Nurlan Abenov and deputy prime minister "
                            "Serik Zhumangarin in Astana.")
    assert officials(record)["Serik Zhumangarin"] == ("deputy prime minister", "KAZ")


def test_a_verb_between_the_two_officials_shares_nothing(extractor):
    record = run(extractor, "The envoy met Lebanon's president Joseph Aoun and then visited foreign minister "
                            "Karim Haddad at his office.")
    # not through the coordination rule: nothing in the sentence gives his state
    assert officials(record)["Karim Haddad"] == ("foreign minister", None)


def test_a_lower_case_appositive_title_in_title_case(extractor):
    record = run(extractor, "Najib Hamadeh, Lebanon's prime minister, met French President Emmanuel Macron in "
                            "Paris on Thursday.")
    assert officials(record)["Najib Hamadeh"] == ("prime minister", "LBN")


def test_two_monarchs_coordinated_serve_two_states(extractor):
    """A state has one monarch: "Jordan's King X and Sultan Y" are two states' (``one_holder_titles``),
    while "King X and Crown Prince Y" share the king's state."""
    found = officials(run(extractor, "AMMAN, Oct 14 (Petra) -- Jordan's King Faisal and Sultan Tariq held talks "
                                     "in Amman on Tuesday."))
    assert found["Faisal"] == ("king", "JOR") and found["Tariq"][1] != "JOR"
    found = officials(run(extractor, "Jordan's King Faisal and Crown Prince Hamza attended the opening."))
    assert found["Hamza"] == ("crown prince", "JOR")
