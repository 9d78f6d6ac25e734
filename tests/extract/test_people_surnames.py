"""A person told by surname alone (people/actors.py, coref.py, nationality.py, known.py).

"Mr. Assad" is Bashar al-Assad named before (the Arabic article dropped) and "Mr. Roed-Larsen" a
hyphenated surname; "Mr. Hu" or "Ms. Otunbayeva" with no full name in the copy serve the one state
the dictionary lists for that surname, when the document names that state.
"""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-04-07"))


def persons(record: Record) -> dict[str, str | None]:
    return {a.name: a.country for a in record.actors if a.kind == "person"}


def test_a_surname_without_its_arabic_article_is_the_person_named_before(extractor):
    record = run(extractor, "Iraqi President Jalal Talabani met Syrian President Bashar al-Assad in "
                            "Damascus on Sunday. An aide said Mr. Talabani and Mr. Assad spoke for three "
                            "hours about the border.")
    assert set(persons(record)) == {"Jalal Talabani", "Bashar al-Assad"}
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 1 and meetings[0].countries == ["IRQ", "SYR"]


def test_a_hyphenated_surname_is_the_person_named_before(extractor):
    record = run(extractor, "U.N. envoy Terje Roed-Larsen arrived in Beirut on Monday. Mr. Roed-Larsen "
                            "said the talks would continue.")
    assert set(persons(record)) == {"Terje Roed-Larsen"}


def test_a_surname_alone_takes_the_listed_state_the_document_names(extractor):
    record = run(extractor, "The two sides discussed a strategic partnership between China and South "
                            "Korea. Mr. Hu is scheduled to make a state visit to South Korea next month.")
    assert persons(record)["Hu"] == "CHN"
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.countries == ["CHN", "KOR"]


def test_a_surname_alone_stays_stateless_when_the_document_does_not_name_its_state(extractor):
    record = run(extractor, "Mr. Hu is scheduled to make a state visit to South Korea next month.")
    assert persons(record)["Hu"] is None


def test_a_leader_named_by_the_bare_surname_serves_the_listed_state(extractor):
    record = run(extractor, "Demonstrators marched through Ankara on Sunday against Netanyahu's visit to Turkey.")
    assert persons(record)["Netanyahu"] == "ISR"
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.countries == ["ISR", "TUR"]
    # a post listed with its body: "President of the Palestinian Authority"
    record = extractor.extract(Article(text="Arafat arrived in Cairo on Monday for talks with Egyptian officials.",
                                       id="t", published="2002-04-07"))
    assert persons(record)["Arafat"] == "PSE"


def test_a_bare_surname_in_dated_copy_is_a_head_only_near_his_tenure(extractor):
    text = "Protesters gathered outside the embassy during Blair's visit to Beirut."
    early = extractor.extract(Article(text=text, id="t", published="2006-09-11"))
    late = extractor.extract(Article(text=text, id="t", published="2025-09-11"))
    assert persons(early)["Blair"] == "GBR"
    assert persons(late).get("Blair") is None


def test_two_leaders_named_by_bare_surnames_are_the_two_sides_of_their_talks(extractor):
    record = run(extractor, "Meloni and Sanchez held talks in Rome on Friday, an Italian official said.")
    assert persons(record) == {"Meloni": "ITA", "Sanchez": "ESP"}
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["ESP", "ITA"]


def test_a_bare_surname_two_listed_states_share_stays_stateless(extractor):
    # Viktor Orban (Hungary) and Ludovic Orban (Romania) are both listed heads of government.
    record = run(extractor, "Orban is expected to hold talks in Vienna next week.")
    assert persons(record).get("Orban") is None


def test_a_titled_surname_without_its_article_or_written_first_is_the_listed_holder(extractor):
    record = run(extractor, "Prime Minister Maliki refused to set a timetable, and President Hu said "
                            "the talks would go on.")
    assert persons(record)["Maliki"] == "IRQ"
    assert persons(record)["Hu"] == "CHN"


def test_a_bare_surname_the_tagger_reads_as_a_common_noun_is_still_the_head(extractor):
    record = run(extractor, "Trump welcomed Starmer to the White House on Thursday for talks on trade.")
    assert persons(record) == {"Trump": "USA", "Starmer": "GBR"}
    assert any(e.kind == "meeting" and e.countries == ["GBR", "USA"] for e in record.events)


def test_a_bare_surname_that_modifies_a_noun_names_no_person(extractor):
    # the bounds of the rule above: a head's surname as the modifier of a noun is no mention of him
    record = run(extractor, "A vice president of the Trump organization, Eric Lutz, said the tower would open in 2027.")
    assert "Trump" not in persons(record) and "Donald Trump" not in persons(record)
