"""The Extractor sends each document down the path of its language."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.extract.russian.language import cyrillic_share, is_russian

RUSSIAN = ("ТАШКЕНТ, 5 мая – Podrobno.uz. Министр иностранных дел Узбекистана Бахтиёр Саидов "
           "провел переговоры с министром иностранных дел Венгрии Петером Сийярто.")
ENGLISH = "TASHKENT, May 5. Uzbek Foreign Minister Bakhtiyor Saidov held talks with his Hungarian counterpart."


@pytest.mark.parametrize(("article", "expected"), [
    (Article(text=RUSSIAN), True),
    (Article(text=ENGLISH), False),
    (Article(text=ENGLISH + " (Саидов: «Мы довольны»)"), False),
    (Article(text=RUSSIAN + " He said: 'We are glad.'"), True),
    (Article(text=RUSSIAN, language="en"), False),
    (Article(text=ENGLISH, language="ru-RU"), True),
    (Article(text="12345 ..."), False),
    (Article(text="Министр прибыл в Баку.", language="und"), True),
])
def test_language_decides_the_path(article, expected):
    assert is_russian(article) is expected


def test_cyrillic_share_counts_letters_only():
    assert cyrillic_share("Баку 2025") == 1.0
    assert cyrillic_share("") == 0.0


def test_one_batch_keeps_input_order_and_each_language(extractor):
    docs = [Article(text=ENGLISH, id="en1"), Article(text=RUSSIAN, id="ru1"),
            Article(text="", id="empty"), Article(text=ENGLISH, id="en2")]
    out = list(extractor.extract_many(docs))
    assert [record.id for _, record in out] == ["en1", "ru1", "empty", "en2"]
    langs = [record.lang for _, record in out]
    assert langs[0] == "en" and langs[1] == "ru" and langs[3] == "en"
    assert out[2][1].error is not None
    russian = out[1][1]
    assert russian.dateline is not None and russian.dateline.place == "Tashkent"
    assert russian.source == "Podrobno.uz"
    saidov = [a for a in russian.actors if a.name == "Bakhtiyor Saidov"]
    assert saidov and saidov[0].aliases == ["Бахтиёр Саидов"] and saidov[0].country == "UZB"
    assert [e.kind for e in russian.events] == ["meeting"]
    assert sorted(russian.events[0].countries) == ["HUN", "UZB"]
    assert all(not a.aliases for a in out[0][1].actors)
