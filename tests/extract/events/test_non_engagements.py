"""Trigger words in a sense that names no engagement (issue 14; events/non_engagements.py, filter.py).

"told television audiences" speaks to viewers; "signed on to the programme" joins an initiative;
"a town hall meeting" is a politician's meeting with voters; "the talk of dialogue" is speech
about talks; "committed to the talks" and "resumption of the talks" name a standing negotiation.
The same words in their diplomatic sense stay: "granted an audience to the foreign minister",
"signed on Tuesday a programme", "held talks with his counterpart".
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "kind"), [
    ("Twelve African states, including Ghana and Senegal, have already signed on to the Nigerian-led "
     "programme.", "agreement"),
    ("Pyongyang dismissed the talk of dialogue with Seoul and Washington as a trick, saying the drills showed "
     "their real aim.", "multilateral"),
    ("A spokesman for the Serbian president said Belgrade and Pristina remained committed to the EU-led talks, "
     "but gave no date for a new round.", "meeting"),
    ("The European Commission expressed hope the vote will create favourable conditions for resumption of "
     "UN-sponsored talks between Greek Cypriot and Turkish Cypriot leaders.", "meeting"),
    ("Canadian Senator Marc Gold said at a town hall meeting on Friday in the U.S. state of Maine that ties with "
     "the United States would improve.", "meeting"),
])
def test_words_in_another_sense_are_no_engagement(extract, text, kind):
    assert kind not in {e.kind for e in extract(text).events}


@pytest.mark.parametrize(("text", "countries"), [
    ("Kenyan Foreign Minister Musalia Mudavadi met Tanzanian President Samia Suluhu Hassan in Dar es Salaam on "
     "Saturday. Mudavadi later told television audiences that the talks had gone well.", ["KEN", "TZA"]),
    ("Romanian President Klaus Iohannis met Moldovan President Maia Sandu in Chisinau on Friday. Iohannis then "
     "spoke to a live radio audience about the meeting.", ["MDA", "ROU"]),
])
def test_viewers_add_no_meeting(extract, text, countries):
    assert [e.countries for e in extract(text).events if e.kind == "meeting"] == [countries]


@pytest.mark.parametrize(("text", "kind", "countries"), [
    ("King Abdullah II granted an audience to Iraqi Foreign Minister Fuad Hussein in Amman on Monday.",
     "meeting", ["IRQ", "JOR"]),
    ("Armenian Foreign Minister Ararat Mirzoyan held talks with his Azerbaijani counterpart Jeyhun Bayramov in "
     "Almaty on Monday.", "meeting", ["ARM", "AZE"]),
    ("Kazakhstan and Uzbekistan signed on Tuesday a programme of economic cooperation for 2025-2027.",
     "agreement", ["KAZ", "UZB"]),
])
def test_the_diplomatic_sense_stays(extract, text, kind, countries):
    assert (kind, countries) in [(e.kind, e.countries) for e in extract(text).events]


def test_agency_report_keeps_the_audience_and_drops_the_viewers(extract):
    text = (
        "AMMAN, 12 May (Petra) -- His Majesty King Abdullah II received in audience on Monday Minister of "
        "Foreign Affairs of the Republic of Iraq Fuad Hussein, the Royal Hashemite Court said.\n\n"
        "The minister later told television audiences in Baghdad that the two countries had signed on to a "
        "regional water programme led by the World Bank.")
    events = extract(text).events
    assert [(e.kind, e.countries) for e in events if e.kind == "meeting"] == [("meeting", ["IRQ", "JOR"])]
    assert "agreement" not in {e.kind for e in events}
