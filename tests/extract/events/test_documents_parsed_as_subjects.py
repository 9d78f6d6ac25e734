"""A document the parser makes the subject of a clause under its signing verb (issue 14, item 5;
events/relative_signings.py signed_over): in "A and B signed the Protocol setting out the main areas of
cooperation after talks between X and Y", the small model parses 'Protocol' as the subject of
'setting', a complement of 'signed'. The document's clause is the signing's: its parties are the
signing's subject, not only the persons that hang on 'setting' (without them the agreement was lost)."""

from __future__ import annotations

import pytest
from event_views import agreements


@pytest.mark.parametrize(("text", "countries"), [
    ("YEREVAN, June 10 (Armenpress) - Armenia and Georgia signed the Protocol setting out the main areas of "
     "cooperation for 2026-2028 after talks between Foreign Minister Ararat Mirzoyan and Foreign Minister Maka "
     "Botchorishvili in Yerevan on Wednesday.", ["ARM", "GEO"]),
    ("HANOI, June 10 (VNA) - Vietnam and Cambodia signed the Agreement setting out the steps for border trade "
     "after talks between Prime Minister Pham Minh Chinh and Prime Minister Hun Manet in Hanoi on Wednesday.",
     ["KHM", "VNM"]),
])
def test_a_document_parsed_as_a_subject_keeps_the_signing_parties(extract, text, countries):
    found = agreements(extract(text))
    assert len(found) == 1, [(e.name, e.countries) for e in found]
    assert found[0].countries == countries
    assert found[0].status == "occurred"
