"""A name right after a title and its complement, whatever the NER calls its first word
(name_spans.py), and a counterpart left unnamed keeps its demonym (nationality.py).

"spokesman for the Foreign Ministry Tamim Khallaf said": the NER may read "Tamim" as a nationality
no gazetteer knows; where a title's name starts it is a given name. "his Omani counterpart on
Thursday" claims "Omani" for the unnamed counterpart, so no other official of the sentence takes it.
"""

from __future__ import annotations

from people_views import officials

PUBLISHED = "2025-05-09"


def test_a_spokesman_named_after_the_ministry(extract):
    found = officials(extract(
        "CAIRO, 9 May (MENA) - Egyptian Foreign Minister Badr Abdelatty received his Omani counterpart on "
        "Thursday, spokesman for the Foreign Ministry Tamim Khallaf said."))
    assert found["Badr Abdelatty"] == ("Foreign Minister", "EGY")
    assert found["Tamim Khallaf"] == ("spokesman for the Foreign Ministry", "EGY")


def test_an_unnamed_counterpart_keeps_its_demonym(extract):
    found = officials(extract("Foreign Minister Lars Holm met his Omani counterpart on Monday in Muscat."))
    assert found["Lars Holm"] == ("Foreign Minister", None)
    found = officials(extract("Foreign Minister Lars Holm met his Omani counterpart Badr Al Busaidi on Monday."))
    assert found["Badr Al Busaidi"] == ("Foreign Minister", "OMN")
