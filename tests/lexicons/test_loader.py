"""The lexicon loader: YAML in, data out, and a clear error for a file that would lose data."""

from __future__ import annotations

import pytest

from dateline.errors import LexiconError
from dateline.lexicons.loader import parse_lexicon

WORDS = """\
venue_nouns:
  - palace
  - residence
host_verbs:
  - host
  - welcome
"""


def test_a_lexicon_parses_to_its_data() -> None:
    assert parse_lexicon("event_words.yaml", WORDS) == {
        "venue_nouns": ["palace", "residence"], "host_verbs": ["host", "welcome"]}


def test_a_key_given_twice_is_an_error_naming_the_key_and_its_line() -> None:
    # YAML keeps the later list: the earlier "palace" and "residence" would vanish without a word
    twice = WORDS + "venue_nouns:\n  - venue\n"
    with pytest.raises(LexiconError, match=r"'event_words.yaml' gives the key 'venue_nouns' twice \(again on line 7\)"):
        parse_lexicon("event_words.yaml", twice)


def test_a_key_given_twice_inside_an_entry_is_an_error() -> None:
    titles = "minister:\n  en: Minister\n  level: 3\n  en: Secretary\n"
    with pytest.raises(LexiconError, match="'en' twice"):
        parse_lexicon("titles.yaml", titles)


def test_the_same_key_in_two_entries_is_fine() -> None:
    titles = "minister:\n  en: Minister\nenvoy:\n  en: Envoy\n"
    assert parse_lexicon("titles.yaml", titles) == {"minister": {"en": "Minister"}, "envoy": {"en": "Envoy"}}


def test_an_empty_lexicon_is_none_and_bad_yaml_is_a_lexicon_error() -> None:
    assert parse_lexicon("empty.yaml", "") is None
    with pytest.raises(LexiconError, match="not valid YAML"):
        parse_lexicon("broken.yaml", "venue_nouns: [palace\n")
