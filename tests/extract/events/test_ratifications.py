"""An agreement is dated by its signing, not by a later act on it (session 14, dates; events/
ratifications.py): 'ratified the agreement on Wednesday. The agreement was signed in Ankara in
February 2024'; 'approved a memorandum, which the ministers signed in Muscat last May'. Reports
written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2026-10-30"


@pytest.mark.parametrize(("text", "start"), [
    ("ANKARA (AA) - The Turkish Grand National Assembly ratified the agreement on defence industry cooperation "
     "between Türkiye and Somalia on Wednesday. The agreement was signed in Ankara in February 2024 by the defence "
     "ministers of the two countries.", "2024-02"),
    ("KUWAIT, Oct 29 (KUNA) -- Kuwait's cabinet approved on Thursday a memorandum of understanding on energy "
     "cooperation with Oman, which the two countries' oil ministers signed in Muscat last May.", "2026-05"),
])
def test_a_ratified_or_approved_document_keeps_the_day_it_was_signed(extract, text, start):
    assert dates(first(extract(text), "agreement"))[0] == start


def test_a_document_signed_on_the_day_keeps_that_day(extract):
    record = extract("ANKARA (AA) - Turkish Defence Minister Yasar Guler and his Somali counterpart Ahmed Moallim Fiqi "
                     "signed an agreement on defence industry cooperation in Ankara on Wednesday. The agreement was "
                     "first discussed in February 2024.")
    assert dates(first(record, "agreement"))[0] == "2026-10-28"
