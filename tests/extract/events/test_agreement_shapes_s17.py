"""Agreements in agency copy (session 17): officials told by their title in the plural sign for
their states, documents listed on bulleted lines or joined by 'in addition to' are one agreement
each, and neither a statement to the press, understandings 'reached', nor a state's name on a
currency make an agreement or a side of one."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2026-06-15"


@pytest.mark.parametrize("text", [
    "TASHKENT, 4 March (UzA). President Shavkat Mirziyoyev received Kyrgyz President Sadyr Japarov at the "
    "Kuksaroy residence. Following the negotiations, the Heads of State signed a Treaty on allied relations.",
    "RIGA, May 19 (LETA) - Saeima Speaker Daiga Mierina hosted Estonian Riigikogu President Lauri Hussar. "
    "At the end of the meeting, the two Speakers signed a memorandum on parliamentary cooperation.",
])
def test_officials_told_by_a_plural_title_sign_for_their_states(extract, text):
    found = agreements(extract(text))
    assert len(found) == 1
    assert len(found[0].countries) == 2 and found[0].status == "occurred"


def test_bulleted_documents_are_one_agreement_each_with_their_own_signers(extract):
    record = extract(
        "ASHGABAT, 12 October (TDH). President Serdar Berdimuhamedov held talks with Georgian Prime Minister "
        "Irakli Kobakhidze. Upon completion of the talks, the following documents were signed:\n"
        "- Agreement on international road transport - signed by Minister Mammetkhan Chakyev and Minister "
        "Levan Davitashvili;\n"
        "- Memorandum of Understanding on cooperation in the field of education - signed by Minister "
        "Gurbanguly Atayev and Minister Givi Mikanadze;\n"
        "- Programme of cultural cooperation for 2027-2029.\n"
        "The leaders then addressed the media.")
    found = agreements(record)
    assert len(found) == 3
    assert all(e.countries == ["GEO", "TKM"] for e in found)
    names = sorted(e.name or "" for e in found)
    assert names[0].startswith("Agreement on international road transport") and "signed" not in names[0]
    assert names[2] == "Programme of cultural cooperation for 2027-2029"
    road = next(e for e in found if (e.name or "").startswith("Agreement"))
    assert {"Mammetkhan Chakyev", "Levan Davitashvili"} <= people(record, road)
    assert not {"Gurbanguly Atayev", "Givi Mikanadze"} & people(record, road)


def test_a_document_in_addition_to_another_is_its_own_agreement(extract):
    found = agreements(extract(
        "MUSCAT, Nov 3 (ONA) -- At the close of the session, Omani Foreign Minister Sayyid Badr bin Hamad Al "
        "Busaidi and Jordanian Deputy Prime Minister and Foreign Minister Ayman Safadi signed the "
        "minutes of the joint committee, in addition to a memorandum of understanding on cooperation in "
        "the field of tourism."))
    assert len(found) == 2
    assert all(e.countries == ["JOR", "OMN"] for e in found)
    assert sorted(e.name or "" for e in found)[0] == "memorandum of understanding on cooperation in the field of tourism"


@pytest.mark.parametrize("text", [
    "NOUAKCHOTT, June 2 (AMI) - Speaking at a joint press statement with Senegalese President Bassirou "
    "Diomaye Faye, President Mohamed Ould Cheikh El Ghazouani said the gas field would be a model of "
    "cooperation.",
    "BISHKEK, 20 September (Kabar). President Sadyr Japarov received Tajik Foreign Minister Sirojiddin "
    "Muhriddin. Japarov recalled his talks in Dushanbe in May, noting that the agreements reached there were "
    "being put into practice.",
])
def test_no_document_is_told(extract, text):
    assert agreements(extract(text)) == []


def test_a_state_named_on_a_currency_is_no_side(extract):
    found = agreements(extract(
        "ASTANA, 8 April. Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat "
        "Mirziyoyev. The sides signed an intergovernmental agreement on a joint industrial zone worth 500 "
        "million US dollars."))
    assert len(found) == 1
    assert found[0].countries == ["KAZ", "UZB"]


def test_a_document_signed_there_takes_the_time_told_before_it(extract):
    found = agreements(extract(
        "BAKU, September 3. President Ilham Aliyev recalled his official visit to Bishkek in November 2025 "
        "and said that the Declaration on Allied Relations signed there had raised ties to a new level."))
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.start == "2025-11"
    assert found[0].status == "occurred"


def test_documents_a_past_session_produced_are_dated_by_it(extract):
    found = agreements(extract(
        "DOHA, Feb 9 (QNA) -- Minister of State Sultan bin Saad Al Muraikhi said the fourth round of the "
        "Qatari-Uzbek political consultations, held in Tashkent in 2023, had produced five memoranda of "
        "understanding."))
    assert len(found) == 1
    assert found[0].countries == ["QAT", "UZB"]
    assert found[0].date is not None and found[0].date.start == "2023"
