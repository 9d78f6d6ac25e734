"""A national agency filing from abroad names its own state's officials without a demonym
(nationality.py ``_home_officials``, outlets.yaml ``bureau_outlets``).

"NEW YORK, Sept 24 (KUNA) -- Minister of Foreign Affairs Sheikh X met ...": KUNA travels with Kuwait's
officials, so an unmarked minister is Kuwait's, not the state of the city it files from. An agency with
bureaus reporting its host state's news (Xinhua) keeps the dateline's state, and a post already held
by the agency's own official goes to the dateline's state.
"""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.extract.boilerplate import travelling_state


def _countries(extractor, text: str) -> dict[str, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2026-09-24"))
    return {a.name: a.country for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("NEW YORK, Sept 24 (KUNA) -- Minister of Foreign Affairs Sheikh Salem Al-Sabah held talks on Tuesday "
     "with the Foreign Minister of Brazil Mauro Vieira on the sidelines of the UN General Assembly.",
     "Salem Al-Sabah", "KWT"),
    ("PARIS, Sept 24 (WAM) -- Minister of State Rashid Al Dhaheri met with the French Minister Delegate "
     "for Foreign Trade Nicolas Forissier in Paris on Wednesday.", "Rashid Al Dhaheri", "ARE"),
    ("LONDON, 24 September (QNA) -- Minister of State for International Cooperation Hamad Al Kuwari "
     "attended a meeting on humanitarian aid held in London today.", "Hamad Al Kuwari", "QAT"),
])
def test_the_agency_states_own_unmarked_official(extractor, text, name, country):
    assert _countries(extractor, text)[name] == country


def test_a_bureau_agency_is_no_travelling_state():
    assert travelling_state("KUNA") == "KWT" and travelling_state("Trend") == "AZE"
    assert travelling_state("Xinhua") is None and travelling_state("Anadolu Agency") is None
