"""Language detection: the text decides when it can, the markup otherwise."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from dateline.errors import NotAnArticleError
from dateline.ingest.language import (
    declared_language,
    detect_language,
    guess_language,
    require_english,
)

ENGLISH = ("The foreign ministers of the two countries met in Baku on Tuesday and discussed "
           "trade, transport and the schedule of the intergovernmental commission.")


@pytest.mark.parametrize(("text", "code"), [
    (ENGLISH, "en"),
    ("Les deux ministres ont discuté de la coopération dans le domaine de l'énergie et des "
     "transports, ainsi que de la préparation de la prochaine session.", "fr"),
    ("Die beiden Minister haben sich in Berlin getroffen und über die Zusammenarbeit im "
     "Bereich der Energie und des Verkehrs gesprochen.", "de"),
    ("Los ministros hablaron de las relaciones comerciales entre los dos países y de la "
     "cooperación en el sector del turismo.", "es"),
    ("Министр иностранных дел прибыл в Баку во вторник с официальным визитом.", "ru"),
    ("وصل وزير الخارجية إلى باكو يوم الثلاثاء في زيارة رسمية", "ar"),
])
def test_guess_language(text: str, code: str) -> None:
    assert guess_language(text)[0] == code


def test_unlisted_latin_language_is_not_english() -> None:
    text = ("Prezident Toshkentda xorijiy investorlar bilan uchrashdi hamda yangi loyihalarni "
            "muhokama qildi, keyin Samarqandga jo'nab ketdi shu kuni kechqurun")
    code, source = guess_language(text.replace(" bilan", "").replace(" hamda", ""))
    assert code != "en" and source == "text"


def test_short_text_defers_to_markup() -> None:
    assert guess_language("Astana, June 11") == ("und", "none")
    assert detect_language("Astana, June 11", "kk").code == "kk"
    assert detect_language("Astana, June 11", None).english


def test_text_overrides_a_wrong_declaration() -> None:
    verdict = detect_language(ENGLISH, "ru")
    assert (verdict.code, verdict.source) == ("en", "text")


@pytest.mark.parametrize(("html", "code"), [
    ('<html lang="en-GB"><head></head><body><p>x</p></body></html>', "en"),
    ('<html><head><meta http-equiv="Content-Language" content="fr"></head><body>x</body></html>',
     "fr"),
    ('<html lang="en"><head><meta property="og:locale" content="ru_RU"></head><body>x</body>'
     '</html>', "ru"),
    ("<html><head></head><body><p>x</p></body></html>", None),
])
def test_declared_language(html: str, code: str | None) -> None:
    assert declared_language(fromstring(html)) == code


def test_require_english_raises_with_a_reason() -> None:
    assert require_english(ENGLISH) == "en"
    with pytest.raises(NotAnArticleError) as caught:
        require_english("Los ministros hablaron de las relaciones comerciales entre los dos "
                        "países y de la cooperación en el sector del turismo.", name="p")
    assert caught.value.reason == "non_english"
    assert "'es'" in str(caught.value)
