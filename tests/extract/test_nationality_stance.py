"""A stance is not a state of the sentence (nationality.py).

"the pro-Russian enclave", "anti-American protesters": the demonym after "pro-"/"anti-" names a
stance, so an official of the sentence does not serve that state; the sentence's other country
still counts.
"""

from __future__ import annotations

from dateline.article import Article


def _country(extractor, text: str, name: str) -> str | None:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(a.country for a in record.actors if a.kind == "person" and a.name == name)


def test_a_stance_gives_no_state(extractor):
    text = "Abkhaz President Vladislav Ardzin described the events in the pro-Russian enclave as an attempted coup."
    assert _country(extractor, text, "Vladislav Ardzin") is None


def test_the_other_country_of_the_sentence_still_counts(extractor):
    text = "President Omar Bashiri addressed anti-American protesters in Sudan on Friday."
    assert _country(extractor, text, "Omar Bashiri") == "SDN"
