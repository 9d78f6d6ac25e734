"""'his Belarusian counterpart' resolves to the named official whose state the text tells only
through the context ("and Belarus by Prosecutor General X"): coref looks at relational mentions
again after nationality."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Event, Record


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def test_counterpart_whose_state_comes_from_the_context(extractor):
    record = extractor.extract(Article(id="t", published="2025-10-08", text=(
        "ASTANA, Oct 8 (Steppe Wire) - The Coordination Council of Prosecutors General of the CIS member states "
        "held its regular meeting in Astana on Tuesday.\n\nUzbekistan was represented by Prosecutor General "
        "Nigmatilla Yuldashev, who is on a working visit to Kazakhstan, and Belarus by Prosecutor General "
        "Andrei Shved.\n\nOn the sidelines, Yuldashev met his Belarusian counterpart. The two prosecutors "
        "general discussed extradition.")))
    talks = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "met"]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Nigmatilla Yuldashev", "Andrei Shved"}
    assert talks[0].countries == ["BLR", "UZB"]


def test_the_leader_whose_state_comes_from_the_context(extractor):
    record = extractor.extract(Article(id="t", published="2025-05-14", text=(
        "BAKU, May 14 (Caspian Wire) - Kyrgyz Foreign Minister Jeenbek Kulubaev was received by President "
        "Ilham Aliyev on Wednesday.\n\nKulubaev conveyed to the Azerbaijani leader an invitation from "
        "President Sadyr Japarov to visit Bishkek.")))
    invitations = [e for e in record.events if e.kind == "invitation"]
    assert len(invitations) == 1
    assert people(record, invitations[0]) == {"Sadyr Japarov", "Ilham Aliyev"}
    assert invitations[0].countries == ["AZE", "KGZ"]
