"""A document signed by 'the two sides' (or 'the two leaders') whose clause names no one is signed by
the two persons of the bilateral talks told just before (events/pair_signers.py); a plural of states
('the two countries') lends no persons."""

from __future__ import annotations

from event_views import agreements, people

PUBLISHED = "2025-06-10"

TALKS = ("AMMAN, June 10 (Petra) - Jordanian Foreign Minister Ayman Safadi held talks in Amman on Tuesday with "
         "Omani Foreign Minister Badr Albusaidi, who arrived in the kingdom on Monday.\n\nThe talks focused on "
         "regional developments and on expanding trade between the two countries.\n\n")


def test_the_two_sides_who_signed_are_the_talks_persons(extract):
    record = extract(TALKS + "In a joint press conference following the talks, Safadi said the two sides signed a "
                             "memorandum of understanding on political consultations between the two foreign "
                             "ministries.")
    signing = agreements(record)[0]
    assert people(record, signing) == {"Ayman Safadi", "Badr Albusaidi"}


def test_the_two_countries_who_signed_lend_no_persons(extract):
    record = extract(TALKS + "In a joint press conference following the talks, Safadi said the two countries "
                             "signed a memorandum of understanding on political consultations.")
    signing = agreements(record)[0]
    assert people(record, signing) == set()
