"""The writer's judgement inside a title phrase is no part of the post, and a tenure word before it
stays: "former center-left president X" -> "former president", "Ecuador's leftist President X" ->
"President" (people_titles.yaml epithets; people/phrases.py, people/title_info.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


def _official(extractor, text: str, name: str) -> tuple[str | None, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(((a.title or "").lower() or None, a.country) for a in record.actors
                if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Officials said Sunday former center-left president Alfredo Ruiz leads the race by a narrow margin.",
     "Alfredo Ruiz", "former president", None),
    ("Ecuador's leftist President Marco Salas has forged closer ties with Moscow.", "Marco Salas", "president", "ECU"),
    ("Moderate President Masoud Pezeshkian of Iran met the Iraqi prime minister in Tehran on Monday.",
     "Masoud Pezeshkian", "president", "IRN"),
    ("Egypt's controversial former interior minister Habib el-Adly was sentenced on Monday.", "Habib el-Adly",
     "former interior minister", "EGY"),
])
def test_an_epithet_leaves_the_title_and_keeps_its_tenure(extractor, text, name, title, country):
    assert _official(extractor, text, name) == (title, country)
