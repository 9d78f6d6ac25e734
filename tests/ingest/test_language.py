"""Language detection: the text decides when it can, the markup otherwise; English and Russian
are read, the rest skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import fromstring

from dateline.errors import NotAnArticleError
from dateline.ingest.language import (
    declared_language,
    detect_language,
    main_text,
    require_supported,
)

PARAGRAPHS = Path(__file__).parents[1] / "fixtures" / "language" / "paragraphs.tsv"
ENGLISH = ("The foreign ministers of the two countries met in Baku on Tuesday and discussed "
           "trade, transport and the schedule of the intergovernmental commission.")
RUSSIAN = ("Министры иностранных дел двух стран встретились во вторник в Баку и обсудили "
           "торговлю, транспорт и график работы межправительственной комиссии.")


def _paragraphs() -> list[tuple[str, str, str]]:
    rows = []
    for line in PARAGRAPHS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, decision, text = line.split("\t")
            rows.append((label, decision, text))
    return rows


@pytest.mark.parametrize(("label", "decision", "text"), _paragraphs(),
                         ids=[f"{n}-{row[0]}" for n, row in enumerate(_paragraphs())])
def test_paragraph_decision(label: str, decision: str, text: str) -> None:
    """English and Russian are read (a mixed paragraph by its main language), the rest is not."""
    verdict = detect_language(text)
    assert verdict.source == "text"
    if decision in ("en", "ru"):
        assert verdict.code == decision
    else:
        assert verdict.code not in ("en", "ru", "und")
        assert not verdict.supported


@pytest.mark.parametrize(("text", "code"), [
    (ENGLISH, "en"),
    (RUSSIAN, "ru"),
    ("Les deux ministres ont discuté de la coopération dans le domaine de l'énergie et des "
     "transports, ainsi que de la préparation de la prochaine session.", "fr"),
    ("Prezident Toshkentda xorijiy investorlar bilan uchrashdi hamda yangi loyihalarni "
     "muhokama qildi, keyin Samarqandga jo'nab ketdi.", "uz"),
    ("Президент Қасым-Жомарт Тоқаев Ақордада Әзірбайжан Сыртқы істер министрін қабылдады.", "kk"),
    ("Президент України провів телефонну розмову з президентом Казахстану.", "uk"),
])
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_short_text_defers_to_markup() -> None:
    assert detect_language("Astana, June 11", "kk") == detect_language("Astana, June 11", "kk")
    assert detect_language("Astana, June 11", "kk").code == "kk"
    assert detect_language("Astana, June 11", "kk").source == "markup"
    assert detect_language("Astana, June 11", None).code == "und"
    assert detect_language("Astana, June 11", None).supported


def test_text_overrides_a_wrong_declaration() -> None:
    assert (detect_language(ENGLISH, "ru").code, detect_language(ENGLISH, "ru").source) == ("en", "text")
    assert detect_language(RUSSIAN, "en").code == "ru"


def test_a_russian_page_quoting_english_goes_by_its_russian() -> None:
    page = ("Посол подчеркнул: «We are ready to sign the agreement on transit and energy "
            "cooperation before the end of this year, and our partners know it». Стороны "
            "договорились продолжить консультации.")
    assert detect_language(page).code == "ru"
    assert "We are ready" not in main_text(page)
    # a page that is all quotation keeps its quotation: there is nothing else to read
    quoted = "«We are ready to sign the agreement on transit and energy cooperation this year»"
    assert main_text(quoted) == quoted
    assert detect_language(quoted).code == "en"


def test_page_of_many_russian_paragraphs_with_an_english_block() -> None:
    english_block = ("Statement of the delegation: the parties reaffirmed their commitment to "
                     "the agreement.")
    page = "\n\n".join([RUSSIAN] * 4 + [english_block] + [RUSSIAN])
    assert detect_language(page).code == "ru"


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


def test_require_supported_reads_english_and_russian_and_skips_the_rest() -> None:
    assert require_supported(ENGLISH) == "en"
    assert require_supported(RUSSIAN) == "ru"
    assert require_supported("Astana, June 11") == "und"
    with pytest.raises(NotAnArticleError) as caught:
        require_supported("Los ministros hablaron de las relaciones comerciales entre los dos "
                          "países y de la cooperación en el sector del turismo.", name="p")
    assert caught.value.reason == "unsupported_language"
    assert "'es'" in str(caught.value) and str(caught.value).startswith("p: ")
    with pytest.raises(NotAnArticleError, match="'uk'"):
        require_supported("Міністр закордонних справ прибув до Баку з робочим візитом.")
