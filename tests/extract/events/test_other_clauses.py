"""A person told in a clause of his own beside a signing is no signer (events/other_clauses.py): "an
agreement will be signed in June when President X is due to visit Moscow" (X visits; his state stays a
side of the document); 'they' of the signing clause still stands for the persons of the 'when' clause,
and those who look on as it is signed witness it."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2026-04-02"


def _documents(record):
    return [e for e in record.events if e.kind == "agreement"]


def test_the_visitor_of_a_when_clause_is_no_signer(extract):
    record = extract("MOSCOW, April 2 (Volga Wire) - Russian and Indonesian officials say a formal agreement on the "
                     "reactor project will be signed in June when Indonesian President Prabowo Subianto is scheduled "
                     "to visit Moscow.")
    documents = _documents(record)
    assert len(documents) == 1
    assert people(record, documents[0]) == set()
    assert set(documents[0].countries) == {"IDN", "RUS"}
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and people(record, visits[0]) == {"Prabowo Subianto"}


def test_they_of_the_signing_clause_keeps_them(extract):
    record = extract("ASTANA, April 2 (Steppe News) - When Kazakh President Kassym-Jomart Tokayev and Uzbek President "
                     "Shavkat Mirziyoyev met in Astana on Thursday, they signed a treaty on the border.")
    documents = _documents(record)
    assert documents and people(record, documents[0]) == {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}
