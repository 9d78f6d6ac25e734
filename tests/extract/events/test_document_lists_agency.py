"""Agency shapes of a signing's documents (session 15): a set of documents told in the passive with its
list hung on the verb ('A package of documents was signed in Baku, including X and Y': an agreement
each, documents.py _listed_on_verb, listed_documents._hung_list); a document told by a coordinated verb
that names no sides of its own takes the sides its partner names ('adopted a Joint Statement and signed a
Treaty ... between A and B': signers.coordinated_signers); a set of contracts signed by companies is no
agreement between states (signers.company_signers)."""

from __future__ import annotations

import pytest
from event_views import agreements


@pytest.mark.parametrize(("text", "names"), [
    ("BAKU, Azerbaijan, March 12. A package of documents was signed between Azerbaijan and Uzbekistan in Baku "
     "on March 12, including a Memorandum of Understanding on cooperation in the field of digital technologies "
     "and an Agreement on mutual protection of investments, Trend reports.",
     {"Memorandum of Understanding on cooperation in the field of digital technologies",
      "Agreement on mutual protection of investments"}),
    ("ASTANA, 2 April. A number of documents were signed between Kazakhstan and Kyrgyzstan in Astana on "
     "Thursday, including the Treaty on Allied Relations and an agreement on the joint management of the "
     "Kambarata-1 project.",
     {"Treaty on Allied Relations", "agreement on the joint management of the Kambarata-1 project"}),
])
def test_a_passive_set_with_its_list_hung_on_the_verb(extract, text, names):
    found = agreements(extract(text))
    assert {e.name for e in found} == names
    assert all(e.status == "occurred" and len(e.countries) == 2 for e in found)


@pytest.mark.parametrize("text", [
    "ASHGABAT, March 3. Following the negotiations, the heads of state adopted a Joint Statement and signed a "
    "Treaty on Strategic Partnership between Turkmenistan and Tajikistan, the state news agency reported.",
    "YEREVAN, 17 June. The ministers adopted a joint communique and signed a memorandum on cooperation in "
    "tourism between Armenia and Greece on Wednesday.",
])
def test_a_document_of_a_coordinated_verb_takes_its_partner_sides(extract, text):
    found = agreements(extract(text))
    assert len(found) == 2
    assert len({tuple(e.countries) for e in found}) == 1 and len(found[0].countries) == 2


@pytest.mark.parametrize("text", [
    "MINSK, 3 September. A package of contracts for the supply of tractors worth $60 million was signed by "
    "Belarusian manufacturers and Zimbabwean companies on Wednesday.",
    "TASHKENT, 12 May. A number of agreements for the supply of textile equipment were signed by Uzbek and "
    "Turkish companies at the exhibition on Tuesday.",
    "BAKU, Azerbaijan, May 20. State oil company SOCAR and Italy's Eni signed a deal on the supply of natural gas "
    "on Tuesday in Baku, Trend reports.",
    "ASTANA, 14 May. The memorandum on the construction of a gas processing plant was signed by QazaqGaz Chairman "
    "Sanzhar Zharkeshov and Eni CEO Claudio Descalzi on Wednesday.",
])
def test_a_deal_of_companies_or_their_sets_or_executives_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


def test_the_title_tells_again_the_story_signing(extract):
    record = extract(
        "Chile and Vietnam sign agreement on mining cooperation\n\n"
        "Published on 04/03/2026 - 10:15 By Ana Rojas - Santiago\n\n"
        "Chilean Foreign Minister Alberto van Klaveren met on Wednesday (4) with Vietnamese Deputy Prime Minister "
        "Bui Thanh Son at La Moneda. At the meeting, the two signed a memorandum of understanding on cooperation in "
        "lithium and copper mining.", "2026-03-04")
    found = agreements(record)
    assert len(found) == 1
    assert found[0].name == "memorandum of understanding on cooperation in lithium and copper mining"


@pytest.mark.parametrize(("text", "year"), [
    ("BISHKEK, 9 June. Kyrgyz Foreign Minister Jeenbek Kulubaev and Uzbek Foreign Minister Bakhtiyor Saidov "
     "reviewed on Tuesday the implementation of the treaty on the state border, which was signed in 2022.", "2022"),
    ("MUSCAT, June 9 (ONA) - Oman and Iran discussed on Tuesday the progress of the memorandum on cooperation in "
     "maritime security, which was signed in 2023 during the visit of the Iranian President to Muscat.", "2023"),
])
def test_a_document_cited_with_its_past_signing_in_a_relative_clause(extract, text, year):
    found = agreements(extract(text, "2026-06-09"))
    assert len(found) == 1
    assert found[0].status == "occurred" and found[0].date is not None and found[0].date.start == year
    assert len(found[0].countries) == 2


def test_a_document_still_to_be_signed_in_a_relative_clause_is_planned(extract):
    found = agreements(extract(
        "BAKU, Azerbaijan, June 9. The ministers discussed the agreement on international road transport, which "
        "will be signed during the visit of the President of Uzbekistan to Baku in July.", "2026-06-09"))
    assert all(e.status == "planned" for e in found)
