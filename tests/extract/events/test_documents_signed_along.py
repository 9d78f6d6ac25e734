"""A document told 'together with' or 'along with' another hangs on the same signing verb (events/
relative_signings.py signed_along): each is an agreement, with that signing's states, date and status."""

from __future__ import annotations

from event_views import agreements

PUBLISHED = "2026-05-18"


def test_a_document_to_be_signed_together_with_another(extract):
    text = ("PRETORIA, May 18 - President Cyril Ramaphosa will host Namibian President Netumbo Nandi-Ndaitwah for a "
            "state visit on Wednesday. A memorandum on cooperation in mining is expected to be signed on Wednesday, "
            "together with an agreement on visa exemptions.")
    found = agreements(extract(text))
    assert [(e.name, e.countries, e.status, e.date.start) for e in found] == [
        ("memorandum on cooperation in mining", ["NAM", "ZAF"], "planned", "2026-05-20"),
        ("agreement on visa exemptions", ["NAM", "ZAF"], "planned", "2026-05-20"),
    ]


def test_a_document_signed_along_with_another(extract):
    text = "KAMPALA, May 18 - Kenya and Uganda signed a trade protocol on Monday along with a memorandum on border security."
    found = agreements(extract(text))
    assert [(e.countries, e.status, e.date.start) for e in found] == [(["KEN", "UGA"], "occurred", "2026-05-18")] * 2


def test_signed_together_with_a_state_is_one_document(extract):
    text = "KAMPALA, May 18 - Kenya signed a trade protocol together with Uganda on Monday."
    assert [e.countries for e in agreements(extract(text))] == [["KEN", "UGA"]]
