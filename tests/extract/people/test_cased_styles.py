"""The Gulf agencies write the style "HE" (His Excellency) without full stops, before a name or
between a title and a name: "HE Sheikh Mohammed bin Abdulrahman Al-Thani", "Foreign Minister of
Egypt HE Dr. Badr Abdelatty" (QNA). It is no part of the name or the title; "He" the family name
and "he" the pronoun stay what they are. Sentences written for these tests (session 13)."""

from __future__ import annotations

PUBLISHED = "2026-12-04"


def _officials(record) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {a.name: a.title for a in record.actors if a.kind == "person"}


def test_he_before_a_name_and_after_a_title_is_a_style(extract):
    record = extract("DOHA, Dec 4 (QNA) - Minister of State for Foreign Affairs HE Sultan bin Saad Al-Muraikhi "
                     "met today with Foreign Minister of Ghana HE Samuel Okudzeto Ablakwa.")
    officials = _officials(record)
    assert officials == {"Sultan bin Saad Al-Muraikhi": "Minister of State for Foreign Affairs",
                         "Samuel Okudzeto Ablakwa": "Foreign Minister"}


def test_he_opening_the_name_is_left_out(extract):
    record = extract("DOHA, Dec 4 (QNA) - Prime Minister and Minister of Foreign Affairs HE Sheikh Mohammed bin "
                     "Abdulrahman bin Jassim Al-Thani met today with Swiss Foreign Minister Ignazio Cassis.")
    assert "Mohammed bin Abdulrahman bin Jassim Al-Thani" in _officials(record)


def test_he_the_family_name_stays(extract):
    record = extract("DOHA, Dec 4 (QNA) - He Lifeng, Vice Premier of China, met HE Minister of Commerce and "
                     "Industry Sheikh Faisal bin Thani bin Faisal Al-Thani in Doha today. He said trade would grow.")
    assert "He Lifeng" in _officials(record)
