"""The states a clause names around an engagement that are not its sides (events/venues.py): the
venue's state ("met in Kazakhstan's capital, Astana", "in Abuja, Nigeria", "in the Kenyan capital"),
an envoy's post ("the ambassadors to Lebanon"), a channel ("through the Swiss Embassy"); the venue's
state is the other side when the clause tells one side alone ("Wang Yi held talks in Nigeria")."""

from __future__ import annotations

from event_views import first, people

PUBLISHED = "2025-03-04"


def _with(record, code: str) -> list[str]:
    return [e.kind for e in record.events if code in e.countries]


def test_two_sides_meeting_in_a_third_states_capital_leave_it_out(extract):
    for text in (
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met in "
        "Kazakhstan's capital, Astana, on Monday.",
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met in "
        "the Kazakh capital on Monday.",
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met in "
        "Almaty, Kazakhstan, on Monday.",
    ):
        record = extract(text)
        meeting = first(record, "meeting")
        assert meeting.countries == ["ARM", "AZE"], text
        assert people(record, meeting) == {"Ararat Mirzoyan", "Jeyhun Bayramov"}


def test_a_named_meeting_in_a_third_states_city_keeps_its_two_sides(extract):
    record = extract("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Kazakhstan's "
                     "capital, Astana, on Thursday.")
    meeting = first(record, "meeting")
    assert meeting.countries == ["RUS", "TUR"]


def test_a_government_and_rebels_at_a_foreign_venue_make_it_no_party(extract):
    record = extract("Delegations of the Ethiopian government and the Tigray rebel movement are expected in "
                     "Kenya's capital, Nairobi, for a new round of peace talks to begin on Thursday.")
    assert _with(record, "KEN") == []
    record = extract("Negotiators from the Colombian government and two guerrilla groups are meeting in Havana, "
                     "Cuba, this week.")
    assert _with(record, "CUB") == []


def test_an_envoys_post_is_no_party(extract):
    record = extract("The Turkish and Iranian ambassadors to Lebanon held talks in Beirut on Tuesday.")
    talks = first(record, "meeting")
    assert talks.countries == ["IRN", "TUR"]
    record = extract("The Qatari and Egyptian envoys to Sudan met in Khartoum on Sunday to discuss the ceasefire.")
    assert first(record, "meeting").countries == ["EGY", "QAT"]


def test_a_channel_is_no_party(extract):
    record = extract("Tehran received a request for the talks through the Swiss Embassy in Tehran.")
    assert _with(record, "CHE") == []
    record = extract("Pyongyang received the proposal via the Swedish Embassy on Friday.")
    assert _with(record, "SWE") == []


def test_one_side_alone_meets_the_state_it_went_to(extract):
    record = extract("Chinese Foreign Minister Wang Yi held talks in Nigeria on Monday.")
    assert first(record, "meeting").countries == ["CHN", "NGA"]
    record = extract("U.S. envoy Steve Witkoff, Secretary of State Marco Rubio and National Security Adviser Mike "
                     "Waltz are holding talks in Saudi Arabia.")
    assert first(record, "meeting").countries == ["SAU", "USA"]


def test_an_agency_report_with_a_third_state_venue(extract):
    record = extract(
        "ASTANA, 3 March (Kazinform) -- The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and "
        "Jeyhun Bayramov, held talks in Kazakhstan's capital, Astana, on Monday, the press service of the Kazakh Foreign "
        "Ministry reports.\n\n"
        "The sides discussed the text of the peace treaty and the delimitation of the border, the ministry said.")
    talks = first(record, "meeting")
    assert talks.countries == ["ARM", "AZE"]
    assert people(record, talks) == {"Ararat Mirzoyan", "Jeyhun Bayramov"}
    assert talks.place is not None and talks.place.country == "KAZ"


def test_a_venue_told_by_a_capital_and_its_city(extract):
    record = extract("Israeli and Egyptian officials held a day-long meeting on Thursday in the Jordanian capital "
                     "Amman.")
    assert first(record, "meeting").countries == ["EGY", "ISR"]


def test_a_missions_post_is_no_party(extract):
    record = extract("The head of the European Union mission in Kosovo is in Belgrade for two days of talks with "
                     "top Serbian officials.")
    talks = first(record, "meeting")
    assert "XKX" not in talks.countries and "SRB" in talks.countries


def test_one_side_alone_takes_the_state_its_verb_puts_it_in(extract):
    record = extract("A senior Chinese diplomat is in Pakistan for talks on the situation in neighbouring "
                     "Afghanistan.")
    talks = first(record, "meeting")
    assert talks.countries == ["CHN", "PAK"]


def test_what_a_guest_assured_names_no_side_and_the_receivers_host(extract):
    record = extract("Turkish leaders have received reassurance from a visiting U.S. official that Kirkuk is a "
                     "matter for all Iraqis to decide.")
    visit = first(record, "visit")
    assert visit.countries == ["TUR", "USA"]
    record = extract("Kazakh officials received assurances from a visiting Chinese delegation that Beijing would "
                     "keep buying grain from Russia and Kazakhstan.")
    visit = first(record, "visit")
    assert visit.countries == ["CHN", "KAZ"]
