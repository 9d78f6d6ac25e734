"""No sentence starts inside a run of capitalised words (extract/name_runs.py): a long title chain
before a name ("Azerbaijan's Minister of Justice Farid Ahmadov") stays in the sentence of the talks
it is a party of, while a line break or a full stop still lets a sentence begin."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2024-09-10"


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


SENTENCE = ("Later in the day, the Chinese delegation held talks with Azerbaijan's Minister of Justice Farid "
            "Ahmadov on the enforcement of court decisions.")


def test_a_title_chain_keeps_its_name_in_the_sentence(extractor):
    doc = extractor.nlp(SENTENCE)
    assert len(list(doc.sents)) == 1


def test_the_minister_is_a_party_of_the_delegations_talks(extract):
    record = extract(
        "BAKU, September 10 (Trend) - A delegation led by President of the Supreme People's Court of China "
        "Zhang Jun arrived in Baku on Tuesday on an official visit.\n\n" + SENTENCE)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Zhang Jun", "Farid Ahmadov"}
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1 and people(record, visits[0]) == {"Zhang Jun", "Farid Ahmadov"}


def test_a_line_break_and_a_full_stop_leave_the_parser_free(extractor):
    nlp = extractor.nlp
    doc = nlp.make_doc("Aliyev Receives Kazakh Foreign Minister\nBAKU, May 3 (AZERTAC) - President Ilham Aliyev "
                       "received Murat Nurtleu in the U.S. Embassy. Nurtleu Thanked the president.")
    doc = nlp.get_pipe("dateline_name_runs")(doc)
    marked = {t.text: t.is_sent_start for t in doc}
    assert marked["Ilham"] is False and doc[0].is_sent_start is not False  # the first word of the text
    assert marked["BAKU"] is None and marked["Embassy"] is None  # after a line break, after "U.S."
    assert marked["Thanked"] is False and [t.is_sent_start for t in doc if t.text == "Nurtleu"] == [False, None]
