"""A definite title followed by "of" and a state refers to that state's official only
(extract/coref.py): "the Ambassador of Korea" is not the Japanese ambassador named before, and a
diplomatic diary that lists several receptions keeps one engagement each (events/merge.py: the
host's talks with two other states are two talks)."""

from __future__ import annotations

PUBLISHED = "2025-03-04"


def test_the_ambassador_of_another_state_is_not_the_one_named_before(extract):
    text = ("TASHKENT, March 4 (UzA) -- Uzbek Foreign Minister Bakhtiyor Saidov met with Ambassador of Japan "
            "Takashi Hatori on Tuesday. Later, he also received the Ambassador of Korea.")
    record = extract(text)
    hatori = next(a for a in record.actors if a.name == "Takashi Hatori")
    assert [text[s:e] for s, e in hatori.mentions] == ["Takashi Hatori"]
    talks = sorted((e for e in record.events if e.kind == "meeting"), key=lambda e: e.trigger.start)
    assert [t.countries for t in talks] == [["JPN", "UZB"], ["KOR", "UZB"]]
    assert talks[1].persons == ["Bakhtiyor Saidov"]


def test_the_ambassador_of_the_same_state_is_still_the_one_named(extract):
    text = ("Kazakh Foreign Minister Murat Nurtleu received Ambassador of Japan Takashi Hatori in Astana on "
            "Monday. The Ambassador of Japan conveyed greetings from Prime Minister Shigeru Ishiba.")
    record = extract(text)
    hatori = next(a for a in record.actors if a.name == "Takashi Hatori")
    assert len(hatori.mentions) == 2
    assert text[hatori.mentions[1][0]:hatori.mentions[1][1]].startswith("Ambassador")


def test_a_visit_told_by_its_state_takes_no_people_of_the_talks(extract):
    record = extract(
        "TASHKENT /Kun.uz/ -- Uzbek Foreign Minister Bakhtiyor Saidov met with Ambassador of Japan Takashi "
        "Hatori on Tuesday. The diplomats discussed preparations for the upcoming visit of the President of "
        "Uzbekistan to Tokyo.")
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.countries == ["JPN", "UZB"]
    assert visit.persons == []
