"""Who signs, told as states or as persons (issue 14, item 5; events/signers.py told_by_states,
states_sign): "The two sides signed a memorandum", "the two governments will sign an agreement",
"the two countries signed five agreements" are signed by the talks' states, and name no person, and
so are a planned signing that names no signer ("is expected to be signed after the talks", "for
signing during the visit") and one by state bodies ("the supreme courts of the two countries");
"the ministers signed a protocol" is signed by the ministers of the talks."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2025-03-12"

TALKS = ("MUSCAT, March 11 (ONA) -- Omani Foreign Minister Badr Albusaidi held talks in Muscat on Tuesday with "
         "Jordanian Foreign Minister Ayman Safadi.\n\nThe ministers discussed regional security and trade.\n\n")


# A planned signing with no signer told, or one by state bodies (events/signers.py unnamed_signers).
VISIT = ("DOHA, May 6 (QNA) -- Qatari Prime Minister Mohammed bin Abdulrahman Al Thani will hold talks in Doha "
         "on Wednesday with Slovak Prime Minister Robert Fico, who arrives on an official visit.\n\n")
COURTS = ("TASHKENT, June 3 (UzA) -- Chairman of the Supreme Court of Uzbekistan Bakhodir Islamov met Hungarian "
          "Supreme Court President Zsolt Andras Varga in Tashkent on Monday.\n\n")


@pytest.mark.parametrize(("text", "countries"), [
    (TALKS + "The two sides signed a memorandum of understanding on consular cooperation.", ["JOR", "OMN"]),
    (TALKS + "The two countries signed a memorandum of understanding on consular cooperation.", ["JOR", "OMN"]),
    (TALKS + "The two governments signed a memorandum of understanding on consular cooperation.", ["JOR", "OMN"]),
    (VISIT + "A set of documents, including an agreement on air services, is expected to be signed after the "
     "talks.", ["QAT", "SVK"]),
    (VISIT + "Several agreements on energy and investment will be signed during the visit, the ministry said.",
     ["QAT", "SVK"]),
    (VISIT + "The two governments have prepared a package of documents, including a treaty on investment "
     "protection, for signing during the visit.", ["QAT", "SVK"]),
    (COURTS + "The supreme courts of the two countries signed a memorandum of understanding on judicial "
     "training.", ["HUN", "UZB"]),
])
def test_sides_or_countries_sign_as_states(extract, text, countries):
    record = extract(text)
    (event,) = agreements(record)
    assert event.countries == countries
    assert people(record, event) == set()


def test_the_ministers_sign_as_persons(extract):
    record = extract(TALKS + "The ministers signed a memorandum of understanding on consular cooperation.")
    (event,) = agreements(record)
    assert event.countries == ["JOR", "OMN"]
    assert people(record, event) == {"Badr Albusaidi", "Ayman Safadi"}


# A joint text the two sides put out is the heads of the talks' (events/signers.py told_by_states).
def test_a_joint_statement_the_two_sides_issued_is_the_talks_heads(extract):
    record = extract(TALKS + "At the end of the talks, the two sides issued a joint statement on regional security.")
    (event,) = agreements(record)
    assert event.countries == ["JOR", "OMN"]
    assert people(record, event) == {"Badr Albusaidi", "Ayman Safadi"}


def test_a_joint_statement_the_two_countries_issued_names_no_one(extract):
    record = extract(TALKS + "The two countries issued a joint statement on regional security.")
    (event,) = agreements(record)
    assert people(record, event) == set()
