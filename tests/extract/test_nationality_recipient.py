"""A speaker does not serve the country a thing is sent to (nationality.py).

"X said the request has been sent to Belarus": the one country of the sentence follows "to" and
X is the sentence's subject, so it is not X's state. A host named for a meeting still gives the
host's official his state ("will travel to Venezuela for talks with President Y").
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _country(extractor, text: str, name: str) -> str | None:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(a.country for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name"), [
    ("The deputy leader of the interim government, Azat Temirov, said Friday that the request has been "
     "sent to Belarus.", "Azat Temirov"),
    ("Foreign Minister Omar Haddad said exports to China rose by a third last year.", "Omar Haddad"),
])
def test_the_recipient_country_is_not_the_speakers(extractor, text, name):
    assert _country(extractor, text, name) is None


def test_the_host_of_talks_keeps_his_state(extractor):
    text = "Peruvian President Ana Ruiz will travel to Venezuela for talks with President Hugo Salas."
    assert _country(extractor, text, "Hugo Salas") == "VEN"


def test_the_country_named_by_the_speaker_otherwise_is_his(extractor):
    text = "Speaking in Lima, Foreign Minister Omar Haddad said Peru would host the summit."
    assert _country(extractor, text, "Omar Haddad") == "PER"
