"""'The two leaders are to meet': the plural subject of the verb a talks verb completes names the
officials told before, as 'the two leaders will meet' does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("verb", ["are to meet", "are expected to meet", "plan to meet"])
def test_raised_plural_subject_names_the_officials(extract, verb):
    record = extract("Thai Prime Minister Abhisit Vejjajiva spoke to reporters on Thursday. Cambodian Prime Minister "
                     f"Hun Sen spoke on Friday. The two leaders {verb} in Bangkok next week.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert [e.countries for e in meetings] == [["KHM", "THA"]]
