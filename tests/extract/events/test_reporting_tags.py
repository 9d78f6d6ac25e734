"""The speaker of a reporting tag after the news is no party of it (events/asides.reporting_tag):
"X will pay a state visit to Y at the invitation of Z, Press Secretary W said on Wednesday" - the
parser hangs W on Z as an apposition; W tells the engagement. "The two leaders" are then the
visitor and the host, not the host and the press secretary (a title is matched by its words:
a presidential press secretary is no president)."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-11-12"


REPORT = (
    "DUSHANBE, Nov 12 (Asia-Plus) - President of Tajikistan Emomali Rahmon will pay a state visit to "
    "Mongolia on November 20-21 at the invitation of President Ukhnaagiin Khurelsukh, Presidential Press "
    "Secretary Sherali Khudoyorov said on Wednesday.\n\n"
    "The two leaders will hold talks in Ulaanbaatar on November 21. A package of documents is expected "
    "to be signed following the talks.\n\n"
    "Tajikistan and Mongolia established diplomatic relations in 1992.")


def test_the_press_secretary_is_no_party_of_the_visit(extract):
    record = extract(REPORT)
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    assert people(record, visits[0]) == {"Emomali Rahmon", "Ukhnaagiin Khurelsukh"}
    assert visits[0].countries == ["MNG", "TJK"]
    assert all("Sherali Khudoyorov" not in people(record, e) for e in record.events)


def test_the_two_leaders_are_the_visitor_and_the_host(extract):
    record = extract(REPORT)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Emomali Rahmon", "Ukhnaagiin Khurelsukh"}
    assert talks[0].status == "planned"
    assert talks[0].place is not None and talks[0].place.country == "MNG"


def test_a_spokesman_telling_reporters_after_the_news(extract):
    record = extract(
        "HANOI, Nov 12 (VNA) - Vietnamese Foreign Minister Bui Thanh Son will visit Laos next week at the "
        "invitation of Lao Foreign Minister Thongsavanh Phomvihane, ministry spokeswoman Pham Thu Hang told "
        "reporters on Wednesday.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    assert people(record, visits[0]) == {"Bui Thanh Son", "Thongsavanh Phomvihane"}
    assert visits[0].countries == ["LAO", "VNM"]


def test_a_speaker_before_the_news_is_no_party_of_it(extract):
    """'Aide X said the two presidents would meet again': X tells the news (asides.reporting_lead)."""
    record = extract(
        "MOSCOW, Nov 12 (TASS) - Russian President Vladimir Putin met with Tajik President Emomali Rahmon in "
        "the Kremlin on Wednesday. Kremlin aide Yuri Ushakov said the two presidents would meet again in "
        "Dushanbe in December.")
    assert all("Yuri Ushakov" not in people(record, e) for e in record.events)
    planned = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    assert planned and people(record, planned[0]) == {"Vladimir Putin", "Emomali Rahmon"}


def test_a_speaker_who_tells_his_own_engagement_is_a_party(extract):
    record = extract(
        "BAKU, Nov 12 (APA) - Azerbaijani Foreign Minister Jeyhun Bayramov said he would visit Tbilisi next "
        "week for talks with Georgian Foreign Minister Maka Botchorishvili.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and "Jeyhun Bayramov" in people(record, visits[0])
