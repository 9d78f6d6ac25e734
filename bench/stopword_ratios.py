"""The language guess Dateline used before py3langid: stop-word shares and a script test.

Kept for ``bench/language_id.py`` as the baseline (``bench/stopwords.yaml`` holds its words).

>>> guess_language("The minister arrived in Baku on Tuesday for talks with his counterpart.")
('en', 'text')
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import yaml

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SAMPLE_CHARS = 20_000
MIN_WORDS = 12            # fewer words: the text cannot tell, the markup decides
MIN_EN_SHARE = 0.12       # English news prose has 30-45% of its words in the English list
NONE_SHARE = 0.04         # below this, with enough words, the text is not English
MIN_LATIN_SHARE = 0.5     # of letters; below it the script is not Latin


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    data = yaml.safe_load((Path(__file__).with_name("stopwords.yaml")).read_text(encoding="utf-8"))
    return {code: frozenset(words.lower().split()) for code, words in data["languages"].items()}


def _script_of(text: str) -> str | None:
    """The dominant non-Latin script of ``text`` (``"CYRILLIC"``, ``"ARABIC"``...), else None."""
    scripts: Counter[str] = Counter()
    for ch in text[:_SAMPLE_CHARS]:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            scripts[name.split(" ", 1)[0] if name else "OTHER"] += 1
    total = sum(scripts.values())
    if not total or scripts["LATIN"] / total >= MIN_LATIN_SHARE:
        return None
    return next(s for s, _ in scripts.most_common() if s != "LATIN")


_SCRIPT_LANGUAGE = {"CYRILLIC": "ru", "ARABIC": "ar", "CJK": "zh", "HIRAGANA": "ja",
                    "KATAKANA": "ja", "HANGUL": "ko", "GREEK": "el", "HEBREW": "he",
                    "GEORGIAN": "ka", "ARMENIAN": "hy", "DEVANAGARI": "hi", "THAI": "th"}


def guess_language(text: str) -> tuple[str, str]:
    """Guess from the text alone: ``(code, "script"|"text")``, ``("und", "none")`` if unsure."""
    script = _script_of(text)
    if script is not None:
        return _SCRIPT_LANGUAGE.get(script, "und" if script == "OTHER" else script.lower()), "script"
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    if len(words) < MIN_WORDS:
        return "und", "none"
    shares = {code: sum(w in vocab for w in words) / len(words)
              for code, vocab in _stopwords().items()}
    english = shares.pop("en")
    best, best_share = max(shares.items(), key=lambda item: item[1])
    if english >= MIN_EN_SHARE and english >= best_share:
        return "en", "text"
    if best_share > english and best_share >= MIN_EN_SHARE:
        return best, "text"
    if english < NONE_SHARE:
        return "mis", "text"  # ISO 639-2 "uncoded": none of the listed languages
    return "und", "none"
