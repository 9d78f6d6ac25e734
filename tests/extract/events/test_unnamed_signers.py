"""A signing whose clause names no signer (events/signers.py unnamed_signers): a document "expected
to be signed" after talks, documents prepared "for signing" during a visit, or signed by the two
states' courts, is the talks' states' and names none of the talks' persons (a signing by "the
ministers" names them: test_signers_told_as_states.py)."""

from __future__ import annotations

import pytest
from event_views import agreements, people

TALKS = ("DOHA, May 6 (QNA) -- Qatari Prime Minister Mohammed bin Abdulrahman Al Thani will hold talks in Doha "
         "on Wednesday with Slovak Prime Minister Robert Fico, who arrives on an official visit.\n\n")


@pytest.mark.parametrize("signing", [
    "A set of documents, including an agreement on air services, is expected to be signed after the talks.",
    "Several agreements on energy and investment will be signed during the visit, the ministry said.",
    "The two governments have prepared a package of documents, including a treaty on investment "
    "protection, for signing during the visit.",
])
def test_a_signing_that_names_no_signer_names_no_person(extract, signing):
    record = extract(TALKS + signing)
    (event,) = agreements(record)
    assert event.countries == ["QAT", "SVK"]
    assert people(record, event) == set()


def test_state_bodies_sign_as_states(extract):
    record = extract(
        "TASHKENT, June 3 (UzA) -- Chairman of the Supreme Court of Uzbekistan Bakhodir Islamov met Hungarian "
        "Supreme Court President Zsolt Andras Varga in Tashkent on Monday.\n\n"
        "The supreme courts of the two countries signed a memorandum of understanding on judicial training.")
    (event,) = agreements(record)
    assert event.countries == ["HUN", "UZB"]
    assert people(record, event) == set()

