"""The dateline city for engagements a report tells from it (events/place.py): the talks of the
last few days with the dateline's state as a party and no other place said are there; a 'where'
clause the parser hangs on the day ('in Guatemala City on Friday, where he met') keeps its city;
talks of another state's officials, or of a week before, are not placed by the dateline."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Event, Record


def _talks(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "meeting"]


def test_talks_of_two_days_before_reported_from_the_host_city(extractor):
    text = ("BAKU, Azerbaijan, Dec. 3 (Trend) - Azerbaijani Minister of Digital Development Rashad Nabiyev met "
            "with the Minister of Communications of Uzbekistan Sherzod Shermatov on Monday, Trend reports.\n\n"
            "The sides discussed the Digital Silk Way project and cooperation in artificial intelligence.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.name == "Baku"


def test_talks_of_a_week_before_are_not_placed_by_the_dateline(extractor):
    text = ("BAKU, Azerbaijan, Dec. 10 (Trend) - Azerbaijani Minister of Digital Development Rashad Nabiyev "
            "met with the Minister of Communications of Uzbekistan Sherzod Shermatov on December 2, the "
            "ministry said on Wednesday.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-10"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is None


def test_talks_without_the_datelines_state_are_not_placed_by_it(extractor):
    text = ("ANKARA, Dec 3 (AA) - Azerbaijani Foreign Minister Jeyhun Bayramov met with his Georgian "
            "counterpart Maka Botchorishvili on Tuesday, the Azerbaijani ministry said.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    assert all(e.place is None or e.place.country != "TUR" for e in _talks(record))


def test_a_where_clause_hung_on_the_day_keeps_the_city_before_it(extractor):
    text = ("MEXICO CITY, March 31 (Wire) - Deputy Foreign Minister Maria Teresa Mercado prepared the "
            "upcoming state visit in Tegucigalpa on Friday, where she met Honduran Foreign Minister "
            "Javier Bu, the ministry said on Monday.")
    record = extractor.extract(Article(text=text, id="t", published="2025-03-31"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "HND"


def test_the_city_naming_the_talks_told_again_is_their_place(extractor):
    text = ("ISLAMABAD, Dec 3 (APP) -- Pakistani President Asif Ali Zardari and British Prime Minister Keir "
            "Starmer held talks on Tuesday.\n\n"
            "Before the London meeting, Zardari told reporters that trade and climate finance would top the "
            "agenda.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "GBR"


def test_a_country_naming_the_talks_is_their_topic_not_their_place(extractor):
    text = ("DOHA, Dec 3 (QNA) -- Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani met with "
            "Egyptian Foreign Minister Badr Abdelatty on Tuesday to discuss the Gaza talks and the Sudan "
            "negotiations.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = [e for e in _talks(record) if e.trigger.text == "met"]
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "QAT"


def test_a_report_filed_from_a_resort_town_places_the_talks_of_any_states_there(extractor):
    text = ("AVAZA, 12 August (TDH) -- President of Azerbaijan Ilham Aliyev met with President of Kazakhstan "
            "Kassym-Jomart Tokayev on Tuesday.\n\n"
            "The leaders discussed the Trans-Caspian International Transport Route.")
    record = extractor.extract(Article(text=text, id="t", published="2025-08-12"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "TKM"


def test_a_report_filed_from_a_capital_does_not_place_other_states_talks_there(extractor):
    text = ("ASHGABAT, 12 August (TDH) -- President of Azerbaijan Ilham Aliyev met with President of Kazakhstan "
            "Kassym-Jomart Tokayev on Tuesday.")
    record = extractor.extract(Article(text=text, id="t", published="2025-08-12"))
    assert all(e.place is None or e.place.country != "TKM" for e in _talks(record))


def test_a_town_missing_from_the_gazetteer_is_read_as_a_dateline(extractor):
    text = ("KHANKENDI, July 4 (APA) -- President Ilham Aliyev met with President of Kyrgyzstan Sadyr Japarov "
            "on Friday.")
    record = extractor.extract(Article(text=text, id="t", published="2025-07-04"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.name == "Khankendi"


def test_envoys_presenting_credentials_one_by_one_are_received_in_the_dateline_city(extractor):
    from dateline.article import Article
    text = ("Bishkek, March 11 (Kabar). President of Kyrgyzstan Sadyr Japarov received the letters of credence "
            "from the newly appointed ambassadors of Italy, Qatar and Mongolia at the Ala-Archa state residence "
            "on March 10.\n\nAmbassador of Italy Marco Rossi, Ambassador of Qatar Ali Al-Thani and Ambassador of "
            "Mongolia Bat Dorj presented their credentials in turn, and the head of state then held a separate "
            "conversation with each of them.")
    record = extractor.extract(Article(text=text, id="t", published="2026-03-11"))
    met = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "presented"]
    assert len(met) == 3 and all(e.place is not None and e.place.country == "KGZ" for e in met), \
        [(e.countries, e.place) for e in met]
