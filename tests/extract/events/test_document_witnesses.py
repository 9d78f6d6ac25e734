"""Those a document is signed before take part in its signing, told in its own sentence
(events/witnesses.py): the named people or the plural title of 'in the presence of', 'in their
presence' (the people of the talks just told), the subject of 'witnessed the signing of', and the
signers of the document's own participle ('a memorandum ..., signed by A and B'). The presence phrase
is no part of the document's name."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2026-04-15"


CASES = {
    "in the presence of named leaders": (
        "YEREVAN, April 14 (Armenpress). Prime Minister Nikol Pashinyan received President of Georgia "
        "Mikheil Kavelashvili at the government building.\n\nArmenian Minister of Economy Gevorg Papoyan and "
        "Georgian Minister of Economy Mariam Kvrivishvili signed a memorandum on the Upper Lars crossing "
        "in the presence of Prime Minister Pashinyan and President Kavelashvili.",
        {"Gevorg Papoyan", "Mariam Kvrivishvili", "Nikol Pashinyan", "Mikheil Kavelashvili"}),
    "in the presence of the two presidents": (
        "ASHGABAT, 14 April. President of Turkmenistan Serdar Berdimuhamedov held talks with President of "
        "Tajikistan Emomali Rahmon in the Oguzkhan Palace.\n\nAfter the talks, Turkmen Foreign Minister "
        "Rashid Meredov and Tajik Foreign Minister Sirojiddin Muhriddin signed an agreement on the "
        "transit of goods in the presence of the two Presidents.",
        {"Rashid Meredov", "Sirojiddin Muhriddin", "Serdar Berdimuhamedov", "Emomali Rahmon"}),
    "in their presence": (
        "CAIRO, April 14 (MENA) - President Abdel Fattah El-Sisi held talks with President of Cyprus "
        "Nikos Christodoulides at the Ittihadiya Palace on Tuesday.\n\nIn their presence, Egyptian "
        "Petroleum Minister Karim Badawi and Cypriot Energy Minister George Papanastasiou signed an "
        "agreement on a gas pipeline.",
        {"Karim Badawi", "George Papanastasiou", "Abdel Fattah El-Sisi", "Nikos Christodoulides"}),
    "the two leaders witnessed the signing by ministers": (
        "ULAANBAATAR, April 14 (Montsame). President Ukhnaagiin Khurelsukh held talks with President of "
        "Kazakhstan Kassym-Jomart Tokayev at the State Palace.\n\nThe two leaders then witnessed the signing "
        "of an agreement on air services by Mongolian Road Minister Borkhuu Delgersaikhan and Kazakh "
        "Transport Minister Nurlan Sauranbayev.",
        {"Ukhnaagiin Khurelsukh", "Kassym-Jomart Tokayev", "Borkhuu Delgersaikhan", "Nurlan Sauranbayev"}),
    "the signers alone when no one looks on (a guard: passes on the old code too)": (
        "TASHKENT, April 14 (UzA). President Shavkat Mirziyoyev received Prime Minister of Pakistan "
        "Muhammad Shehbaz Sharif.\n\nLater, Uzbek Minister of Investment Laziz Kudratov and Pakistani "
        "Minister of Commerce Jam Kamal Khan signed a memorandum on a trade corridor.",
        {"Laziz Kudratov", "Jam Kamal Khan"}),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=list(CASES))
def test_the_people_of_a_signing(extract, text, expected):
    record = extract(text)
    [document] = agreements(record)
    assert people(record, document) == expected
    assert "presence" not in (document.name or "")  # the presence phrase is no part of the name


def test_signers_of_the_documents_participle(extract):
    record = extract(
        "DOHA, April 14 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani and President of Rwanda Paul "
        "Kagame witnessed the signing of a memorandum of understanding on aviation, signed by Minister of "
        "Transport Sheikh Mohammed bin Abdullah bin Mohammed Al Thani and Rwandan Foreign Minister "
        "Olivier Nduhungirehe.")
    [document] = agreements(record)
    assert {"Mohammed bin Abdullah bin Mohammed Al Thani", "Olivier Nduhungirehe"} <= people(record, document)
