"""Documents told one by one are an agreement each (events/listed_documents.py; GUIDE: an agreement
is a document signed): coordinated documents of a signing, a set's documents named after 'namely', and
a set the next sentences list ('They include', 'Among them are', 'These are')."""

from __future__ import annotations

import pytest
from event_views import agreements, people


@pytest.mark.parametrize(("text", "count"), [
    ("BISHKEK, 14 April. Kyrgyzstan and Armenia signed an agreement on air services and a memorandum on "
     "cooperation in tourism on Monday.", 2),
    ("DOHA, Oct 2 (QNA) - Qatar and Tajikistan signed six documents today. They include an agreement on the "
     "avoidance of double taxation, a memorandum of understanding on youth and sports and a programme of "
     "cooperation in culture for 2027-2029.", 3),
    ("ASHGABAT, 9 May. Turkmenistan and Georgia signed a number of documents on Friday. Among them are the "
     "Treaty on Strategic Partnership and an agreement on international road transport.", 2),
    ("MUSCAT, Feb 4 (ONA) - Oman and Kazakhstan signed two memoranda of understanding, namely a memorandum on "
     "cooperation in fisheries and a memorandum on cooperation between the chambers of commerce.", 2),
    ("BAKU, Azerbaijan, July 8. Azerbaijan and Mongolia signed three documents on Tuesday. The documents were "
     "signed by the foreign ministers of the two countries. These are an agreement on visa exemption, a "
     "memorandum on consular consultations and the protocol of the first meeting of the joint commission.", 3),
])
def test_each_listed_document_is_an_agreement(extract, text, count):
    found = agreements(extract(text))
    assert len(found) == count
    assert all(e.status == "occurred" and len(e.countries) == 2 for e in found)
    assert all(e.name and not e.name.endswith("documents") for e in found)


def test_listed_documents_keep_the_signers(extract):
    record = extract(
        "KUWAIT, Jan 20 (KUNA) -- Kuwait and Azerbaijan signed four documents on Monday in the presence of "
        "Kuwaiti Foreign Minister Abdullah Ali Al-Yahya and Azerbaijani Foreign Minister Jeyhun Bayramov. They "
        "include a memorandum on political consultations and an agreement on cooperation in education.")
    found = agreements(record)
    assert len(found) == 2
    assert all(people(record, e) == {"Abdullah Ali Al-Yahya", "Jeyhun Bayramov"} for e in found)


def test_a_set_not_listed_stays_one_signing(extract):
    found = agreements(extract(
        "RIYADH, May 6, 2026, SPA -- Saudi Arabia and Uzbekistan signed five memoranda of understanding on "
        "Wednesday. The memoranda cover cooperation in energy, mining and health."))
    assert len(found) == 1


def test_a_listed_document_told_already_is_signed_at_the_set_signing(extract):
    record = extract(
        "BAKU, Azerbaijan, June 11. President Ilham Aliyev held talks with Prime Minister of Hungary Viktor Orban "
        "in Baku on Wednesday. The two leaders last met on the sidelines of the OTS summit in Gabala on 7 October "
        "2025. Following the talks, 14 documents were signed in the presence of the two leaders. Among them are "
        "the Joint Declaration on Enhanced Strategic Partnership between Azerbaijan and Hungary, signed by Ilham "
        "Aliyev and Viktor Orban, and an agreement on cooperation in energy.", "2026-06-11")
    found = agreements(record)
    assert len(found) == 2
    assert {e.date.start for e in found if e.date is not None} == {"2026-06-10"}


def test_a_counted_set_told_one_sentence_each_is_seen_signed_by_its_witnesses(extract):
    record = extract("HANOI, March 4 (VNA) - Vietnamese Prime Minister Pham Minh Chinh held talks with Kenyan "
                     "President William Ruto in Hanoi on Tuesday. After the talks, the two leaders witnessed the "
                     "signing of two documents. A memorandum of understanding on trade was signed by Vietnamese "
                     "Trade Minister Nguyen Hong Dien and Kenyan Trade Minister Lee Kinyanjui. An agreement on air "
                     "services was signed by Vietnamese Transport Minister Tran Hong Minh and Kenyan Transport "
                     "Minister Davis Chirchir.")
    memorandum, services = agreements(record)
    assert people(record, memorandum) == {"Nguyen Hong Dien", "Lee Kinyanjui", "Pham Minh Chinh", "William Ruto"}
    assert people(record, services) == {"Tran Hong Minh", "Davis Chirchir", "Pham Minh Chinh", "William Ruto"}
