"""One scene across sentences (issue 14; events/scene.py).

Talks whose sentence names no place are where their participant was just set by the sentence
before about that person ('X spoke to reporters in Mombasa. X later met Y'); not across a
paragraph, not across another day, not across a trip told between.
"""

from __future__ import annotations


def meetings(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_talks_take_the_scene_of_the_sentence_before(extract):
    record = extract("Kenyan President William Ruto spoke to reporters in Mombasa on Friday. Ruto later met "
                     "Ugandan President Yoweri Museveni to discuss the pipeline project.")
    got = meetings(record)
    assert [e.countries for e in got] == [["KEN", "UGA"]]
    assert got[0].place is not None and got[0].place.name == "Mombasa" and got[0].place.country == "KEN"


def test_fronted_scene_in_an_agency_report(extract):
    record = extract("ALMATY, 14 May (Kazinform) -- The Minister of Foreign Affairs of the Republic of Kazakhstan "
                     "Murat Nurtleu chaired a meeting of the ministry's board on Tuesday.\n\n"
                     "In Almaty, Nurtleu also addressed students of the university of international relations. "
                     "Nurtleu then held talks with Kyrgyz Foreign Minister Zheenbek Kulubaev.")
    got = meetings(record)
    assert [e.countries for e in got] == [["KAZ", "KGZ"]]
    assert got[0].place is not None and got[0].place.name == "Almaty"


def test_no_scene_across_a_paragraph(extract):
    record = extract("Kenyan President William Ruto spoke to reporters in Mombasa on Friday.\n\n"
                     "Ruto later met Ugandan President Yoweri Museveni to discuss the pipeline project.")
    got = meetings(record)
    assert got and (got[0].place is None or got[0].place.name != "Mombasa")


def test_no_scene_across_another_day(extract):
    record = extract("Kenyan President William Ruto spoke to reporters in Mombasa on Friday. On Monday, Ruto met "
                     "Ugandan President Yoweri Museveni to discuss the pipeline project.")
    got = meetings(record)
    assert got and (got[0].place is None or got[0].place.name != "Mombasa")


def test_places_in_what_was_said_do_not_blur_the_scene(extract):
    """'In Doha, X said Europe would ...': the scene is Doha; a place inside the reported words is
    what was said, not where X was."""
    record = extract("In Doha, Italian Foreign Minister Antonio Tajani said Europe would keep funding relief "
                     "in Gaza. Tajani made the remarks as he met with Qatari Prime Minister Mohammed bin "
                     "Abdulrahman Al Thani.")
    got = meetings(record)
    assert [sorted(e.countries) for e in got] == [["ITA", "QAT"]]
    assert got[0].place is not None and (got[0].place.name, got[0].place.country) == ("Doha", "QAT")

