"""'X was received by Y, a day after holding talks with Z': the clause after an interval ('a day
after', 'hours before') is another engagement of the main clause's subject (geometry.controller;
participants._in_other_event), so Z is no party of the reception and the talks with Z are X's.
A traveller named by his own clause who leaves for another state is not going home because the
last talks' other side is from there (merge)."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2026-03-10"


REPORT = (
    "DOHA, March 10 (QNA) - Turkish Foreign Minister Hakan Fidan was received today by Emir Tamim bin Hamad "
    "Al Thani, a day after holding talks with Qatari Minister of State for Foreign Affairs Mohammed Al-Khulaifi "
    "on regional security.\n\n"
    "Fidan, who arrived in Doha on Sunday, will leave for Kuwait on Wednesday.")


def test_the_reception_is_the_guest_and_the_emir_only(extract):
    record = extract(REPORT)
    received = [e for e in record.events if e.kind == "meeting" and "Tamim bin Hamad Al Thani" in people(record, e)]
    assert len(received) == 1
    assert people(record, received[0]) == {"Hakan Fidan", "Tamim bin Hamad Al Thani"}


def test_the_talks_the_day_before_are_the_guests(extract):
    record = extract(REPORT)
    talks = [e for e in record.events if e.kind == "meeting" and "Mohammed Al-Khulaifi" in people(record, e)]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Hakan Fidan", "Mohammed Al-Khulaifi"}
    assert talks[0].countries == ["QAT", "TUR"]


def test_a_named_traveller_leaving_for_the_hosts_capital_is_a_visit(extract):
    record = extract(
        "Brazilian President Luiz Inacio Lula da Silva met Mexican President Claudia Sheinbaum on Monday. "
        "Lula traveled to Mexico City after addressing the Summit of the Americas in Panama City on Friday.")
    visits = [e for e in record.events if e.kind == "visit" and e.place is not None and e.place.country == "MEX"]
    assert len(visits) == 1
    assert "Luiz Inacio Lula da Silva" in people(record, visits[0])
