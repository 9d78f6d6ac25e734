"""A body's other name in brackets inside a title chain stays out of the title and does not cut the
chain (dateline/extract/title_brackets.py); a lower-case patronymic suffix or last syllable ends the name
(name_spans._with_suffix)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def officials(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def test_a_legislature_glossed_in_brackets(extractor):
    record = run(extractor, "BAKU, Oct. 13. Chairman of the Milli Majlis (Parliament) of Azerbaijan Sahiba "
                            "Gafarova met with a delegation led by Chairman of the Senate of Uzbekistan Tanzila "
                            "Narbayeva, Trend reports.")
    found = officials(record)
    assert found["Sahiba Gafarova"] == ("Chairman of the Milli Majlis", "AZE")
    assert found["Tanzila Narbayeva"][1] == "UZB"
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["AZE", "UZB"]


def test_a_local_name_in_brackets_and_a_patronymic_suffix(extractor):
    record = run(extractor, "Turkish President Recep Tayyip Erdogan received Speaker of the Kyrgyz Parliament "
                            "(Jogorku Kenesh) Marlen Asanbek uulu in Ankara on Tuesday.")
    found = officials(record)
    assert "Marlen Asanbek uulu" in found
    title, country = found["Marlen Asanbek uulu"]
    assert title is not None and title.startswith("Speaker") and "Kenesh" not in title and country == "KGZ"
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["KGZ", "TUR"]


def test_a_lower_case_gloss(extractor):
    record = run(extractor, "Chairman of the Mazhilis (lower house) of Kazakhstan Daulet Nurzhanov met Turkish "
                            "Parliament Speaker Numan Kurtulmus in Astana.")
    assert officials(record)["Daulet Nurzhanov"] == ("Chairman of the Mazhilis", "KAZ")


def test_an_outlet_in_brackets_is_no_gloss(extractor):
    record = run(extractor, "ASTANA (Kazinform) Minister of Foreign Affairs Murat Nurtleu met the Iranian "
                            "ambassador on Monday.")
    title, _ = officials(record)["Murat Nurtleu"]
    assert title == "Minister of Foreign Affairs"


def test_a_lower_case_last_syllable_after_a_listed_family_name(extractor):
    record = run(extractor, "North Korean leader Kim Jong il received Chinese Vice Premier Wu Yi in Pyongyang on "
                            "Friday. Mr. Kim said the talks were good.")
    found = officials(record)
    assert "Kim Jong il" in found and "Kim Jong" not in found
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert {record.actor(i).name for i in meeting.participants if record.actor(i).kind == "person"} == {
        "Kim Jong il", "Wu Yi"}


def test_a_nickname_in_quotes_inside_the_name(extractor):
    record = run(extractor, 'Uruguayan President Jose "Pepe" Mujica met Argentine President Cristina Fernandez in '
                            'Montevideo on Friday. Mujica said the bridge would reopen.')
    found = officials(record)
    assert found['Jose "Pepe" Mujica'] == ("President", "URY")
    assert not any(name.startswith("Jose") and name != 'Jose "Pepe" Mujica' for name in found)


def test_a_quoted_phrase_after_a_name_is_no_nickname(extractor):
    record = run(extractor, 'Foreign Minister Ana Soto said "Peace Now" was the goal of the talks in Lima.')
    assert "Ana Soto" in officials(record)
