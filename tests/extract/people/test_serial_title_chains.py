"""A title chain written as a serial list: a comma joins its parts when 'and' closes the list
(title_complements.py ``serial_comma``, ``_serial_end``; people/phrases.py, people/appositions.py).

"Vice President, Deputy Prime Minister and Chairman of the Committee X", "X, Vice President, Prime
Minister and Ruler of Sharjah,", "Minister of Economy, Planning and Budget of Morocco X", "Minister
for Gender, Children and Social Protection, X,": the whole chain is the title, and the name after it
is read whole (not the last domain word).
"""

from __future__ import annotations

import pytest
from people_views import officials

from dateline.article import Article


def run(extractor, text: str):
    return extractor.extract(Article(text=text, id="t", published="2026-04-14"))


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("ASTANA, 14 April (Kazinform). President Kassym-Jomart Tokayev received Vice President, Deputy "
     "Prime Minister and Chairman of the Committee on Economic Affairs of Türkiye Hasan Demir.",
     "Hasan Demir", "Vice President, Deputy Prime Minister and Chairman of the Committee on Economic Affairs",
     "TUR"),
    ("SHARJAH, April 14 (WAM) -- Sheikh Sultan bin Khalid Al Qasimi, Deputy Ruler, Chairman of the Executive "
     "Council and Head of the Ports Authority, received on Tuesday the Ambassador of Chile Rodrigo Vera.",
     "Sultan bin Khalid Al Qasimi", "Deputy Ruler, Chairman of the Executive Council and Head of the Ports "
     "Authority", "ARE"),
    ("RABAT, April 14 (MAP) -- The Minister of Economy, Planning and Budget of Senegal Amadou Ba held talks "
     "with Moroccan Foreign Minister Nasser Bourita in Rabat on Tuesday.",
     "Amadou Ba", "Minister of Economy, Planning and Budget", "SEN"),
    ("ACCRA, April 14 (GNA) -- Minister for Gender, Children and Social Protection, Akosua Mensah, received "
     "a delegation of the World Food Programme on Tuesday.",
     "Akosua Mensah", "Minister for Gender, Children and Social Protection", "GHA"),
])
def test_a_serial_chain_is_one_title(extractor, text, name, title, country):
    assert officials(run(extractor, text)).get(name) == (title, country)



def test_sayyid_is_a_style_not_the_name(extractor):
    """ONA copy styles members of Oman's ruling family 'Sayyid': no part of the name (titles.yaml)."""
    people = officials(run(extractor, (
        "MUSCAT, April 14 (ONA) -- Sayyid Khalid bin Hamad Al Busaidi, Minister of Culture, Sports and Youth, "
        "received in his office today the Ambassador of Japan to the Sultanate Kenji Saito.")))
    assert people.get("Khalid bin Hamad Al Busaidi") == ("Minister of Culture, Sports and Youth", "OMN")


@pytest.mark.parametrize(("text", "name", "title"), [
    # a chain longer than the apposition's old walk, the IGO's name before the post's field dropped, and
    # the body of the chain's last post ("of the European Commission") kept (title_info.py)
    ("BRUSSELS, April 14 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with Marta Kos, High "
     "Representative of the European Union for Foreign Affairs and Security Policy and Vice-President of the "
     "European Commission, on Tuesday.",
     "Marta Kos", "High Representative for Foreign Affairs and Security Policy and Vice-President of the "
     "European Commission"),
])
def test_a_long_igo_chain_keeps_its_body(extractor, text, name, title):
    assert officials(run(extractor, text)).get(name, (None,))[0] == title
