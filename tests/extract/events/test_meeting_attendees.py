"""'The meeting was attended by the Ambassador of Kyrgyzstan to the Kingdom, X': the named people a
sentence says attended the talks told just before are parties of those talks (events/attended.py),
not of the visit; a person of a third state, or a meeting named by its own words, takes no one."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-04-14"


def test_the_ambassador_attending_is_a_party_of_the_reception(extract):
    record = extract(
        "MANAMA, April 14 (BNA) -- Foreign Minister Abdullatif bin Rashid Al Zayani received at the ministry today "
        "the Minister of Foreign Affairs of the Kyrgyz Republic, Jeenbek Kulubaev, who is on an official visit to "
        "the Kingdom.\n\n"
        "The two sides reviewed bilateral relations. The meeting was attended by the Ambassador of Kyrgyzstan to "
        "the Kingdom, Almaz Imangaziev.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Abdullatif bin Rashid Al Zayani", "Jeenbek Kulubaev", "Almaz Imangaziev"}
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all("Almaz Imangaziev" not in people(record, v) for v in visits)


def test_an_attendee_of_a_third_state_is_left_out(extract):
    record = extract(
        "Greek Foreign Minister Giorgos Gerapetritis met Cypriot Foreign Minister Constantinos Kombos in Athens "
        "on Monday. The meeting was attended by Egyptian Foreign Minister Badr Abdelatty.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and people(record, talks[0]) == {"Giorgos Gerapetritis", "Constantinos Kombos"}


_TALKS = ("ASTANA, March 3 (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu held talks with UAE Foreign Minister "
          "Abdullah bin Zayed Al Nahyan, who is in Astana on an official visit.\n\n"
          "The sides discussed trade and investment cooperation. Nurtleu noted that the UAE is one of the largest "
          "investors in Kazakhstan.\n\n")


def test_every_attendee_of_a_list_and_three_sentences_on(extract):
    record = extract(_TALKS + "The talks were also attended by the Ambassador of the UAE to Kazakhstan Mohammed Salem "
                     "Al Rashedi and Kazakh Vice Minister of Trade Zhanel Kushukova.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Murat Nurtleu", "Abdullah bin Zayed Al Nahyan", "Mohammed Salem Al Rashedi",
                                        "Zhanel Kushukova"}
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all("Zhanel Kushukova" not in people(record, v) for v in visits)


def test_attendees_told_as_subject_or_after_present(extract):
    for told in ("UAE Ambassador Mohammed Salem Al Rashedi and Kazakh Vice Minister of Trade Zhanel Kushukova also "
                 "took part in the talks.",
                 "Also present at the meeting were UAE Ambassador Mohammed Salem Al Rashedi and Kazakh Vice Minister "
                 "of Trade Zhanel Kushukova.",
                 "UAE Ambassador Mohammed Salem Al Rashedi and Kazakh Vice Minister of Trade Zhanel Kushukova also "
                 "attended the meeting."):
        record = extract(_TALKS + told)
        talks = [e for e in record.events if e.kind == "meeting"]
        assert len(talks) == 1, told
        assert {"Mohammed Salem Al Rashedi", "Zhanel Kushukova"} <= people(record, talks[0]), told


def test_a_clause_of_its_own_adds_nobody(extract):
    record = extract(_TALKS + "The talks were attended by Kazakh Vice Minister of Trade Zhanel Kushukova, who later "
                     "met Egyptian Ambassador Ahmed Farouk.")
    talks = [e for e in record.events if e.kind == "meeting" and "Murat Nurtleu" in people(record, e)]
    assert talks and "Zhanel Kushukova" in people(record, talks[0])
    assert "Ahmed Farouk" not in people(record, talks[0])
