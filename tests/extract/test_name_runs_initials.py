"""Two-letter initials of transliterated given names ("Sh. Mirziyoyev", "Kh. Takahashi", "Zh. Beisenov",
"Ts. Gantulga", "Yu. Vasiliev") are one token with their full stop (tokens.yaml initials) at which no
sentence ends (extract/name_runs.py), as spaCy already keeps "M. Nurtleu" or "St. Petersburg"; a sentence
still ends after a name written in full ("Kim Jong Un.", "Xi.")."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2026-05-20"

ONE_SENTENCE = [
    "The talks between Sh. Mirziyoyev and S. Japarov took place in Tashkent.",
    "Uzbek Foreign Minister B. Saidov received Ambassador of Japan Kh. Takahashi in Tashkent.",
    "The memorandum was signed by Zh. Beisenov, Chairman of the Board of Kazakh Invest, and Ch. Batbayar of "
    "Mongolia.",
    "Ts. Gantulga, Minister of Justice of Mongolia, met with Lao Minister of Justice P. Somsanith.",
    "The agreement was signed by Deputy Foreign Minister A. A. Rudenko and Ambassador J. Sh. Kim.",
    "Azerbaijani Ambassador Ye. Huseynov presented his credentials to President Sh. Mirziyoyev.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_a_two_letter_initial_ends_no_sentence(extractor, text):
    assert len(list(extractor.nlp(text).sents)) == 1


@pytest.mark.parametrize("text", [
    "Putin met Kim Jong Un. The two leaders signed a treaty.",
    "Li Qiang met with Xi. The two discussed the plan.",
    "The talks took place in Tashkent. Yu. Vasiliev, the Russian ambassador, also attended.",
])
def test_a_sentence_still_ends_after_a_full_name(extractor, text):
    assert len(list(extractor.nlp(text).sents)) == 2


def test_the_initial_is_one_token(extractor):
    assert [t.text for t in extractor.nlp.make_doc("President Sh. Mirziyoyev")] == ["President", "Sh.", "Mirziyoyev"]


def _people(record: Record, kind: str) -> set[str]:
    event = next(e for e in record.events if e.kind == kind)
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def test_signers_written_with_initials_stay_in_the_signing(extract):
    record = extract(
        "TASHKENT, May 20. /UzA/. President of Uzbekistan Shavkat Mirziyoyev met with President of Kyrgyzstan "
        "Sadyr Japarov, who arrived in the country on a state visit.\n\n"
        "Following the negotiations, President Sh. Mirziyoyev and President S. Japarov signed a Declaration on "
        "Strategic Partnership.")
    assert _people(record, "agreement") == {"Shavkat Mirziyoyev", "Sadyr Japarov"}
    assert [a.name for a in record.actors if a.kind == "person"].count("Shavkat Mirziyoyev") == 1
