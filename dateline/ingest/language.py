"""Is a page in English? Declared language (markup) checked against the text itself.

Pages declare a language in ``<html lang>``, ``Content-Language``, ``og:locale`` or JSON-LD
``inLanguage``; templates often declare it wrongly, so the text decides when it can: a small
stop-word ratio per language (``stopwords.yaml``) and a script test for non-Latin alphabets.
No language-identification model is needed.

>>> guess_language("The minister arrived in Baku on Tuesday for talks with his counterpart.")
('en', 'text')
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from lxml.html import HtmlElement

from dateline.errors import NotAnArticleError
from dateline.lexicons.loader import load_lexicon

__all__ = ["LanguageVerdict", "declared_language", "detect_language", "guess_language",
           "require_english"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SAMPLE_CHARS = 20_000
MIN_WORDS = 12            # fewer words: the text cannot tell, the markup decides
MIN_EN_SHARE = 0.12       # English news prose has 30-45% of its words in the English list
NONE_SHARE = 0.04         # below this, with enough words, the text is not English
MIN_LATIN_SHARE = 0.5     # of letters; below it the script is not Latin


@dataclass(frozen=True, slots=True)
class LanguageVerdict:
    """``code`` is an ISO 639-1 code, ``"und"`` when unknown; ``source`` says what decided."""

    code: str
    source: str  # "text", "script", "markup" or "none"

    @property
    def english(self) -> bool:
        return self.code in ("en", "und")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    data = load_lexicon("stopwords.yaml")
    return {code: frozenset(words.lower().split()) for code, words in data["languages"].items()}


def _primary(tag: str | None) -> str | None:
    """``"en-GB"`` / ``"en_US"`` -> ``"en"``; None for empty or odd values."""
    if not tag:
        return None
    code = re.split(r"[-_,;\s]", tag.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def declared_language(tree: HtmlElement, json_ld_language: str | None = None) -> str | None:
    """The page's declared language: meta Content-Language, og:locale, JSON-LD, ``<html lang>``."""
    for xpath in ('//meta[translate(@http-equiv, "CONTENTLAGU", "contentlagu")'
                  '="content-language"]/@content',
                  '//meta[@property="og:locale"]/@content',
                  '//meta[@name="language"]/@content'):
        for value in tree.xpath(xpath):
            if code := _primary(str(value)):
                return code
    if code := _primary(json_ld_language):
        return code
    for value in tree.xpath("//html/@lang | //html/@xml:lang",
                            namespaces={"xml": "http://www.w3.org/XML/1998/namespace"}):
        if code := _primary(str(value)):
            return code
    return None


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


def detect_language(text: str, declared: str | None = None) -> LanguageVerdict:
    """The language of a page: the text's verdict when it has one, else the markup's."""
    code, source = guess_language(text)
    if source != "none":
        return LanguageVerdict(code, source)
    if declared:
        return LanguageVerdict(declared, "markup")
    return LanguageVerdict("und", "none")


def require_english(text: str, declared: str | None = None, *, name: str = "page") -> str:
    """Return the language code (``"en"`` or ``"und"``) or raise :class:`NotAnArticleError`."""
    verdict = detect_language(text, declared)
    if verdict.english:
        return verdict.code
    shown = "an unlisted language" if verdict.code == "mis" else f"language {verdict.code!r}"
    raise NotAnArticleError(f"{name}: not in English ({shown}, from the {verdict.source})",
                            reason="non_english")
