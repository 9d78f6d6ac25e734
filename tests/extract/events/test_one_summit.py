"""One summit told several ways is one event (issue 14, item 3): agency copy names the sitting of the
heads of state by its body, then "the SCO summit", then "the Astana summit"; "the 12th Summit of the
Organization of Turkic States", then "the Gabala summit". A meeting of ministers ahead of it, or
another conference in the same city, stays an event of its own."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2025-06-10"


def _sittings(record: Record) -> list:
    return [e for e in record.events if e.kind in {"multilateral", "gathering"}]


def test_the_council_of_heads_of_state_told_again_by_organisation_and_city(extract):
    record = extract(
        "ASTANA, 10 June (Kazinform) -- Astana will host the 25th meeting of the Council of Heads of State of the "
        "Shanghai Cooperation Organisation on 3-4 July, the Kazakh Foreign Ministry said on Tuesday.\n\n"
        "Deputy Foreign Minister Roman Vassilenko told reporters that preparations for the SCO summit were in "
        "their final stage. The Astana summit is expected to adopt a development strategy of the organisation "
        "until 2035.")
    (summit,) = _sittings(record)
    assert summit.kind == "gathering"  # the text calls it a summit (the guide: a named summit is a gathering)
    assert set(summit.countries) == {"KAZ", "SCO"}
    assert summit.status == "planned"
    assert summit.place is not None and summit.place.name == "Astana"
    assert summit.date is not None and (summit.date.start, summit.date.end) == ("2025-07-03", "2025-07-04")


def test_a_numbered_summit_told_again_by_its_city(extract):
    record = extract(
        "BAKU, 10 June (APA) -- Azerbaijani President Ilham Aliyev will attend the 12th Summit of the Organization "
        "of Turkic States in Gabala on 7 October, the presidential administration reports.\n\n"
        "Ahead of the summit, the foreign ministers of Azerbaijan, Kazakhstan, Kyrgyzstan, Turkiye and Uzbekistan "
        "will meet in Gabala on 6 October. The Gabala summit is expected to adopt a declaration on connectivity.")
    gatherings = [e for e in record.events if e.kind == "gathering"]
    assert len(gatherings) == 1
    assert set(gatherings[0].countries) == {"AZE", "OTS"}
    assert gatherings[0].date is not None and gatherings[0].date.start == "2025-10-07"
    (ministers,) = [e for e in record.events if e.kind == "multilateral"]
    assert ministers.date is not None and ministers.date.start == "2025-10-06"


def test_two_conferences_in_one_city_stay_two(extract):
    record = extract(
        "BAKU, 10 June (Report) -- Baku will host the 30th Annual Conference of the International Association of "
        "Prosecutors on 14-17 September. The city will also host the International Conference on Caspian "
        "Environmental Security on 20-21 November, the Prosecutor General's Office said.")
    gatherings = [e for e in record.events if e.kind == "gathering"]
    assert len(gatherings) == 2
    assert {g.date.start for g in gatherings if g.date is not None} == {"2025-09-14", "2025-11-20"}


def test_a_summit_told_by_common_words_is_the_named_one(extract):
    record = extract(
        "MANILA, 10 June (PNA) -- Beijing ruled out holding talks with Tokyo and Seoul during the regional summit, "
        "which officially opens on Monday. The three countries have met on the sidelines of the 46th ASEAN Summit "
        "in Kuala Lumpur, the officials said.")
    gatherings = [e for e in record.events if e.kind == "gathering"]
    assert len(gatherings) == 1
    assert "ASEAN" in gatherings[0].countries
    assert "CHN" not in gatherings[0].countries  # talks held during a summit do not host it


def test_two_named_summits_keep_the_common_words_apart(extract):
    record = extract(
        "ASTANA, 10 June (Kazinform) -- President Tokayev will attend the SCO summit in Tianjin and the CSTO summit "
        "in Moscow this autumn. The regional summit in Tianjin is expected to adopt a development strategy.")
    gatherings = [e for e in record.events if e.kind == "gathering"]
    assert {tuple(sorted(g.countries)) for g in gatherings} >= {("CHN", "SCO"), ("CSTO", "RUS")}
