"""One predicate for "is this official a head of state (or of government)", both languages."""

from __future__ import annotations

import pytest

from dateline.extract.heads import is_head


@pytest.mark.parametrize("title", ["President", "King", "Emir", "Crown Prince", "Leader of the Nation"])
def test_heads_of_state(title):
    assert is_head(title) and is_head(title, government=False)


@pytest.mark.parametrize("title", ["Prime Minister", "Chancellor"])
def test_heads_of_government_only_when_asked(title):
    assert is_head(title) and not is_head(title, government=False)


@pytest.mark.parametrize("title", ["Presidential Press Secretary", "President of the European Commission",
                                   "Foreign Minister", None])
def test_a_title_that_only_opens_with_a_head_is_none(title):
    assert not is_head(title) and not is_head(title, government=False)
