"""A post owned by a body the story named before (people/owners.py).

"The bank's managing director X" serves the bank the report named (an intergovernmental
organisation: its code); "the embassy's counsellor Y" the state whose embassy or ambassador the
report named, never the state of the city it is filed from.
"""

from __future__ import annotations

from people_views import officials

from dateline.article import Article


def _officials(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return officials(extractor.extract(Article(text=text, id="t", published="2025-03-20")))


def test_the_banks_official_serves_the_bank(extractor):
    found = _officials(extractor, (
        "BISHKEK, 20 March (Kabar) -- Kyrgyz President Sadyr Japarov received a delegation of the European "
        "Bank for Reconstruction and Development led by its President Odile Renaud-Basso. The bank's managing "
        "director Mark Bowman was also present."))
    assert found["Mark Bowman"][1] == "EBRD"
    assert found["Sadyr Japarov"] == ("President", "KGZ")


def test_the_embassys_staff_serve_the_ambassadors_state(extractor):
    found = _officials(extractor, (
        "NAIROBI, 20 March (Xinhua) -- Chinese Ambassador to Kenya Zhou Pingjian met Kenyan Cabinet Secretary "
        "for Foreign Affairs Musalia Mudavadi in Nairobi on Thursday.\n\nThe embassy's counsellor Li Wei was "
        "also present."))
    assert found["Li Wei"][1] == "CHN"
    assert found["Musalia Mudavadi"][1] == "KEN"


def test_the_embassy_named_with_its_state(extractor):
    found = _officials(extractor, (
        "TBILISI, 20 March (Agenda) -- Georgian Deputy Foreign Minister Lasha Darsalia visited the Embassy of "
        "Estonia in Tbilisi. The embassy's first secretary Kadri Tamm showed him the new building."))
    assert found["Kadri Tamm"][1] == "EST"
