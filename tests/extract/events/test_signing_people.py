"""Who signed a document, or saw it signed, told in the sentences after it (events/signing_people.py):
signers of a signing verb that names no document of its own ("X signed for the Qatari side", "X
signed it together with Y") and the people who witness or attend the signing are the document's
people; a new document the next sentence names is not the one told."""

from __future__ import annotations

from event_views import agreements, people

PUBLISHED = "2025-10-09"


def test_signers_for_each_side(extract):
    record = extract(
        "DOHA, Oct 8 (QNA) -- Qatar and Uzbekistan signed an agreement on mutual protection of investments "
        "on Wednesday. Qatari Minister of Commerce Sheikh Faisal bin Thani Al Thani signed for the Qatari "
        "side, while Uzbek Minister of Investment Laziz Kudratov signed for the Uzbek side.")
    [document] = agreements(record)
    assert people(record, document) == {"Faisal bin Thani Al Thani", "Laziz Kudratov"}


def test_signed_it_together_with(extract):
    record = extract(
        "BISHKEK, 8 October. Kyrgyzstan and Tajikistan signed a protocol on the use of pastures. Kyrgyz "
        "Minister of Agriculture Bakyt Torobaev signed it together with Tajik Minister of Agriculture "
        "Qurbon Hakimzoda.")
    [document] = agreements(record)
    assert people(record, document) == {"Bakyt Torobaev", "Qurbon Hakimzoda"}


def test_signers_who_put_their_signatures_to_the_document(extract):
    record = extract(
        "TBILISI, Oct 8 (GPB) -- Georgia and Armenia signed a memorandum on road transport. Georgian "
        "Minister of Infrastructure Irakli Karseladze and Armenian Minister of Territorial Administration "
        "Davit Hudoyan put their signatures to the document.")
    [document] = agreements(record)
    assert people(record, document) == {"Irakli Karseladze", "Davit Hudoyan"}


def test_leaders_who_witnessed_the_signing_take_part(extract):
    record = extract(
        "ASHGABAT, 8 October. Turkmenistan and Uzbekistan signed an agreement on the joint use of the Amu "
        "Darya. President Serdar Berdimuhamedov and President Shavkat Mirziyoyev witnessed the signing. "
        "The agreement was signed by Turkmen Minister of Agriculture Allanur Altyyev and Uzbek Minister "
        "of Water Resources Shavkat Khamraev.")
    [document] = agreements(record)
    assert people(record, document) == {"Serdar Berdimuhamedov", "Shavkat Mirziyoyev", "Allanur Altyyev",
                                        "Shavkat Khamraev"}


def test_the_signing_ceremony_attended_by(extract):
    record = extract(
        "KUWAIT, Oct 8 (KUNA) -- Kuwait and Morocco signed a memorandum of understanding on judicial "
        "cooperation. The signing ceremony was attended by Kuwaiti Minister of Justice Nasser Al-Sumait and "
        "Moroccan Minister of Justice Abdellatif Ouahbi.")
    [document] = agreements(record)
    assert people(record, document) == {"Nasser Al-Sumait", "Abdellatif Ouahbi"}
