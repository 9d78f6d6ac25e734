"""Who attended talks, told a few sentences on (events/attended.py): a side's members named by a passive
'represent' ("The Turkmen side was represented by A and B"), those "also present" with no phrase of
their own ("A and B were also present"), and a delegation list told after the story of the talks went on
("The talks then continued in an extended format") more than a few sentences after the talks."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2026-03-03"

_TALKS = ("TBILISI, March 3 (Caspian Wire) - Georgian Prime Minister Irakli Kobakhidze held talks with Azerbaijani "
          "Prime Minister Ali Asadov in Tbilisi on Tuesday.\n\n")
_FILLER = ("The sides discussed transit through the Caspian. Kobakhidze praised the pace of the railway works. "
           "Asadov said trade had grown by a fifth. He thanked the Georgian side for its hospitality. The two "
           "prime ministers also discussed energy. ")


def _talks(record):
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    return talks[0]


def test_a_side_represented_by_its_members_five_sentences_on(extract):
    record = extract(_TALKS + _FILLER + "The talks then continued in an extended format.\n\nThe Azerbaijani side was "
                     "represented by Foreign Minister Jeyhun Bayramov and Economy Minister Mikayil Jabbarov.")
    assert people(record, _talks(record)) == {"Irakli Kobakhidze", "Ali Asadov", "Jeyhun Bayramov",
                                              "Mikayil Jabbarov"}


def test_a_delegation_list_after_the_talks_go_on(extract):
    record = extract(_TALKS + _FILLER + "The talks then continued with the participation of the delegations. The "
                     "Georgian delegation included Foreign Minister Maka Botchorishvili.")
    assert "Maka Botchorishvili" in people(record, _talks(record))


def test_no_back_reference_keeps_the_window(extract):
    record = extract(_TALKS + _FILLER + "Later, Asadov laid a wreath at the memorial. He then toured the port. "
                     "The Azerbaijani delegation included Foreign Minister Jeyhun Bayramov.")
    assert "Jeyhun Bayramov" not in people(record, _talks(record))


def test_those_also_present(extract):
    record = extract("ISLAMABAD, March 3 (APP): Prime Minister Shehbaz Sharif on Tuesday received visiting Turkish "
                     "Foreign Minister Hakan Fidan at the PM House. Deputy Prime Minister Ishaq Dar and Interior "
                     "Minister Mohsin Naqvi were also present.")
    assert people(record, _talks(record)) == {"Shehbaz Sharif", "Hakan Fidan", "Ishaq Dar", "Mohsin Naqvi"}


def test_present_at_something_else_is_no_attendee(extract):
    record = extract("ISLAMABAD, March 3 (APP): Prime Minister Shehbaz Sharif on Tuesday received visiting Turkish "
                     "Foreign Minister Hakan Fidan at the PM House. Interior Minister Mohsin Naqvi was also present "
                     "at the inauguration of the new terminal.")
    assert "Mohsin Naqvi" not in people(record, _talks(record))


def test_attendees_listed_with_semicolons(extract):
    record = extract("DOHA, March 3 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani received Prime "
                     "Minister of Georgia Irakli Kobakhidze at the Amiri Diwan today. The two sides discussed "
                     "cooperation in energy and trade.\n\nThe meeting was attended by Sheikh Mohammed bin Abdulrahman "
                     "Al Thani, Prime Minister and Minister of Foreign Affairs; Sheikh Faisal bin Thani Al Thani, "
                     "Minister of Commerce and Industry; and Saad Sherida Al Kaabi, Minister of State for Energy Affairs.")
    assert {"Faisal bin Thani Al Thani", "Saad Sherida Al Kaabi"} <= people(record, _talks(record))


def test_a_semicolon_before_a_clause_ends_the_list(extract):
    record = extract("DOHA, March 3 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani received Prime "
                     "Minister of Georgia Irakli Kobakhidze at the Amiri Diwan today.\n\nThe meeting was attended by "
                     "Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs; later, "
                     "Kobakhidze visited Qatar University with Georgian Economy Minister Mariam Kvrivishvili.")
    assert "Mariam Kvrivishvili" not in people(record, _talks(record))
