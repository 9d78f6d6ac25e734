"""Parties told by a plural back-reference (events/pairs.py): "the two countries", "officials
from both sides", "talks between the two countries", "both women" are the two states or persons
told just before."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-03-04"  # the extract fixture's default (tests/conftest.py)


def test_the_two_countries_signed(extract):
    record = extract("Norway has agreed to supply Ghana with two patrol vessels, the Norwegian defence ministry "
                     "said. The deal was reached after months of negotiation. A ministry spokesman said the two "
                     "countries signed contracts worth $90 million on Tuesday.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["GHA", "NOR"]
    assert people(record, agreement) == set()


def test_officials_from_both_sides_skip_the_place_of_the_summit(extract):
    record = extract("Peruvian President Dina Boluarte will host Ecuadorian President Daniel Noboa on May 3 in the "
                     "northern city of Piura. Officials from both sides will hold talks next week to prepare the "
                     "meeting.")
    talks = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "talks"]
    assert len(talks) == 1
    assert talks[0].countries == ["ECU", "PER"]
    assert talks[0].status == "planned"
    assert people(record, talks[0]) == set()


def test_talks_between_the_two_countries(extract):
    record = extract("The Kenyan government sent a delegation to Uganda on Monday. The talks between the two "
                     "countries focused on the shared border.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["KEN", "UGA"]


def test_both_women_are_the_two_officials_told_before(extract):
    record = extract("Last week, Secretary-General Antonio Guterres named former Chilean President Michelle "
                     "Bachelet as his special envoy to Bolivia. Both women visited La Paz in April.")
    visit = one(record, "visit")
    assert people(record, visit) == {"Antonio Guterres", "Michelle Bachelet"}
    assert "BOL" in visit.countries


def test_three_states_are_not_the_two_countries(extract):
    record = extract("Chile, Peru and Bolivia have set up a joint commission on water. The three countries signed a "
                     "memorandum on the Lauca river on Friday.")
    assert all(len(e.countries) != 2 for e in record.events if e.kind == "agreement")


def test_the_two_countries_of_two_officials_told_add_no_other_state(extract):
    record = extract("Brazilian President Luiz Inacio Lula da Silva and Nigerian President Bola Tinubu took turns "
                     "attacking the United States on Friday in Abuja during a state visit by the Brazilian leader. "
                     "Mr. Tinubu condemned what he called U.S. pressure on Iran. On other issues, the presidents of "
                     "two oil producing countries signed a number of cooperation agreements relating to oil, taxes "
                     "and construction.")
    deals = [e for e in record.events if e.kind == "agreement"]
    assert deals and all(e.countries == ["BRA", "NGA"] for e in deals), [(e.kind, e.countries) for e in deals]


def test_their_talks_told_by_the_two_who_said_so(extract):
    """'The two men said their talks also covered Haiti': the talks of the two officials told before."""
    record = extract("U.S. Secretary of State Marco Rubio said Washington has full confidence in UN "
                     "Secretary-General Antonio Guterres. The two men said their talks also covered Haiti and "
                     "Sudan.")
    meeting = one(record, "meeting")
    assert sorted(meeting.countries) == ["UN", "USA"]
    assert people(record, meeting) == {"Marco Rubio", "Antonio Guterres"}


def test_the_two_sides_of_a_lead_named_after_it_in_its_sentence(extract):
    record = extract("The two sides signed a memorandum on critical minerals after talks between Indian Prime "
                     "Minister Narendra Modi and Chilean President Gabriel Boric in New Delhi.")
    assert one(record, "agreement").countries == ["CHL", "IND"]

