"""'as well as with B' repeats the preposition: talks of their own (events/with_each.py, several.py)."""

from __future__ import annotations

from dateline.article import Article


def test_talks_with_one_host_and_as_well_as_with_another_are_two(extractor):
    text = ("During his stay in Italy, Brazilian President Luiz Inacio Lula da Silva will meet with Prime Minister "
            "Romano Prodi, as well as with President Giorgio Napolitano.")
    record = extractor.extract(Article(text=text, id="t"))
    assert len([e for e in record.events if e.kind == "meeting"]) == 2


def test_bilateral_meetings_with_two_and_as_well_as_with_a_third_are_one_each(extractor):
    text = ("On the sidelines of the forum, Kazakh Foreign Minister Murat Nurtleu held bilateral meetings with "
            "Turkish Foreign Minister Hakan Fidan and Azerbaijani Foreign Minister Jeyhun Bayramov, as well as "
            "with OSCE Secretary General Feridun Sinirlioglu.")
    record = extractor.extract(Article(text=text, id="t"))
    talks = [e for e in record.events if e.kind == "meeting"]
    assert sorted(tuple(sorted(set(e.countries) - {"KAZ"})) for e in talks) == [("AZE",), ("OSCE",), ("TUR",)]
