"""States and bodies an engagement's clause only speaks about are no parties (events/geometry.py
topic_mention, spoken_about, another_doer; events/participants.py; events/hosts.py): the objects of
verbs that speak about a state ("the talks will cover X", "took turns criticizing X"), a state named
by its relation to another ("the emirate, an ally of X", "X's northern neighbour"), and a state in
a clause another party does ("thank Y for sending troops to X", "Y's refusal to send troops to X")."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-03-04"


def test_states_a_talks_agenda_covers_are_no_parties(extract):
    record = extract("Turkish President Recep Tayyip Erdogan is due in Baku on Thursday. Officials said his "
                     "talks with Azerbaijani President Ilham Aliyev will cover Armenia, the situation in "
                     "Georgia and Iran's nuclear program.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["AZE", "TUR"]
    assert people(record, meeting) == {"Recep Tayyip Erdogan", "Ilham Aliyev"}
    assert one(record, "visit").countries == ["AZE", "TUR"]


def test_a_body_attacked_during_a_visit_is_no_party_and_the_city_hosts(extract):
    record = extract("Indian Prime Minister Narendra Modi and Ghanaian President John Mahama took turns "
                     "criticizing the World Bank on Tuesday in Accra during a state visit by the Indian leader.")
    visit = one(record, "visit")
    assert visit.countries == ["GHA", "IND"]
    assert people(record, visit) == {"Narendra Modi", "John Mahama"}
    assert visit.place is not None and visit.place.name == "Accra"


def test_a_state_attacked_during_a_visit_is_not_where_the_visit_goes(extract):
    record = extract("Bolivian President Luis Arce and Iranian President Masoud Pezeshkian took turns attacking "
                     "the United States on Friday in La Paz during a state visit by the Iranian leader.")
    visit = one(record, "visit")
    assert visit.countries == ["BOL", "IRN"]
    assert visit.place is not None and visit.place.country == "BOL"


def test_the_ally_named_beside_the_destination_is_no_host(extract):
    record = extract("It was the first time a Brazilian president had visited the emirate, a long-standing "
                     "ally of France.")
    assert all("FRA" not in e.countries for e in record.events)
    record = extract("Japanese Prime Minister Kenji Sato will travel to Ottawa next week, his first visit to "
                     "America's northern neighbour since taking office.")
    assert one(record, "visit").countries == ["CAN", "JPN"]


def test_a_state_in_what_the_host_did_is_no_party(extract):
    record = extract("U.S. President Donald Trump is scheduled to use his visit to Mongolia to thank Mongolia "
                     "for sending troops to Iraq.")
    visit = one(record, "visit")
    assert visit.countries == ["MNG", "USA"]
    record = extract("Canada's refusal to send troops to Iraq strained ties, and Canadian Prime Minister Mark "
                     "Carney will hold talks with U.S. President Donald Trump in Washington on Friday.")
    assert one(record, "meeting").countries == ["CAN", "USA"]


def test_an_agency_report_keeps_its_two_sides(extract):
    record = extract(
        "BAKU, March 4 (Trend) -- Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Tuesday on an "
        "official visit at the invitation of his Azerbaijani counterpart Jeyhun Bayramov.\n\n"
        "Kulubaev will use the visit to thank Azerbaijan for sending humanitarian aid to Tajikistan.\n\n"
        "The talks of the two ministers will cover Afghanistan, regional transport corridors and the "
        "situation in the South Caucasus, the Foreign Ministry of Azerbaijan said.")
    visit = one(record, "visit")
    assert visit.countries == ["AZE", "KGZ"]
    assert people(record, visit) == {"Jeenbek Kulubaev", "Jeyhun Bayramov"}
    assert all("TJK" not in e.countries and "AFG" not in e.countries for e in record.events)


def test_a_person_in_what_the_talks_review_is_no_party(extract):
    record = extract("Before going to London, the Pakistani leader met with U.S. President Donald Trump to "
                     "review the war on terror and the hunt for fugitive commander Hafiz Saeed.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["PAK", "USA"]
    assert "Hafiz Saeed" not in people(record, meeting)
    record = extract("Kazakh Foreign Minister Murat Nurtleu and his Uzbek counterpart Bakhtiyor Saidov discussed "
                     "President Kassym-Jomart Tokayev's proposal for a regional water council during talks in "
                     "Astana on Monday.")
    assert people(record, one(record, "meeting")) == {"Murat Nurtleu", "Bakhtiyor Saidov"}


def test_whom_the_issue_is_discussed_with_stays_a_party(extract):
    record = extract("Uzbek President Shavkat Mirziyoyev discussed the issue with U.N. Secretary-General Antonio "
                     "Guterres in New York on Friday.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["UN", "UZB"]
    assert people(record, meeting) == {"Shavkat Mirziyoyev", "Antonio Guterres"}


def test_states_named_as_the_subjects_of_talks_are_no_parties(extract):
    """'The subjects of North Korea and Taiwan dominated meetings between A and B': topics, not sides
    (two sides' talks, not a four-state meeting)."""
    for text, sides in (
        ("The subjects of Iran and Syria dominated meetings in Moscow on Sunday between top Russian leaders and "
         "Turkish Foreign Minister Hakan Fidan.", ["RUS", "TUR"]),
        ("The topics of Gaza and Lebanon dominated meetings in Cairo between Egyptian officials and U.S. Secretary "
         "of State Antony Blinken.", ["EGY", "USA"]),
    ):
        record = extract(text)
        assert [e.countries for e in record.events if e.kind in {"meeting", "multilateral"}] == [sides], text
