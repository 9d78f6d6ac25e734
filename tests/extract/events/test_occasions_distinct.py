"""Several summits in one report stay several (issue 14, item 3): two summits sharing a head word and
an organisation are one only when their organisers and numbers agree ("the ASEAN-GCC Summit" is not
"the 46th ASEAN Summit"; "the third GCC-Central Asia Summit" is not "the 46th GCC Summit"); a side of a
format name ("the ASEAN-GCC-China Summit") is not where it is held."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-05-26"

REPORT = (
    "KUALA LUMPUR, 26 May (Bernama) -- Leaders of the Gulf Cooperation Council arrived in Kuala Lumpur on Monday "
    "for the second ASEAN-GCC Summit.\n\n"
    "Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, will also host the first "
    "ASEAN-GCC-China Summit on Tuesday.\n\n"
    "The 46th ASEAN Summit opened on Monday with a plenary session attended by the leaders of the bloc.\n\n"
    "The next ASEAN Summit will be held in Kuala Lumpur in October."
)


def summits(record: Record) -> dict[str, Event]:
    return {e.name or "": e for e in record.events if e.kind == "gathering"}


def test_each_summit_of_the_report_is_told_once(extract):
    found = summits(extract(REPORT))
    assert set(found) == {"second ASEAN-GCC Summit", "first ASEAN-GCC-China Summit", "46th ASEAN Summit",
                          "next ASEAN Summit"}
    assert found["46th ASEAN Summit"].status == "occurred"
    assert found["next ASEAN Summit"].status == "planned"


def test_a_side_of_a_format_name_is_no_place(extract):
    summit = summits(extract(REPORT))["first ASEAN-GCC-China Summit"]
    assert summit.place is None or summit.place.country != "CHN"


def test_numbered_summits_of_one_organisation_in_one_sentence_are_two(extract):
    record = extract("MANAMA, 14 May (BNA) -- Gulf leaders arrived in Manama on Sunday for the third GCC-Central Asia "
                     "Summit, which will be held on Monday alongside the 46th GCC Summit.", published="2025-05-14")
    assert set(summits(record)) == {"third GCC-Central Asia Summit", "46th GCC Summit"}
