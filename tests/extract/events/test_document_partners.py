"""The partner a document is signed with is the state of its own 'with' phrase; documents in the
plural (or 'separate') signed with several states are one bilateral document each
(events/document_partners.py)."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2026-06-02"


def _documents(record: Record):
    return sorted(tuple(sorted(e.countries)) for e in record.events if e.kind == "agreement")


def test_each_document_has_the_partner_of_its_own_with_phrase(extract):
    record = extract("ANKARA, June 2 (AA) - Turkiye signed a defence cooperation agreement with Somalia and a "
                     "memorandum of understanding on fisheries with Djibouti on Tuesday, the Ministry of National "
                     "Defence said.")
    assert _documents(record) == [("DJI", "TUR"), ("SOM", "TUR")], _documents(record)


def test_documents_in_the_plural_with_two_states_are_one_each(extract):
    record = extract("BISHKEK, June 2 (Kabar) - Kyrgyzstan signed memoranda of understanding with Tajikistan and "
                     "Turkmenistan on the use of hydropower resources, the Cabinet of Ministers said.")
    assert _documents(record) == [("KGZ", "TJK"), ("KGZ", "TKM")], _documents(record)


def test_separate_agreements_with_two_states_are_one_each(extract):
    record = extract("MUSCAT, June 2 (ONA) - Oman has signed separate agreements with Jordan and Morocco on the "
                     "mutual protection of investments, the Ministry of Commerce said.")
    assert _documents(record) == [("JOR", "OMN"), ("MAR", "OMN")], _documents(record)


def test_a_trilateral_memorandum_with_two_states_is_one_document(extract):
    record = extract("BAKU, June 2 (Trend) - Azerbaijan signed a trilateral memorandum with Georgia and Turkiye "
                     "on the Kars-Tbilisi-Baku railway on Tuesday.")
    assert _documents(record) == [("AZE", "GEO", "TUR")], _documents(record)
