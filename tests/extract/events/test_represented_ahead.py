"""A side 'will be led by' X at the sitting ahead, not at the talks told today (events/represented.py):
"Bangladesh and Malaysia will hold consultations on February 10. ... the High Commissioner paid a courtesy
call on him today. ... the Malaysian side will be led by X": X sits at the consultations. A Commonwealth
High Commissioner at his post makes no visit (events/resident.py)."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2026-01-20"

_TEXT = ("DHAKA, Jan 20 (BSS) - Bangladesh and Malaysia will hold the 6th Foreign Office Consultations in Kuala "
         "Lumpur on February 10.\n\nForeign Secretary Asad Alam Siam shared the information when Malaysian High "
         "Commissioner Mohd Azlan Ismail paid a courtesy call on him at his office today.\n\n"
         "The Malaysian side will be led by Secretary General of the Ministry of Foreign Affairs Amran Mohamed Zin.")


def test_the_side_led_ahead_sits_at_the_planned_consultations(extract):
    record = extract(_TEXT)
    planned = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    held = [e for e in record.events if e.kind == "meeting" and e.status == "occurred"]
    assert planned and "Amran Mohamed Zin" in people(record, planned[0])
    assert held and people(record, held[0]) == {"Asad Alam Siam", "Mohd Azlan Ismail"}


def test_a_high_commissioner_at_his_post_makes_no_visit(extract):
    record = extract(_TEXT)
    assert not [e for e in record.events if e.kind == "visit"]


def test_a_high_commissioner_is_a_resident_envoy_unless_of_a_cause():
    from dateline.extract.document import ActorDraft
    from dateline.extract.events.resident import resident_envoy

    assert resident_envoy(ActorDraft("a1", "person", "Mohd Azlan Ismail", title="High Commissioner", country="MYS"))
    assert not resident_envoy(ActorDraft("a2", "person", "Volker Turk", title="High Commissioner for Human Rights"))


def test_the_one_who_will_lead_a_side_sits_there_too(extract):
    record = extract(_TEXT.replace("The Malaysian side will be led by", "Siam will lead the Bangladesh delegation, "
                                   "while the Malaysian side will be led by"))
    planned = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    assert planned and people(record, planned[0]) == {"Asad Alam Siam", "Amran Mohamed Zin"}


def test_a_side_led_by_a_past_verb_takes_the_talks_held(extract):
    record = extract("ASTANA, Jan 20 (Kazinform) - Kazakh Foreign Minister Murat Nurtleu held talks with Uzbek Foreign "
                     "Minister Bakhtiyor Saidov in Astana today.\n\nDeputy Foreign Minister Alibek Bakayev also headed "
                     "the Kazakh delegation.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and "Alibek Bakayev" in people(record, talks[0])
