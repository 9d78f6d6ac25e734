"""Attendees told after the gathering is told again (issue 14: one gathering told over several
sentences is one event): "... the summit set for Tuesday in Sharm el-Sheikh. <other news> Officials
met to prepare the summit in the resort. X and Y are also set to attend." puts X and Y at the
summit: the sentence that tells the summit again by its bare noun brings it back in view."""

from __future__ import annotations

PUBLISHED = "2025-06-10"


def test_attendees_after_the_summit_is_told_again(extract):
    record = extract(
        "ABU DHABI, June 9 (Gulf Desk) -- Bahrain has reopened its main border crossing with Qatar ahead of a "
        "Gulf summit set for Thursday in Muscat. The crossing had been closed since January for repairs. Trucks "
        "carrying food lined up at the crossing on Monday. Senior officials of the six states met on Monday to "
        "prepare the summit in the Omani capital. Kuwaiti Emir Sheikh Meshal Al-Ahmad and Bahraini King Hamad bin "
        "Isa Al Khalifa are also set to attend.")
    summits = [e for e in record.events if e.kind == "gathering"]
    assert len(summits) == 1, [(e.kind, e.name) for e in record.events]
    (summit,) = summits
    assert summit.status == "planned"
    assert summit.place is not None and summit.place.country == "OMN"
    persons = " ".join(summit.persons)
    assert "Meshal" in persons and "Hamad bin Isa Al Khalifa" in persons


def test_attendees_far_from_any_telling_of_the_summit_are_not_its(extract):
    record = extract(
        "ABU DHABI, June 9 (Gulf Desk) -- Bahrain has reopened its main border crossing with Qatar ahead of a "
        "Gulf summit set for Thursday in Muscat. The crossing had been closed since January for repairs. Trucks "
        "carrying food lined up at the crossing on Monday. Customs officers said checks would be faster. Kuwaiti "
        "Emir Sheikh Meshal Al-Ahmad and Bahraini King Hamad bin Isa Al Khalifa are also set to attend.")
    summits = [e for e in record.events if e.kind == "gathering"]
    assert summits and not any("Meshal" in " ".join(e.persons) for e in summits)
