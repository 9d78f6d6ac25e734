"""The title of officials listed after a plural title (name_lists.py ``singular_title``, ``_paired``).

"Azerbaijani Deputy Prime Ministers A and B" are two Deputy Prime Ministers, not two Ministers;
"the ministers of foreign affairs of A, B and C, X, Y and Z" pairs each minister with his state
and keeps the ministry's field in the title, with a comma as well as a dash between the lists.
And a style before the name gives way to the post told after it ("Ambassador X, Minister of
State", people/phrases.py).
"""

from __future__ import annotations

from dateline.article import Article


def _officials(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published="2025-07-08"))
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def test_modifiers_of_a_plural_title_stay(extractor):
    found = _officials(extractor, (
        "BAKU, July 8 (APA) -- Also present at the talks were Azerbaijani Deputy Prime Ministers Samir "
        "Huseynov and Elvin Karimli."))
    assert found == {"Samir Huseynov": ("Deputy Prime Minister", "AZE"),
                     "Elvin Karimli": ("Deputy Prime Minister", "AZE")}


def test_ministers_of_a_field_paired_with_their_states(extractor):
    found = _officials(extractor, (
        "TBILISI, July 8 (Trend) -- The ministers of foreign affairs of Armenia, Georgia and Moldova, "
        "Aram Petrosyan, Nino Kapanadze and Ion Rusu, met in Tbilisi on Tuesday to discuss transit."))
    assert found == {"Aram Petrosyan": ("Minister of Foreign Affairs", "ARM"),
                     "Nino Kapanadze": ("Minister of Foreign Affairs", "GEO"),
                     "Ion Rusu": ("Minister of Foreign Affairs", "MDA")}


def test_a_dash_between_the_lists_still_pairs_them(extractor):
    found = _officials(extractor, (
        "ASTANA, July 8 (Kazinform) -- The foreign ministers of Kazakhstan, Kyrgyzstan and Tajikistan – "
        "Dauren Abenov, Talant Osmonov and Farhod Rahimov – signed the protocol."))
    assert found == {"Dauren Abenov": ("Foreign Minister", "KAZ"),
                     "Talant Osmonov": ("Foreign Minister", "KGZ"),
                     "Farhod Rahimov": ("Foreign Minister", "TJK")}


def test_a_style_gives_way_to_the_post_told_after_the_name(extractor):
    found = _officials(extractor, (
        "ABUJA, July 8 (NAN) -- The meeting was attended by Ambassador Ngozi Eze, Minister of State for "
        "Foreign Affairs, and the Ghanaian High Commissioner."))
    assert found["Ngozi Eze"][0] == "Minister of State for Foreign Affairs"
