"""The state of an official the sentence gives without writing it by the name (nationality.py):

* a gapped delegation clause: "The Kazakh delegation was led by X, and the Uzbek side by Y" -- Y
  serves Uzbekistan (the coordination of X and Y does not carry X's state across another state);
* a sentence that names one state only, whose other named officials serve it, gives it to an
  official without one ("agencies in Iran quote the deputy speaker of the parliament X as saying
  Ayatollah Y ..."), but not when the officials meet (the one met may be the guest);
* styles are no part of a name ("Ayatollah", "First Lady"), and no date is part of a title.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _people(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published="2025-06-04"))
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "expected"), [
    ("NUR-SULTAN, June 4 (Kazinform) -- The Kazakh delegation was led by Minister of Trade and Integration "
     "Arman Shakkaliyev, and the Uzbek side by Deputy Prime Minister Jamshid Khodjaev.",
     {"Arman Shakkaliyev": "KAZ", "Jamshid Khodjaev": "UZB"}),
    ("The Chinese delegation was headed by Vice Premier Liu Wei, while the American one by Treasury "
     "Secretary Janet Moore.", {"Liu Wei": "CHN", "Janet Moore": "USA"}),
])
def test_a_gapped_delegation_clause(extractor, text, expected):
    people = _people(extractor, text)
    assert {name: people[name][1] for name in expected} == expected


def test_the_one_state_of_the_sentence(extractor):
    text = ("Semi-official news agencies in Iran quote the deputy speaker of the parliament Mohammad Hassan "
            "Karimi as saying Ayatollah Ali Khamenei sent Mr. Pezeshkian a letter.")
    people = _people(extractor, text)
    assert people["Mohammad Hassan Karimi"] == ("Deputy speaker of the parliament", "IRN")
    assert "Ali Khamenei" in people  # the style is no part of the name


def test_an_official_met_in_a_one_state_sentence_keeps_no_state(extractor):
    text = ("Senior General Than Shwe received a formal welcome Tuesday in New Delhi, where he met Prime "
            "Minister Manmohan Singh and other Indian officials.")
    assert _people(extractor, text)["Than Shwe"][1] != "IND"


def test_first_lady_is_a_style(extractor):
    text = ("ANKARA, June 3 (Anadolu) -- President Recep Tayyip Erdogan welcomed Azerbaijani President Ilham "
            "Aliyev and First Lady Mehriban Aliyeva.")
    assert "Mehriban Aliyeva" in _people(extractor, text)


def test_a_date_is_no_part_of_a_title(extractor):
    text = ("In an interview with VOA Wednesday the U.S. Under Secretary of State for Political Affairs, "
            "Nicholas Burns, said the plan was a bilateral issue.")
    assert _people(extractor, text)["Nicholas Burns"] == ("Under Secretary of State for Political Affairs", "USA")
