"""A subject pronoun of a subordinate or coordinated clause is the main clause's subject
(coref._same_subject): "He flew to Rabat for talks with X before he is to meet Y" - the second
"he" is the traveller, not X, the last person named."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Event, Record


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def test_before_he_meets_is_the_travellers_meeting(extractor):
    record = extractor.extract(Article(id="t", published="2025-04-02", text=(
        "Spanish Prime Minister Pedro Sanchez arrived in Algiers on Monday. He then flew to Rabat for talks on "
        "Tuesday with Moroccan Prime Minister Aziz Akhannouch before he is to meet Mauritanian President "
        "Mohamed Ould Ghazouani in Nouakchott on Thursday.")))
    meetings = [e for e in record.events if e.kind == "meeting"]
    with_ghazouani = [e for e in meetings if "Mohamed Ould Ghazouani" in people(record, e)]
    assert len(with_ghazouani) == 1
    assert people(record, with_ghazouani[0]) == {"Pedro Sanchez", "Mohamed Ould Ghazouani"}
    assert with_ghazouani[0].countries == ["ESP", "MRT"]
    assert with_ghazouani[0].status == "planned"


def test_a_named_subject_leaves_the_pronoun_to_the_usual_rules(extractor):
    record = extractor.extract(Article(id="t", published="2025-04-02", text=(
        "Lithuanian President Gitanas Nauseda received Latvian President Edgars Rinkevics in Vilnius on "
        "Monday after he arrived on a state visit.")))
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all("Gitanas Nauseda" not in {record.actor(a).name for a in e.source} for e in visits)
