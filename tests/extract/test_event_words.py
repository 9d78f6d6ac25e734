"""The events stage's word lists (dateline/lexicons/event_words.yaml): every section the code asks
for exists, and none is left unused."""

from __future__ import annotations

import re
from pathlib import Path

from dateline.extract.events.words import lexicon, table, word_list, word_set

EVENTS = Path(__file__).resolve().parents[2] / "dateline" / "extract" / "events"
ASKED = re.compile(r"""\b(?:word_set|word_list|table|_duration|holding_verbs|_titles)\(\s*["']([a-z_]+)["']""")
HEADS = EVENTS.parent / "heads.py"  # the head-of-state predicate both languages share


def _asked() -> set[str]:
    return {name for path in [*EVENTS.glob("*.py"), HEADS] for name in ASKED.findall(path.read_text(encoding="utf-8"))}


def test_every_section_asked_for_exists_and_is_used():
    asked = _asked()
    assert asked, "the events code should read its words from the lexicon"
    assert asked <= set(lexicon()), f"missing sections: {sorted(asked - set(lexicon()))}"
    assert set(lexicon()) <= asked, f"unused sections: {sorted(set(lexicon()) - asked)}"


def test_sections_are_lower_case_words():
    for name, value in lexicon().items():
        if isinstance(value, dict):
            assert table(name)
            continue
        assert word_set(name) == {w.lower() for w in word_list(name)}, name
        assert len(word_list(name)) == len(set(word_list(name))), f"{name} repeats a word"
