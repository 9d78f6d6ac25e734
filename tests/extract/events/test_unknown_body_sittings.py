"""The meeting of a named body (a council, a board) of an organisation of states that the lexicons do
not know is that organisation's sitting, a gathering by its name (issue 14, item 3); a company's
board or one state's council is not."""

from __future__ import annotations

import pytest


def sittings(record):
    return [e for e in record.events if e.kind in {"gathering", "multilateral", "meeting"}]


@pytest.mark.parametrize(("text", "host", "status", "starts"), [
    ("BRIDGETOWN, May 3 (Caribbean Desk) -- The 30th meeting of the Council of Ministers of the Caribbean "
     "Tourism Organization will be held in Bridgetown on May 21, Barbadian Tourism Minister Ian "
     "Gooding-Edghill announced on Tuesday.", "BRB", "planned", "30th meeting"),
    ("LIMA, March 9 (Andean Wire) -- The annual meeting of the Board of Governors of the Latin American "
     "Development Bank opened in Lima on Monday.", "PER", "occurred", "annual meeting"),
])
def test_the_meeting_of_an_unknown_organisations_body_is_a_gathering(extract, text, host, status, starts):
    (event,) = sittings(extract(text))
    assert event.kind == "gathering"
    assert host in event.countries
    assert event.status == status
    assert event.name is not None and event.name.startswith(starts)


@pytest.mark.parametrize("text", [
    "LAGOS, March 9 (Niger Desk) -- The annual meeting of the Board of Directors of the Nigerian National "
    "Petroleum Corporation was held in Abuja on Monday.",
    "TOKYO, March 9 (Japan Desk) -- The meeting of the Board of Governors of the Bank of Japan ended on Friday.",
    "NEW YORK, March 9 (City Desk) -- The weekly meeting of the Board of Trustees of the Lincoln Center "
    "Association was held in New York on Monday.",
])
def test_a_companys_or_one_states_board_meets_no_states(extract, text):
    assert sittings(extract(text)) == []
