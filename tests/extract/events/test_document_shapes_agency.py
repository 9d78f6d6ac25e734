"""Agency shapes of a document signed or to be signed (events/documents.py, events/signing_people.py):

- "the ministers exchanged the signed documents": the participle on the object of an exchange tells
  the signing;
- "concluded talks on a partnership agreement, which is expected to be signed during the visit": the
  relative clause makes it a planned document, and the visit it is to be signed during is no term of it;
- "A and B attended the signing ceremony in Belgrade": the city the signing is told in places the
  documents of the sentence before when nothing but a country placed them.
"""

from __future__ import annotations

import pytest
from event_views import agreements, one

PUBLISHED = "2025-05-20"


@pytest.mark.parametrize("text", [
    "ASTANA, 20 May. After the talks, Foreign Minister Murat Nurtleu and Foreign Minister Bakhtiyor Saidov "
    "exchanged the signed documents.",
    "DOHA, May 20 (QNA) - Qatar and Rwanda exchanged the signed documents at the end of the talks between "
    "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Rwandan Foreign Minister Olivier "
    "Nduhungirehe.",
    "TASHKENT, May 20 (UzA). The Uzbek and Turkmen foreign ministers exchanged the signed papers in Tashkent on "
    "Tuesday.",
])
def test_signed_documents_exchanged_are_an_agreement(extract, text):
    (document,) = agreements(extract(text))
    assert document.status == "occurred" and len(document.countries) == 2


@pytest.mark.parametrize("text", [
    "ABU DHABI, 20th May, 2025 (WAM) -- The UAE and Malaysia have completed negotiations on a Comprehensive "
    "Economic Partnership Agreement, which is expected to be signed during the visit of Malaysian Prime "
    "Minister Anwar Ibrahim to Abu Dhabi next month.",
    "BAKU, Azerbaijan, May 20. Azerbaijan and Kyrgyzstan have agreed on the text of a treaty on strategic "
    "partnership, which is due to be signed during the state visit of President Sadyr Japarov to Baku in June.",
])
def test_a_document_whose_relative_clause_plans_its_signing(extract, text):
    record = extract(text)
    (document,) = agreements(record)
    assert document.status == "planned" and len(document.countries) == 2
    assert one(record, "visit").status == "planned"


def test_the_signing_ceremony_told_after_places_the_documents(extract):
    record = extract(
        "BAKU, Azerbaijan, May 20. Following the talks in an expanded format, Azerbaijan and Montenegro signed "
        "an agreement on road transport and a memorandum on tourism. President Ilham Aliyev and President "
        "Jakov Milatovic attended the signing ceremony in Podgorica.")
    assert [d.place.name for d in agreements(record) if d.place is not None] == ["Podgorica", "Podgorica"]  # one each
