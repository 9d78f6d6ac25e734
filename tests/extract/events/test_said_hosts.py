"""Where a gathering sits and who hosts it, told around it: a state that says 'it' will host a gathering hosts it
("Jordan says it will host a regional conference",
"Kenya said on Thursday it would host an international conference on Somalia"); "the Summit of the
Americas, to take place at Mar del Plata" sits there."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-02"


@pytest.mark.parametrize(("text", "host"), [
    ("Jordan says it will host a regional conference next week to discuss help for Iraqi refugees.", "JOR"),
    ("Kenya said on Thursday it would host an international conference on Somalia in June.", "KEN"),
])
def test_the_state_that_says_it_will_host_a_gathering_hosts_it(extract, text, host):
    (event,) = [e for e in extract(text).events if e.kind == "gathering"]
    assert event.countries == [host]
    assert event.status == "planned"




def test_an_infinitive_after_the_gathering_tells_where_it_sits(extract):
    record = extract("Riot police fired rubber bullets at the crowds just days before the start of the 34-nation Summit "
                     "of the Americas, to take place at Mar del Plata, some 370 kilometers south of Buenos Aires.")
    (event,) = [e for e in record.events if e.kind == "gathering"]
    assert event.place is not None and event.place.country == "ARG"
    assert event.countries == ["ARG"]


def test_the_body_a_relative_clause_tells_of_holds_its_summit(extract):
    record = extract("Burma, Indonesia and Singapore all belong to the 10-member Association of Southeast Asian "
                     "Nations, which held a summit in Thailand earlier this month.")
    (event,) = [e for e in record.events if e.kind == "gathering"]
    assert set(event.countries) == {"ASEAN", "THA"}
