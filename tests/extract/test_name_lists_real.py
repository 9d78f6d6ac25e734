"""Lists of officials in real copy (dateline/extract/name_lists.py): a plural title before names the
NER partly misreads, the state before the plural title, and names after their countries'
possessives."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def officials(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def test_every_mp_of_a_list_keeps_the_title_and_the_state(extractor):
    record = run(extractor, "Uzbek Foreign Minister Bakhtiyor Saidov met with Kyrgyz MPs Nurlanbek "
                            "Azygaliev, Dastan Bekeshev and Elvira Surabaldieva in Bishkek on Tuesday.")
    found = officials(record)
    for name in ("Nurlanbek Azygaliev", "Dastan Bekeshev", "Elvira Surabaldieva"):
        assert found[name] == ("MP", "KGZ"), found
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["KGZ", "UZB"]


def test_the_state_before_a_plural_title_reaches_each_name(extractor):
    record = run(extractor, "The delegation included Kazakh lawmakers Aidos Bekov, Yerlan Sadykov and "
                            "Zhanna Omarova, the embassy said.")
    found = officials(record)
    assert {found[n][1] for n in ("Aidos Bekov", "Yerlan Sadykov", "Zhanna Omarova")} == {"KAZ"}


def test_a_name_the_ner_calls_a_nationality_in_a_list(extractor):
    record = run(extractor, "Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan met in Almaty on Friday.")
    found = officials(record)
    assert found["Jeyhun Bayramov"] == ("Foreign Minister", "AZE")
    assert found["Ararat Mirzoyan"] == ("Foreign Minister", "ARM")


def test_names_after_their_countries_possessives_take_the_title_of_the_countries_list(extractor):
    record = run(extractor, "The presidents of Ecuador, Peru and Colombia met on Friday in the border town "
                            "of Tumbes. Ecuador's Daniel Noboa, Peru's Dina Boluarte and Colombia's Gustavo "
                            "Petro signed a declaration on border security.")
    found = officials(record)
    assert found["Daniel Noboa"] == ("President", "ECU")
    assert found["Dina Boluarte"] == ("President", "PER")
    assert found["Gustavo Petro"] == ("President", "COL")
    declaration = next(e for e in record.events if e.kind == "agreement")
    assert declaration.countries == ["COL", "ECU", "PER"]


def test_possessive_list_without_a_plural_title_gives_the_states_only(extractor):
    record = run(extractor, "Kazakhstan's Murat Nurtleu and Azerbaijan's Jeyhun Bayramov held talks in "
                            "Astana on Monday.")
    found = officials(record)
    assert found["Murat Nurtleu"][1] == "KAZ" and found["Jeyhun Bayramov"][1] == "AZE"


def test_companies_after_possessives_are_no_persons(extractor):
    record = run(extractor, "Russia's Gazprom and Turkey's Botas signed a gas supply deal in Istanbul.")
    assert not [a for a in record.actors if a.kind == "person"]


def test_a_list_of_surnames_after_a_plural_title(extractor):
    record = run(extractor, "Presidents Erdogan, Aliyev and Tokayev met in Astana on Thursday.")
    found = officials(record)
    assert found == {"Erdogan": ("President", "TUR"), "Aliyev": ("President", "AZE"),
                     "Tokayev": ("President", "KAZ")}
    multilateral = next(e for e in record.events if e.kind == "multilateral")
    assert multilateral.countries == ["AZE", "KAZ", "TUR"]


def test_listed_surnames_join_the_persons_named_in_full(extractor):
    record = run(extractor, "Turkish President Recep Tayyip Erdogan flew to Astana on Sunday. Presidents Erdogan "
                            "and Tokayev signed a strategic partnership declaration there on Monday.")
    found = officials(record)
    assert "Erdogan" not in found and found["Recep Tayyip Erdogan"] == ("President", "TUR")
    assert found["Tokayev"] == ("President", "KAZ")


def test_a_surname_the_ner_calls_a_place(extractor):
    record = run(extractor, "Foreign Ministers Fidan and Bayramov held talks in Baku on Friday.")
    found = officials(record)
    assert found["Fidan"] == ("Foreign Minister", "TUR") and found["Bayramov"] == ("Foreign Minister", "AZE")


def test_days_after_a_plural_noun_are_no_names(extractor):
    record = run(extractor, "The ministers Monday, Tuesday and Wednesday met in Baku.")
    assert officials(record) == {}


def test_a_plural_title_the_ner_calls_a_nationality_still_heads_the_list(extractor):
    record = run(extractor, "The members who voted for the motion included Parliamentarians Kamal Perera, Nimal "
                            "Jayawardena and Ruwan Silva, the parliament's records show.")
    found = officials(record)
    for name in ("Kamal Perera", "Nimal Jayawardena", "Ruwan Silva"):
        assert found[name][0] == "Member of Parliament", found
