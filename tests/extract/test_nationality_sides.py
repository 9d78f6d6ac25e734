"""Officials named for a state's side or delegation serve that state (nationality_sides.py).

"The Turkish side was represented by X, while Azerbaijan was represented by Y", "the Kazakh
delegation included A and B", "the Chinese delegation, led by A and B, met ...": each listed official
takes the side's state; a person of another clause ("met President Z") does not. A possessive
state before an unnamed post ("Kenya's ambassador was received by X") is the envoy's, not X's
(nationality.py ``_claimed_by_noun``).
"""

from __future__ import annotations

from dateline.article import Article


def _countries(extractor, text: str) -> dict[str, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2025-09-18"))
    return {a.name: a.country for a in record.actors if a.kind == "person"}


def test_each_side_told_by_its_representative(extractor):
    countries = _countries(extractor, (
        "The intergovernmental commission met in Ankara on Thursday. The Turkish side was represented by "
        "Trade Minister Kemal Arslan, while Georgia was represented by Economy Minister Levan Beridze."))
    assert countries["Kemal Arslan"] == "TUR" and countries["Levan Beridze"] == "GEO"


def test_a_delegation_listed_member_by_member(extractor):
    countries = _countries(extractor, (
        "MINSK, Sept 18 (BelTA) -- A Kazakh delegation arrived in Minsk for the talks. The Kazakh delegation "
        "included Deputy Foreign Minister Daniyar Sarsenov, Energy Minister Aidos Baimukhanov and Minister of "
        "Trade Saule Zhakupova."))
    assert countries["Daniyar Sarsenov"] == countries["Aidos Baimukhanov"] == countries["Saule Zhakupova"] == "KAZ"


def test_the_list_ends_with_the_clause(extractor):
    countries = _countries(extractor, (
        "The Chinese delegation, led by Vice Premier Zhou Ping and Commerce Minister Tang Lei, met President "
        "Samuel Kariuki of Kenya in Nairobi on Thursday."))
    assert countries["Zhou Ping"] == countries["Tang Lei"] == "CHN"
    assert countries["Samuel Kariuki"] == "KEN"


def test_a_possessive_state_with_its_own_delegation(extractor):
    countries = _countries(extractor, (
        "Armenia's delegation was led by Deputy Foreign Minister Vahe Grigoryan at the talks in Geneva."))
    assert countries["Vahe Grigoryan"] == "ARM"


def test_a_possessive_state_of_an_unnamed_envoy_is_not_the_hosts(extractor):
    countries = _countries(extractor, (
        "Kenya's ambassador was received on Thursday by Foreign Minister Tomas Lindqvist."))
    assert countries["Tomas Lindqvist"] is None
