"""The language of a document: declared language (markup) checked against the text itself.

Pages declare a language in ``<html lang>``, ``Content-Language``, ``og:locale`` or JSON-LD
``inLanguage``; templates often declare it wrongly, so the text decides when it can. The text is
read by py3langid (its naive Bayes model over byte n-grams ships inside the package: 142
languages, Kazakh, Uzbek, Kyrgyz, Tajik and Turkmen among them); ``bench/language_id.py``
measures it against lingua on short news paragraphs. Quotations («...», "...") are left out when
enough text remains, so a Russian report quoting English goes by its Russian.

Dateline reads English and Russian (:data:`SUPPORTED`); :func:`require_supported` skips the rest
with a reason.

>>> detect_language("The minister arrived in Baku on Tuesday for talks with his counterpart.")
LanguageVerdict(code='en', source='text')
>>> detect_language("Министр прибыл в Баку с рабочим визитом для переговоров с коллегой.").code
'ru'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from lxml.html import HtmlElement

from dateline.errors import NotAnArticleError

__all__ = ["SUPPORTED", "LanguageVerdict", "declared_language", "detect_language",
           "load_language_model", "main_text", "read_text", "require_supported"]

SUPPORTED = ("en", "ru")  # the languages Dateline extracts from
_SAMPLE_CHARS = 1_000     # the language is read from the first characters of the text
MIN_LETTERS = 25        # fewer letters: the text cannot tell, the markup decides
MIN_PROBABILITY = 0.5   # a less sure reading of the text yields to the markup
_LETTER = re.compile(r"[^\W\d_]")
_WIDE = re.compile(r"[^\W\d_\u0000-\u2e7f]")  # CJK and other East Asian letters
# «...», “...”, „...“, "...": quoted words, which may be in another language than the report
_QUOTE = re.compile(r"«[^«»]{0,2000}»|“[^“”]{0,2000}”|„[^„“”]{0,2000}[“”]|\"[^\"\n]{0,2000}\"")


@dataclass(frozen=True, slots=True)
class LanguageVerdict:
    """``code`` is an ISO 639-1 code, ``"und"`` when unknown; ``source`` says what decided."""

    code: str
    source: str  # "text", "markup" or "none"

    @property
    def english(self) -> bool:
        return self.code in ("en", "und")

    @property
    def supported(self) -> bool:
        """Dateline extracts from it: English, Russian, or unknown (read as English)."""
        return self.code in SUPPORTED or self.code == "und"


@cache
def load_language_model() -> Any:
    """The py3langid model (loaded once per process, on first use: about 1.5 s and 90 MB)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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


def _letters(text: str) -> int:
    """Letters of ``text``; a CJK character counts as three (it is about a word)."""
    return len(_LETTER.findall(text)) + 2 * len(_WIDE.findall(text))


def main_text(text: str) -> str:
    """The sample the language is read from: quotations left out when enough text remains."""
    sample = text[:_SAMPLE_CHARS]
    unquoted = _QUOTE.sub(" ", sample)
    return unquoted if _letters(unquoted) >= max(MIN_LETTERS, _letters(sample) // 3) else sample


def read_text(text: str) -> tuple[str, float] | None:
    """The text's language and its probability, or None when it is too short to tell."""
    sample = main_text(text)
    if _letters(sample) < MIN_LETTERS:
        return None
    code, probability = load_language_model().classify(sample)
    return str(code), float(probability)


def detect_language(text: str, declared: str | None = None) -> LanguageVerdict:
    """The language of a document: the text's verdict when it has one, else the markup's."""
    reading = read_text(text)
    if reading is not None and (reading[1] >= MIN_PROBABILITY or not declared):
        return LanguageVerdict(reading[0], "text")
    if declared:
        return LanguageVerdict(declared, "markup")
    return LanguageVerdict("und", "none")


def require_supported(text: str, declared: str | None = None, *, name: str = "page") -> str:
    """The language code (``"en"``, ``"ru"`` or ``"und"``), or :class:`NotAnArticleError`
    with reason ``"unsupported_language"`` for any other language."""
    verdict = detect_language(text, declared)
    if verdict.supported:
        return verdict.code
    raise NotAnArticleError(
        f"{name}: not in a language Dateline reads (language {verdict.code!r} from the "
        f"{verdict.source}; it reads {', '.join(SUPPORTED)})", reason="unsupported_language")
