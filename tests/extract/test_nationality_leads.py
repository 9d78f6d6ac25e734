"""The state of an official told by the lead before him or by the state media quoting him
(dateline/extract/nationality_story.py: lead_states, state_media).

"Israel's defense minister says ... . Defense Minister X says ...", "A top Iranian official says
... . Deputy Foreign Minister X told ...", "Iran says ... . Foreign Ministry spokesman X said ...":
the lead's state. "Syria's official news agency quoted Foreign Ministry spokesman X": Syria.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _official(extractor, text: str, name: str) -> tuple[str | None, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next((a.title, a.country) for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Egypt's foreign minister says Egyptian monitors will leave Libyan border towns next week. Foreign "
     "Minister Sameh Kamel says the monitors will return after the vote in the Libyan capital.",
     "Sameh Kamel", "EGY"),
    ("A top Iranian official says his country will keep enriching uranium. Deputy Foreign Minister Abbas "
     "Rahimi told a German newspaper Tuesday that the work will go on.", "Abbas Rahimi", "IRN"),
    ("Venezuela rejects the threat of British sanctions. Foreign Ministry spokesman Luis Mendoza told "
     "reporters the chance of a British embargo is very low.", "Luis Mendoza", "VEN"),
    ("CARACAS, March 3 (Reuters) - Bolivia's delegation says it is leaving the regional summit early in "
     "protest. Foreign Minister Celinda Sosa told reporters in the Venezuelan capital that the delegation "
     "would fly home on Tuesday.", "Celinda Sosa", "BOL"),
])
def test_the_lead_gives_its_state_to_the_next_subject(extractor, text, name, country):
    assert _official(extractor, text, name)[1] == country


@pytest.mark.parametrize(("text", "name"), [
    # the title names the official's own side, a people with no state
    ("Georgia accused Russia of interfering in its internal affairs. Abkhaz President Aslan Bzhania "
     "described the events as an attempted coup.", "Aslan Bzhania"),
])
def test_no_lead_state_for_an_own_people(extractor, text, name):
    assert _official(extractor, text, name)[1] is None


def test_a_lead_keeps_the_post_of_a_state_by_usage(extractor):
    text = ("China rejects the criticism of its trade policy. Secretary of State Marco Rubio said on Monday "
            "that Washington would respond.")
    assert _official(extractor, text, "Marco Rubio")[1] != "CHN"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Syria's official SANA news agency quoted Foreign Ministry spokesman Omar Haddad as saying Damascus "
     "would support the Lebanese government.", "Omar Haddad", "SYR"),
    ("Iraqi state television said Interior Minister Jawad Bolani would visit Kuwait next week.",
     "Jawad Bolani", "IRQ"),
])
def test_state_media_give_their_state_to_the_official_they_report(extractor, text, name, country):
    assert _official(extractor, text, name)[1] == country



def test_a_traveller_takes_no_lead_state(extractor):
    text = ("Greece wants to end the dispute over the islands. Deputy Prime Minister Kemal Aydin will travel "
            "to Athens on Monday.")
    assert _official(extractor, text, "Kemal Aydin")[1] is None
