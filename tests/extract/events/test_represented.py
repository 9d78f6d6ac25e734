"""Who sits at a multilateral meeting, told around it (events/represented.py): its chair ("held its
regular meeting, chaired by X") and the states' representatives ("A was represented by Y, and B by
Z"); a visitor who sat at a meeting in the host state has its chair as host (events/counterparts_met.py)."""

from __future__ import annotations

from event_views import people

from dateline.article import Article

REPORT = (
    "DUSHANBE, June 3 (Khovar) - The Council of Interior Ministers of the CIS member states held its regular "
    "meeting in Dushanbe on Tuesday, chaired by Interior Minister of Tajikistan Ramazon Rahimzoda.\n\n"
    "Ministers and heads of delegations from Armenia, Belarus, Kazakhstan, Russia, Tajikistan and Uzbekistan "
    "attended the meeting. Kazakhstan was represented by Interior Minister Yerzhan Sadenov, who is on a "
    "working visit to Tajikistan, and Uzbekistan by Interior Minister Pulat Bobojonov.\n\n"
    "The council discussed cooperation against drug trafficking and cybercrime.")


def _held(record):
    return [e for e in record.events if e.kind == "multilateral" and e.status == "occurred"]


def test_the_chair_and_the_representatives_sit_at_the_meeting(extractor):
    record = extractor.extract(Article(text=REPORT, id="t", published="2025-06-03"))
    held = _held(record)
    assert len(held) == 1
    assert {"Ramazon Rahimzoda", "Yerzhan Sadenov", "Pulat Bobojonov"} <= people(record, held[0])
    assert {"KAZ", "TJK", "UZB"} <= set(held[0].countries)


def test_the_visitor_who_sat_at_the_meeting_has_its_chair_as_host(extractor):
    text = ("BISHKEK, Nov 14 (Kabar) - The Council of Defence Ministers of the CSTO held its regular meeting in "
            "Bishkek on Tuesday, chaired by Defence Minister of Kyrgyzstan Ruslan Mukambetov.\n\n"
            "Kazakh Defence Minister Ruslan Zhaksylykov, who is on a working visit to Kyrgyzstan, and Armenian "
            "Defence Minister Suren Papikyan attended the meeting.")
    record = extractor.extract(Article(text=text, id="t", published="2025-11-14"))
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    assert visits[0].countries == ["KAZ", "KGZ"]
    assert set(visits[0].persons) == {"Ruslan Zhaksylykov", "Ruslan Mukambetov"}


def test_a_representative_of_no_party_state_is_not_added(extractor):
    text = ("BAKU, May 5 (Trend) - The foreign ministers of Azerbaijan, Georgia and Turkiye met in Baku on "
            "Monday. Georgia was represented by Foreign Minister Maka Botchorishvili. In a separate event, "
            "France was represented by Ambassador Anne Boillon at a reception in the capital.")
    record = extractor.extract(Article(text=text, id="t", published="2025-05-05"))
    held = _held(record)
    assert held and "Maka Botchorishvili" in people(record, held[0])
    assert "Anne Boillon" not in people(record, held[0])


def test_the_heads_of_the_sides_are_the_talks_people_not_the_story_host(extractor):
    record = extractor.extract(Article(text=(
        "ASTANA, March 10. Political consultations between the foreign ministries of Kazakhstan and Latvia were "
        "held in Astana on Tuesday.\n\nThe Kazakh delegation was headed by Kazakh Deputy Foreign Minister Alibek "
        "Bakayev, and the Latvian delegation was headed by Latvian State Secretary Andris Pelss.\n\nThe sides discussed trade and transit. "
        "The visit of the Latvian delegation comes ahead of the session of the intergovernmental commission.\n\n"
        "The same day, the head of the Latvian delegation was received by Foreign Minister of Kazakhstan "
        "Murat Nurtleu."), id="t", published="2026-03-10"))
    (talks,) = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "consultations"]
    assert people(record, talks) == {"Alibek Bakayev", "Andris Pelss"}


def test_the_cochairs_of_a_planned_sitting_are_its_own_people(extractor):
    record = extractor.extract(Article(text=(
        "ABU DHABI, Sept 29 (WAM) - UAE President Mohamed bin Zayed Al Nahyan held talks with Philippine "
        "President Ferdinand Marcos Jr. in Abu Dhabi today. The talks were attended by UAE Minister of State "
        "Thani Al Zeyoudi and Philippine Trade Secretary Cristina Roque.\n\nThe two leaders announced that the "
        "first meeting of the UAE-Philippines Joint Economic Committee will be convened in Manila next year, "
        "co-chaired by Dr. Al Zeyoudi and Secretary Roque."),
        id="t", published="2026-09-29"))
    (sitting,) = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    assert people(record, sitting) == {"Thani Al Zeyoudi", "Cristina Roque"}
