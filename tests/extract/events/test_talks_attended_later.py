"""'The talks were attended by X' told many sentences after the talks (events/attended.py): a bare
back-reference reaches the story's talks however long ago they were told, and so does a delegation
list right after it; 'The reception was attended by X' refers only to talks told by receiving."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2026-04-08"

_MIDDLE = ("The two sides reviewed relations in trade and energy. They also exchanged views on regional security. "
           "The guest thanked his hosts for the warm welcome. He praised the growth of bilateral investment. "
           "He also spoke about cooperation in agriculture. Both sides stressed the need for closer contacts. ")


def _talks(record):
    return [e for e in record.events if e.kind == "meeting"]


def test_the_talks_attended_by_ministers_far_down_the_report(extract):
    record = extract(
        "DOHA, April 8 (QNA) -- Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani held talks today with "
        "Prime Minister of Malaysia Anwar Ibrahim, who is on an official visit to the country. " + _MIDDLE
        + "The talks were attended by Minister of State for Foreign Affairs Sultan bin Saad Al Muraikhi. "
        "The Malaysian delegation included Minister of Investment Tengku Zafrul Aziz.")
    talks = _talks(record)
    assert len(talks) == 1
    assert people(record, talks[0]) >= {"Sultan bin Saad Al Muraikhi", "Zafrul Aziz", "Anwar Ibrahim"}


def test_the_reception_attended_goes_to_the_talks_told_by_receiving(extract):
    record = extract(
        "JEDDAH, April 8 (SPA) -- Crown Prince Mohammed bin Salman received at Al-Salam Palace today President of "
        "Kenya William Ruto, who is on an official visit to the Kingdom. " + _MIDDLE
        + "The reception was attended by Minister of Investment Khalid Al-Falih.")
    talks = _talks(record)
    assert len(talks) == 1
    assert "Khalid Al-Falih" in people(record, talks[0])


def test_no_talks_before_no_attendees(extract):
    record = extract(
        "JEDDAH, April 8 (SPA) -- The Saudi cabinet met today and reviewed the budget. " + _MIDDLE
        + "The reception was attended by Minister of Investment Khalid Al-Falih.")
    assert all("Khalid Al-Falih" not in people(record, e) for e in _talks(record))


def test_it_was_attended_by_the_other_side_right_after(extract):
    record = extract(
        "RIYADH, April 8 (SPA) -- Crown Prince Mohammed bin Salman received at Al-Yamamah Palace today President of "
        "Ghana John Dramani Mahama, who is on an official visit to the Kingdom. The reception was attended by "
        "Minister of Investment Khalid Al-Falih. From the Ghanaian side, it was attended by Minister of Foreign "
        "Affairs Samuel Okudzeto Ablakwa.")
    talks = _talks(record)
    assert len(talks) == 1
    assert {"Khalid Al-Falih", "Samuel Okudzeto Ablakwa"} <= people(record, talks[0])


def test_it_attended_with_no_attendance_sentence_before_adds_no_one(extract):
    record = extract(
        "RIYADH, April 8 (SPA) -- Crown Prince Mohammed bin Salman received at Al-Yamamah Palace today President of "
        "Ghana John Dramani Mahama. The Riyadh Economic Forum opened on Monday. It was attended by Minister of "
        "Investment Khalid Al-Falih.")
    assert all("Khalid Al-Falih" not in people(record, e) for e in _talks(record))
