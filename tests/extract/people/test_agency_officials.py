"""Officials across whole agency reports (people/, name_spans.py, name_lists.py, nationality*.py).

Reports written for this test in the style of state agencies: a dateline, a long title chain,
officials listed for each side, names in brackets, a style before a post, an unnamed counterpart.
Every named official gets the title written by the name and the state the report ties him to.
"""

from __future__ import annotations

from dateline.article import Article

_BAKU = """BAKU, March 3 (Trend) -- Vice-Chairman of the Cabinet of Ministers – Minister of Foreign Affairs \
of Turkmenistan Resul Amanov met with Azerbaijani Foreign Minister Tural Gasimov in Baku on Monday.

The Turkmen side was represented by Deputy Minister of Energy Merdan Orazov, while Azerbaijan was \
represented by Minister of Economy Farid Mammadli.

The ministers of energy of Georgia, Kazakhstan and Uzbekistan, Levan Beridze, Daniyar Sarsenov and \
Jasur Karimov, joined the talks by video link. Amanov thanked Kazakhstan for its support."""

_RABAT = """RABAT, 4 April (MAP) - The Moroccan delegation to the talks in Nouakchott included the Minister \
of Foreign Affairs (Youssef Amrani) and the Minister of Equipment and Water (Hamid Tazi).

Ambassador Leila Bennani, Secretary of State for Foreign Trade, also attended. Amrani received his \
Mauritanian counterpart on Tuesday, spokesman for the ministry Karim Idrissi said."""


def _officials(extractor, text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published=published))
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person" and a.title}


def test_a_report_with_a_title_chain_sides_and_a_list(extractor):
    found = _officials(extractor, _BAKU, "2025-03-03")
    assert found["Resul Amanov"] == (
        "Vice-Chairman of the Cabinet of Ministers – Minister of Foreign Affairs", "TKM")
    assert found["Tural Gasimov"] == ("Foreign Minister", "AZE")
    assert found["Merdan Orazov"] == ("Deputy Minister of Energy", "TKM")
    assert found["Farid Mammadli"] == ("Minister of Economy", "AZE")
    assert found["Levan Beridze"] == ("Minister of Energy", "GEO")
    assert found["Daniyar Sarsenov"] == ("Minister of Energy", "KAZ")
    assert found["Jasur Karimov"] == ("Minister of Energy", "UZB")


def test_a_report_with_names_in_brackets_and_styles(extractor):
    found = _officials(extractor, _RABAT, "2025-04-04")
    assert found["Youssef Amrani"] == ("Minister of Foreign Affairs", "MAR")
    assert found["Hamid Tazi"] == ("Minister of Equipment and Water", "MAR")
    assert found["Leila Bennani"] == ("Secretary of State for Foreign Trade", "MAR")
    assert found["Karim Idrissi"][1] == "MAR"


def test_a_us_assistant_secretary_of_state_keeps_his_state(extractor):
    """The bare "Secretary of State for X" of other states does not undo the US posts with a field."""
    found = _officials(extractor, "Assistant Secretary of State for African Affairs Mark Ellison arrived in "
                                  "Nairobi on Monday.", "2025-04-04")
    assert found["Mark Ellison"] == ("Assistant Secretary of State for African Affairs", "USA")
