"""A title word that is also a given name, after a personal style (name_spans.py ``_given_name``).

"H.E. Dr. Sultan Al Jaber, UAE Minister of Industry," is Sultan Al Jaber, a minister; after a
monarch's style ("His Majesty Sultan Haitham bin Tarik") the word is the title.
"""

from __future__ import annotations

from people_views import officials

PUBLISHED = "2025-11-20"


def test_a_given_name_after_personal_styles(extract):
    found = officials(extract(
        "ABU DHABI, 20 Nov (WAM) -- H.E. Dr. Sultan Al Mansoori, UAE Minister of Industry, met the visiting "
        "Kazakh delegation on Thursday."))
    assert found["Sultan Al Mansoori"] == ("Minister of Industry", "ARE")


def test_the_title_after_a_monarchs_style(extract):
    found = officials(extract(
        "MUSCAT, 20 Nov (ONA) -- His Majesty Sultan Haitham bin Tarik received the visiting Iranian Foreign "
        "Minister at Al Alam Palace on Thursday."))
    assert found["Haitham bin Tarik"] == ("Sultan", "OMN")
