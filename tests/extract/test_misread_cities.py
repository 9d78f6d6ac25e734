"""A known city the NER misreads after "in" is the engagement's place (dateline/extract/misread_cities.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.extract.misread_cities import cities_after_in
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2026-05-12"))


def places(record: Record, kind: str) -> list[tuple[str | None, str | None]]:
    return [(e.place.name if e.place else None, e.place.country if e.place else None)
            for e in record.events if e.kind == kind]


def test_talks_in_a_city_the_tagger_calls_a_person(extractor):
    record = run(extractor, "Turkish Foreign Minister Hakan Fidan held talks with his Greek counterpart "
                            "Giorgos Gerapetritis in Izmir on Monday.")
    assert [c for _, c in places(record, "meeting")] == ["TUR"]
    assert not any(a.kind == "person" and a.name == "Izmir" for a in record.actors)


def test_a_reception_in_a_city_the_tagger_leaves_bare(extractor):
    record = run(extractor, "Ugandan President Yoweri Museveni received Kenyan President William Ruto "
                            "in Entebbe on Monday.")
    assert ("Entebbe", "UGA") in places(record, "meeting")


def test_a_recalled_meeting_keeps_its_own_city(extractor):
    record = run(extractor, "Bulgarian Prime Minister Rosen Zhelyazkov held talks with Greek Prime Minister "
                            "Kyriakos Mitsotakis in Sofia on Monday. The two leaders last met in Thessaloniki "
                            "in March.")
    dated = {(e.date.start if e.date else None): e.place.country if e.place else None
             for e in record.events if e.kind == "meeting"}
    assert dated.get("2026-03") == "GRC"
    assert dated.get("2026-05-11") == "BGR"


def test_only_a_known_city_after_in_is_relabelled(extractor):
    doc = extractor.nlp("The ministers met in Durban on Friday. The deal was signed in Brussels on Monday.")
    before = {e.text: e.label_ for e in doc.ents}
    cities_after_in(doc)
    labels = {e.text: (e.label_, e.ent_id_) for e in doc.ents}
    assert before.get("Durban") != "GPE"  # the tagger's misreading this test is about
    assert labels["Durban"] == ("GPE", "")  # a place, with no country code: no side of the talks
    assert labels["Brussels"][0] == "GPE"  # read right already: untouched


def test_no_city_in_a_longer_name_or_an_organisation(extractor):
    doc = extractor.nlp("He spoke in Durban Chamber of Commerce hall. She invested in Gazprom last year.")
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    cities_after_in(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


def test_a_journey_to_a_city_the_tagger_calls_a_person(extractor):
    record = run(extractor, "Cypriot President Nikos Christodoulides will travel to Izmir on Friday for talks with "
                            "Turkish Vice President Cevdet Yilmaz.")
    assert not any(a.kind == "person" and a.name == "Izmir" for a in record.actors)
    assert [c for _, c in places(record, "visit")] == ["TUR"]


def test_a_visit_to_a_city_then_talks_there(extractor):
    record = run(extractor, "Indonesian Foreign Minister Sugiono paid a visit to Cartagena on Monday, where he held "
                            "talks with Colombian Foreign Minister Rosa Villavicencio.")
    assert not any(a.kind == "person" and a.name == "Cartagena" for a in record.actors)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and set(talks[0].countries) == {"COL", "IDN"}
