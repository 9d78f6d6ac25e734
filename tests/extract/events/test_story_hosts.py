"""A visit's people are the visitor and the host-side persons met during it (events/story.py,
``_met_hosts``), also when the talks name the guests only as "the guests", "the delegation"."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-06-10"  # the extract fixture's default (tests/conftest.py)


def test_host_who_received_the_guests_is_a_party_of_the_visit(extract):
    record = extract("A delegation of the Supreme Court of Mongolia led by Chief Justice Dashdorj Zorigt is in "
                     "Tashkent on a working visit. The Mongolian guests were received by Uzbekistan's Justice "
                     "Minister Akbar Tashkulov, who spoke about the reform of the courts.")
    visit = one(record, "visit")
    assert visit.countries == ["MNG", "UZB"]
    assert people(record, visit) == {"Dashdorj Zorigt", "Akbar Tashkulov"}
    meeting = one(record, "meeting")
    assert people(record, meeting) == {"Dashdorj Zorigt", "Akbar Tashkulov"}


def test_a_third_states_official_met_later_is_no_host(extract):
    record = extract("Georgian Foreign Minister Maka Botchorishvili arrived in Yerevan on Monday on an official "
                     "visit. She was received by Armenian Prime Minister Nikol Pashinyan. On Tuesday she met the "
                     "French ambassador to Armenia, Olivier Decottignies.")
    visit = one(record, "visit")
    assert visit.countries == ["ARM", "GEO"]
    assert "Nikol Pashinyan" in people(record, visit)
    assert "Olivier Decottignies" not in people(record, visit)


def test_a_head_of_state_receiving_several_guests_hosts_the_visit(extract):
    record = extract("Greek Defence Minister Nikos Dendias arrived in Nicosia on Tuesday on a working visit. On "
                     "Wednesday, Cypriot President Nikos Christodoulides received Dendias and Israeli Defence "
                     "Minister Israel Katz.")
    visit = one(record, "visit")
    assert visit.countries == ["CYP", "GRC"]
    assert people(record, visit) == {"Nikos Dendias", "Nikos Christodoulides"}
    reception = one(record, "multilateral")
    assert reception.countries == ["CYP", "GRC", "ISR"]
