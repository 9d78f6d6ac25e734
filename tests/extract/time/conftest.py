"""Fixtures of the time-stage tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp(extractor):  # noqa: ANN001, ANN201
    """The production spaCy pipeline (loaded once per session by the shared ``extractor``)."""
    return extractor.nlp
