"""A capitalised run after a rank whose words head a company or a command is no person
("General Motors", "General Electric", "the U.S. Central Command"): name_words.yaml not_names;
the state before the command in the title is its head's (people/title_info.py)."""

from __future__ import annotations

from dateline.article import Article


def _persons(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def test_company_names_after_general_are_no_generals(extractor):
    found = _persons(extractor, "Sales at General Motors fell in June, while General Electric said its profits "
                                "rose. General Dynamics won a navy contract.")
    assert not {"Motors", "Electric", "Dynamics"} & set(found)


def test_a_general_is_still_a_general(extractor):
    found = _persons(extractor, "The head of the U.S. Central Command, General Michael Kurilla, said on Monday "
                                "that the strikes would continue.")
    assert not any("Command" in name for name in found)
    # the state in the complement of the title is his: "head of the U.S. Central Command"
    assert found["Michael Kurilla"][1] == "USA"
