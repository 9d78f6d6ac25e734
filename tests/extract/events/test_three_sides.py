"""Talks among three states told through the story are multilateral (issue 14, item 4): "The three
ministers last met in Kars" after "the foreign ministers of Azerbaijan, Georgia and Turkiye will meet"
is a past multilateral meeting of the three; bilateral talks told beside it stay a meeting."""

from __future__ import annotations

PUBLISHED = "2025-06-10"


def test_the_three_ministers_last_met(extract):
    record = extract(
        "BAKU, 10 June (Trend) -- The foreign ministers of Azerbaijan, Georgia and Turkiye will meet in Tbilisi on "
        "20 June to discuss the Middle Corridor. The three ministers last met in Kars in 2024.")
    talks = sorted((e for e in record.events if e.kind in {"meeting", "multilateral"}), key=lambda e: e.status)
    assert [e.kind for e in talks] == ["multilateral", "multilateral"]
    assert [e.status for e in talks] == ["occurred", "planned"]
    assert all(set(e.countries) == {"AZE", "GEO", "TUR"} for e in talks)
    assert talks[0].place is not None and talks[0].place.name == "Kars"


def test_bilateral_talks_beside_a_trilateral_meeting_stay_bilateral(extract):
    record = extract(
        "BAKU, 10 June (Trend) -- The foreign ministers of Azerbaijan, Georgia and Turkiye met in Tbilisi on "
        "Monday. On the sidelines, Azerbaijani Foreign Minister Jeyhun Bayramov held bilateral talks with his "
        "Georgian counterpart Maka Botchorishvili.")
    (talks,) = [e for e in record.events if e.kind == "meeting"]
    assert set(talks.countries) == {"AZE", "GEO"}
    assert any(e.kind == "multilateral" and set(e.countries) == {"AZE", "GEO", "TUR"} for e in record.events)


def test_talks_of_two_named_ministers_about_a_third_state_stay_a_meeting(extract):
    record = extract(
        "SEOUL, 10 June (Yonhap) -- South Korean Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi "
        "in Beijing on Monday for talks on North Korea's missile launches and Japan's export curbs.")
    talks = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert [e.kind for e in talks] == ["meeting"]  # Japan is what they talked about, not a third side
