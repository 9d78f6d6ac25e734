"""The state where the gathering an engagement is set at is held is no side of it (events/venues.py,
``setting_venue``): "met Y on the sidelines of the summit in Vientiane, Laos" is talks between the
two leaders, Laos hosts the summit; the gathering itself keeps its host."""

from __future__ import annotations

from event_views import first, people

PUBLISHED = "2025-10-26"


def test_talks_on_the_sidelines_of_a_summit_leave_out_the_host_state(extract):
    for text, sides, host in (
        ("Indian Prime Minister Narendra Modi met Sunday with Malaysian Prime Minister Anwar Ibrahim on the "
         "sidelines of a regional summit in Vientiane, Laos.", ["IND", "MYS"], "LAO"),
        ("Kenyan President William Ruto has met with Ghanaian President John Mahama on the sidelines of the "
         "African Union summit in Addis Ababa, Ethiopia.", ["GHA", "KEN"], "ETH"),
        ("Chilean President Gabriel Boric held talks with Canadian Prime Minister Mark Carney on the margins of "
         "the Asia-Pacific Economic Cooperation summit in Gyeongju, South Korea, on Friday.", ["CAN", "CHL"], "KOR"),
    ):
        record = extract(text)
        meeting = first(record, "meeting")
        assert meeting.countries == sides, text
        assert len(people(record, meeting)) == 2, text
        assert host in first(record, "gathering").countries, text


def test_an_agency_report_keeps_the_host_when_its_leader_is_a_side(extract):
    record = extract(
        "VIENTIANE, Laos (AP) - Indian Prime Minister Narendra Modi met Laotian Prime Minister Sonexay "
        "Siphandone on Sunday on the sidelines of a regional summit in Vientiane, Laos. The two leaders "
        "discussed trade and a new rail link, officials said.")
    meeting = first(record, "meeting")
    assert meeting.countries == ["IND", "LAO"]
    assert people(record, meeting) == {"Narendra Modi", "Sonexay Siphandone"}


def test_a_document_signed_at_a_conference_abroad_is_the_signers_only(extract):
    record = extract("The foreign ministers of Chile and Peru signed a fisheries accord at a conference in "
                     "Nairobi, Kenya, on Tuesday.")
    assert first(record, "agreement").countries == ["CHL", "PER"]


def test_talks_held_in_a_state_still_make_it_the_other_side(extract):
    record = extract("Chinese Foreign Minister Wang Yi held talks in Abuja, Nigeria, on Monday.")
    assert first(record, "meeting").countries == ["CHN", "NGA"]


def test_the_setting_phrase_hung_from_the_counterpart_or_the_gathering_s_body(extract):
    for text, sides in (
        ("A U.N. spokesperson says Secretary-General Antonio Guterres met Saturday with the Thai premier, "
         "Paetongtarn Shinawatra, on the sidelines of a Southeast Asia regional summit in Manila, Philippines.",
         ["THA", "UN"]),
        ("Pakistani Prime Minister Shehbaz Sharif is expected to meet with Indian Prime Minister Narendra Modi "
         "on the sidelines of this week's summit of the Shanghai Cooperation Organization in China.",
         ["IND", "PAK"]),
    ):
        assert first(extract(text), "meeting").countries == sides, text


def test_the_state_a_visit_setting_the_talks_goes_to_is_no_side_of_them(extract):
    """'During her visit to Kenya, she will meet the president of Somalia': Kenya hosts the visit, the
    talks are between the guest and the Somali president (two sides, not three states' meeting)."""
    record = extract("U.S. Secretary of State Antony Blinken will arrive in Nairobi on Monday. During his visit to "
                     "Kenya, he will also meet with the president of Somalia, Hassan Sheikh Mohamud.")
    assert [e.countries for e in record.events if e.kind in {"meeting", "multilateral"}] == [["SOM", "USA"]]


def test_the_visits_state_is_the_side_when_no_other_is_told(extract):
    record = extract("During his visit to Egypt, the Chinese foreign minister held talks on trade and investment.")
    assert [e.countries for e in record.events if e.kind == "meeting"] == [["CHN", "EGY"]]
