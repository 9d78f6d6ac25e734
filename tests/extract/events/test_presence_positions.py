"""presence_positions (events/presence.py): the tokens ``presence`` can hold for, read from the
Doc's indexes, hold every token it does hold for, so find_triggers' cheap test first loses none."""

from __future__ import annotations

import pytest

from dateline.extract.events.presence import presence, presence_positions

TEXTS = [
    "Indian Prime Minister Narendra Modi is in Tokyo for two days of talks with his Japanese counterpart.",
    "The Kenyan president will be the guest of Tanzanian President Samia Suluhu Hassan next week.",
    "Brazil's foreign minister is due in Lisbon on Thursday, his ministry said on Monday.",
    "The Greek prime minister is expected in Ankara later this month, officials in Athens said.",
    "She and the Austrian chancellor were in Vienna holding talks when the news broke.",
    "Foreign Minister Penny Wong was expected to raise the issue, but the talks were postponed.",
    "They are due to sign the accord on Friday; both sides expect it to pass.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_presence_holds_for_is_among_the_positions(extractor, text):
    doc = extractor.nlp(text)
    held = {tok.i for tok in doc if presence(tok)}
    assert held <= presence_positions(doc)


def test_the_positions_keep_the_stays_and_skip_other_verbs(extractor):
    doc = extractor.nlp(TEXTS[0])
    positions = presence_positions(doc)
    assert [doc[i].text for i in sorted(positions)] == ["is"]
    assert presence(doc[min(positions)])
    doc = extractor.nlp(TEXTS[3])
    assert {"is", "expected"} <= {doc[i].text for i in presence_positions(doc)}
    assert "said" not in {doc[i].text for i in presence_positions(doc)}
