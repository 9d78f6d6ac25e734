"""A further round that names no one continues the talks told before by its noun (events/rounds.py)."""

from __future__ import annotations

from dateline.article import Article


def test_the_next_round_continues_the_multiparty_talks_not_the_envoy_s_talks_told_between(extractor):
    text = ("Pyongyang pledged during six-nation talks in Beijing last month to dismantle its nuclear facilities. "
            "Russian Deputy Foreign Minister Alexander Losyukov held talks with North Korean leader Kim Jong-il "
            "in Pyongyang on Monday. The next round of talks is expected in November.")
    record = extractor.extract(Article(text=text, id="t"))
    planned = [e for e in record.events if e.status == "planned" and e.kind in {"meeting", "multilateral"}]
    assert len(planned) == 1
    assert planned[0].kind == "multilateral"
    assert {"CHN", "JPN", "KOR", "PRK", "RUS", "USA"} == set(planned[0].countries)


def test_a_round_of_the_only_talks_told_takes_their_parties(extractor):
    text = ("Indian and Pakistani foreign secretaries held talks in Islamabad on Tuesday. "
            "The next round of talks is expected in New Delhi in March.")
    record = extractor.extract(Article(text=text, id="t"))
    planned = [e for e in record.events if e.status == "planned" and e.kind in {"meeting", "multilateral"}]
    assert [sorted(e.countries) for e in planned] == [["IND", "PAK"]]
