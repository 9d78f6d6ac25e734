"""An engagement's place is its own clause's, not that of another engagement of the same sentence
(events/place.py): a verb coordinated inside a 'where' clause takes the place that clause tells of, a
noun's own place phrase comes before its governing verb's, and a venue "outside" or "near" a city is
in that city's state."""

from __future__ import annotations


def _placed(record, kind):
    return [(e.place.country if e.place else None) for e in record.events if e.kind == kind]


def test_a_second_verb_of_a_where_clause_is_placed_there(extract):
    record = extract("Japanese Prime Minister Shigeru Ishiba returned to Tokyo on Sunday after a two-day stay in "
                     "Vietnam, where he toured a port and held talks with Vietnamese leaders.")
    assert _placed(record, "meeting") == ["VNM"]


def test_a_trip_nouns_own_destination_before_the_return(extract):
    record = extract("Indian Prime Minister Narendra Modi returned to New Delhi on Saturday after a two-day trip "
                     "to Bhutan.")
    assert _placed(record, "visit") == ["BTN"]


def test_a_residence_outside_a_city_is_in_its_state(extract):
    record = extract("Chad's president made the appeal on Tuesday during a meeting with Nigerian President Bola "
                     "Tinubu at his residence outside Abuja.")
    assert "NGA" in _placed(record, "meeting")


def test_a_city_the_parser_hangs_on_the_day(extract):
    # "in the capital Tbilisi Tuesday": the parser makes the city a modifier of the day, the day the verb's
    record = extract("Armenian Foreign Minister Ararat Mirzoyan met his Georgian counterpart Maka Botchorishvili "
                     "in the capital Tbilisi Tuesday.")
    assert "GEO" in _placed(record, "meeting")
    assert all(p == "GEO" for p in _placed(record, "meeting"))


def test_a_holding_verb_on_another_engagements_noun_places_that_one(extract):
    record = extract("MANAMA, March 3 (BNA) -- Bahraini Foreign Minister Abdullatif Al Zayani received his "
                     "Emirati counterpart on Sunday. The visit of the Emirati minister comes ahead of the "
                     "meeting of the GCC Ministerial Council, which is expected to take place in Riyadh in June.")
    assert "SAU" not in _placed(record, "visit")
    assert "SAU" in _placed(record, "multilateral") + _placed(record, "gathering") + _placed(record, "meeting")


def test_a_document_signed_at_a_session_is_where_the_session_was_held(extract):
    record = extract("Kyrgyz President Sadyr Japarov signed two agreements with Uzbek President Shavkat "
                     "Mirziyoyev at the first session of the Supreme State Council, held in Tashkent on Monday.")
    assert "UZB" in _placed(record, "agreement")
