"""Names and titles in the shapes of state-agency copy (name_spans.py, titles.yaml, nationality.py).

* a style with an apostrophe between a long title and the name ("Prime Minister of Malaysia Dato'
  Seri X"): the name is the words after the style;
* a name of the actor dictionary whose first word is a capitalised function word after a title
  ("General Secretary To Lam"): the whole name;
* "State Minister" opening a sentence keeps "State" (the post of Ethiopia, Uganda, Turkey, Japan);
* an official who "called on" or "held talks with" another state's official does not take that
  official's state (the encounter words of people_coref.yaml).
"""

from __future__ import annotations

from people_views import officials

from dateline.article import Article


def _officials(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return officials(extractor.extract(Article(text=text, id="t", published="2025-06-04")))


def test_a_style_with_an_apostrophe_after_a_long_title(extractor):
    found = _officials(extractor, (
        "DOHA, 4 June (QNA) -- His Highness the Amir received Prime Minister of Malaysia Dato' Seri Anwar "
        "Ibrahim at the Amiri Diwan on Wednesday. Minister of Foreign Affairs of Malaysia Dato' Seri Mohamad "
        "Hasan also attended."))
    assert found["Anwar Ibrahim"] == ("Prime Minister", "MYS")
    assert found["Mohamad Hasan"] == ("Minister of Foreign Affairs", "MYS")
    assert not any(name.startswith("Dato") for name in found)


def test_a_listed_name_opening_with_a_function_word(extractor):
    found = _officials(extractor, (
        "HANOI, 4 June (VNA) -- General Secretary To Lam received Lao Prime Minister Sonexay "
        "Siphandone in Hanoi on Wednesday."))
    assert found["To Lam"] == ("General Secretary", "VNM")
    assert found["Sonexay Siphandone"] == ("Prime Minister", "LAO")


def test_state_minister_at_the_start_of_a_sentence(extractor):
    found = _officials(extractor, (
        "ADDIS ABABA, 4 June (ENA) -- Prime Minister Abiy Ahmed held talks with the visiting President of "
        "Kenya, William Ruto. State Minister of Foreign Affairs Misganu Arega briefed journalists."))
    assert found["Misganu Arega"] == ("State Minister of Foreign Affairs", "ETH")
    assert found["William Ruto"] == ("President", "KEN")


def test_called_on_another_states_official(extractor):
    found = _officials(extractor, (
        "ISLAMABAD, 4 June (APP) -- Federal Minister for Planning Ahsan Iqbal called on Chinese Vice "
        "Chairman of the National Development and Reform Commission Zhao Chenxin in Beijing."))
    assert found["Ahsan Iqbal"][1] == "PAK"
    assert found["Zhao Chenxin"][1] == "CHN"


def test_held_talks_with_another_states_official(extractor):
    found = _officials(extractor, (
        "MANILA, 4 June (PNA) -- Secretary of Agriculture Francisco Tiu Laurel held talks with Vietnamese "
        "Deputy Minister of Agriculture and Rural Development Phung Duc Tien on rice exports."))
    assert found["Francisco Tiu Laurel"][1] == "PHL"
    assert found["Phung Duc Tien"][1] == "VNM"
