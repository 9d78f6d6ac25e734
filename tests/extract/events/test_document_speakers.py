"""The one who tells of a document signs nothing (events/asides.py speaker_states, used by
participants.py and signers.py): "X said the accord will be signed around August 12", "X told
reporters the new crossing is part of an earlier agreement with Georgia" name the speaker's state as a
side of the document, not the speaker as its signer; who signs it in its own clause still does."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2025-07-15"


@pytest.mark.parametrize("report", [
    "Paraguay hopes to sign a security accord with Brazil next month. Paraguayan Interior Minister "
    "Enrique Riera said on Tuesday the accord will be signed in Asuncion around August 12.",
    "Paraguay expects to sign a security accord with Brazil in August. Paraguayan Interior Minister Enrique Riera "
    "told reporters on Tuesday that the accord would be signed in Asuncion in August.",
])
def test_who_says_the_document_will_be_signed_is_no_signer(extract, report):
    record = extract(report)
    (event,) = agreements(record)
    assert event.countries == ["BRA", "PRY"]
    assert people(record, event) == set()
    assert "Enrique Riera" in {a.name for a in record.actors if a.kind == "person"}


def test_agency_report_of_an_earlier_agreement(extract):
    record = extract(
        "YEREVAN, July 14 (Armenpress) -- Armenia will open a second border crossing with Georgia by the end "
        "of the year, the deputy foreign minister said.\n\n"
        "Deputy Foreign Minister of Armenia Vahan Kostanyan told reporters on Monday the new crossing is part "
        "of an earlier agreement with Georgia.\n\n"
        "Trade between the two neighbours grew by 12 percent last year, he added.")
    (event,) = agreements(record)
    assert event.countries == ["ARM", "GEO"]
    assert people(record, event) == set()


def test_who_signs_in_the_clause_still_signs(extract):
    record = extract(
        "ASUNCION, July 14 (IP) -- Paraguayan Interior Minister Enrique Riera and Brazilian Justice Minister "
        "Ricardo Lewandowski signed a security accord in Asuncion on Monday, the ministry said.")
    (event,) = agreements(record)
    assert event.countries == ["BRA", "PRY"]
    assert people(record, event) == {"Enrique Riera", "Ricardo Lewandowski"}
