"""A whole agency report about a visiting delegation (people/, nationality*.py, events/attended.py).

The visitor's delegation, his escorts and the attendees of the talks serve the visitor's state, the
host's officials the host's, whatever the city the report is filed from; the embassy's staff serve
the embassy's state; the talks list every named attendee, the visit only the visitor and his hosts.
"""

from __future__ import annotations

from people_views import officials

from dateline.article import Article

_REPORT = """ULAANBAATAR, 14 October (Montsame) -- Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh \
held official talks with the visiting Minister of Foreign Affairs and International Cooperation of the \
Republic of Rwanda Olivier Nduhungirehe on Tuesday.

The Rwandan minister was accompanied by Director General for Asia Claudine Uwera and Ambassador \
Jean-Pierre Karabaranga. The talks were also attended by Mongolian Deputy Minister of Foreign Affairs \
Munkhjargal Ganbold.

The sides discussed cooperation in agriculture and education. The embassy's counsellor Eric Mugisha \
later briefed journalists."""


def _record(extractor):
    return extractor.extract(Article(text=_REPORT, id="t", published="2025-10-14"))


def test_each_official_serves_his_own_side(extractor):
    found = officials(_record(extractor))
    assert found["Battsetseg Batmunkh"] == ("Minister of Foreign Affairs", "MNG")
    assert found["Olivier Nduhungirehe"] == ("Minister of Foreign Affairs and International Cooperation", "RWA")
    assert found["Claudine Uwera"][1] == "RWA"
    assert found["Jean-Pierre Karabaranga"][1] == "RWA"
    assert found["Munkhjargal Ganbold"] == ("Deputy Minister of Foreign Affairs", "MNG")
    assert found["Eric Mugisha"][1] == "RWA"


def test_the_talks_list_their_attendees_and_the_visit_its_sides(extractor):
    record = _record(extractor)
    names = {a.id: a.name for a in record.actors}
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert {"Battsetseg Batmunkh", "Olivier Nduhungirehe", "Munkhjargal Ganbold"} <= {
        names[i] for i in talks[0].participants}
    assert "Eric Mugisha" not in {names[i] for e in record.events for i in e.participants}
