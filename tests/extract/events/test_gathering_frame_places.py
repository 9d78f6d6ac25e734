"""A report of a gathering places its attendees' talks there (events/settings.py, events/gatherings.py,
events/place.py): "at the Munich Security Conference" is in Munich whatever the dateline; "on the
margins of the conference" tells again the gathering named before; the talks an attendee holds
while there, with no place of their own, are where the gathering is; "met with his Georgian
counterpart X in Tbilisi" is in Tbilisi."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Event, Record


def _talks(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "meeting"]


def _country(event: Event) -> str | None:
    return event.place.country if event.place is not None else None


def test_a_gathering_named_after_its_city_is_there_not_at_the_dateline(extractor):
    text = ("ANKARA, Feb 15 (AA) -- Turkish Foreign Minister Hakan Fidan met with his Ukrainian counterpart "
            "Andrii Sybiha at the Munich Security Conference on Saturday.\n\n"
            "Fidan also met with EU foreign policy chief Kaja Kallas on the margins of the conference.\n\n"
            "The ministers discussed the war in Ukraine and energy security.")
    record = extractor.extract(Article(text=text, id="t", published="2025-02-15"))
    gathering = next(e for e in record.events if e.kind == "gathering")
    assert _country(gathering) == "DEU"
    talks = _talks(record)
    assert len(talks) == 2 and {_country(e) for e in talks} == {"DEU"}


def test_the_margins_of_the_forum_told_paragraphs_later(extractor):
    text = ("DOHA, Dec 7 (QNA) -- The Doha Forum opened on Saturday under the patronage of the Amir with "
            "the participation of heads of state, ministers and experts from around the world.\n\n"
            "The forum is discussing regional security, development financing and climate.\n\n"
            "On the sidelines of the forum, Minister of State at the Ministry of Foreign Affairs Mohammed "
            "bin Abdulaziz Al Khulaifi met with Deputy Foreign Minister of Argentina Eduardo Bustamante.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-07"))
    talks = _talks(record)
    assert talks and {_country(e) for e in talks} == {"QAT"}


def test_an_attendees_later_talks_with_no_place_are_at_the_gathering(extractor):
    text = ("KUALA LUMPUR, Nov 14 (Bernama) -- Prime Minister Anwar Ibrahim is attending the APEC Economic "
            "Leaders' Meeting in Lima this week.\n\n"
            "On Thursday, Anwar Ibrahim held talks with Prime Minister of New Zealand Christopher Luxon. "
            "The two leaders discussed trade and education.\n\n"
            "Anwar Ibrahim is also scheduled to meet President of Chile Gabriel Boric on Saturday.")
    record = extractor.extract(Article(text=text, id="t", published="2025-11-14"))
    talks = _talks(record)
    assert len(talks) == 2, [(e.kind, e.trigger.text) for e in record.events]
    assert {_country(e) for e in talks} == {"PER"}


def test_talks_at_home_before_the_gathering_stay_at_home(extractor):
    text = ("ASTANA, 2 June (Kazinform) -- President Kassym-Jomart Tokayev will take part in the summit of "
            "the Shanghai Cooperation Organisation in Tianjin on 31 August.\n\n"
            "On Monday, the head of state received Ambassador of Japan Kazuhiko Shibuya at the Akorda.")
    record = extractor.extract(Article(text=text, id="t", published="2025-06-02"))
    talks = _talks(record)
    assert len(talks) == 1 and _country(talks[0]) == "KAZ"


def test_a_counterpart_named_in_apposition_keeps_the_place_of_the_talks(extractor):
    text = ("BAKU, May 10 (APA) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with his Georgian "
            "counterpart Maka Botchorishvili in Tbilisi on Friday.\n\n"
            "During the meeting, the ministers discussed the railway and energy corridors.")
    record = extractor.extract(Article(text=text, id="t", published="2025-05-10"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.name == "Tbilisi"


def test_a_gathering_a_journey_goes_to_is_where_the_journey_goes(extractor):
    text = ("ASHGABAT, 2 October (TDH) -- President of Turkmenistan Serdar Berdimuhamedov left for Dushanbe on "
            "Wednesday to take part in the meeting of the Council of Heads of State of the Commonwealth of "
            "Independent States.\n\n"
            "The head of state is accompanied by Deputy Chairman of the Cabinet of Ministers Rashid Meredov.")
    record = extractor.extract(Article(text=text, id="t", published="2025-10-02"))
    body = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert len(body) == 1 and _country(body[0]) == "TJK"


def test_a_summit_a_visit_includes_is_in_the_visits_city(extractor):
    text = ("NEW DELHI, Feb 11 (PTI) Prime Minister Narendra Modi arrived in Paris on Monday on a three-day "
            "visit to France during which he will co-chair the AI Action Summit.")
    record = extractor.extract(Article(text=text, id="t", published="2025-02-11"))
    summit = next(e for e in record.events if e.kind == "gathering")
    assert summit.place is not None and summit.place.name == "Paris"


def test_a_journey_after_a_gathering_does_not_move_it(extractor):
    text = ("TASHKENT, June 20 (UzA) -- Foreign Minister Bakhtiyor Saidov left for Riyadh after the summit "
            "of the Organization of Turkic States, the ministry said.")
    record = extractor.extract(Article(text=text, id="t", published="2025-06-20"))
    assert all(_country(e) != "SAU" for e in record.events if e.kind in {"multilateral", "gathering"})


def test_talks_upon_arrival_are_where_the_traveller_arrives(extractor):
    text = ("KUWAIT, Jan 20 (KUNA) -- Kuwait's Minister of Foreign Affairs Abdullah Al-Yahya left for Cairo on "
            "Monday at the head of a delegation.\n\n"
            "Upon arrival in the Egyptian capital, Al-Yahya will meet Egyptian Foreign Minister Badr Abdelatty "
            "to discuss bilateral relations, the ministry said in a statement.")
    record = extractor.extract(Article(text=text, id="t", published="2025-01-20"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.name == "Cairo"


def test_a_business_forum_held_as_part_of_a_visit_is_where_the_visit_went(extractor):
    text = ("ASTANA, 5 March (Kazinform) -- President Kassym-Jomart Tokayev arrived in Rome on Monday on a state "
            "visit to Italy.\n\n"
            "On Tuesday, the Kazakh leader held talks with Prime Minister Giorgia Meloni.\n\n"
            "As part of the visit, a Kazakhstan-Italy business forum was held with the participation of more "
            "than 200 companies.")
    record = extractor.extract(Article(text=text, id="t", published="2025-03-05"))
    forum = next(e for e in record.events if e.kind == "gathering")
    assert forum.place is not None and forum.place.name == "Rome"


def test_a_forum_the_visit_plans_elsewhere_keeps_its_own_city(extractor):
    text = ("ASTANA, 5 March (Kazinform) -- President Kassym-Jomart Tokayev arrived in Rome on Monday on a state "
            "visit to Italy.\n\n"
            "As part of the visit, a Kazakhstan-Italy business forum was held in Milan with the participation "
            "of more than 200 companies.")
    record = extractor.extract(Article(text=text, id="t", published="2025-03-05"))
    forum = next(e for e in record.events if e.kind == "gathering")
    assert forum.place is not None and forum.place.name == "Milan"


def test_the_host_a_relative_clause_names_places_the_gathering(extractor):
    text = ("BISHKEK, Nov 6 (Kabar) -- Kyrgyz Foreign Minister Zheenbek Kulubaev received the Ambassador of "
            "Tajikistan Sukhrob Nuraliev.\n\n"
            "The sides discussed preparations for the meeting of the foreign ministers of the Central Asian "
            "states - Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan - which Dushanbe will "
            "host on 14-15 December.")
    record = extractor.extract(Article(text=text, id="t", published="2025-11-06"))
    body = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert len(body) == 1 and _country(body[0]) == "TJK"


def test_a_country_that_is_to_host_the_summit_is_its_place(extractor):
    text = ("ASTANA, Nov 6 (Kazinform) -- The sides also discussed preparations for the informal summit of the "
            "Organization of Turkic States, which Hungary is to host next spring.")
    record = extractor.extract(Article(text=text, id="t", published="2025-11-06"))
    body = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert len(body) == 1 and _country(body[0]) == "HUN"


def test_a_relative_clause_that_hosts_nothing_gives_no_place(extractor):
    text = ("BISHKEK, Nov 6 (Kabar) -- The sides discussed the meeting of the foreign ministers of Kazakhstan, "
            "Kyrgyzstan and Tajikistan, which Tashkent proposed last year.")
    record = extractor.extract(Article(text=text, id="t", published="2025-11-06"))
    body = [e for e in record.events if e.kind == "multilateral"]
    assert body and all(_country(e) != "UZB" for e in body)


def test_the_sidelines_of_the_council_told_before(extractor):
    text = ("TASHKENT, Oct 10 (UzA) -- A meeting of the Council of Heads of Government of the Shanghai "
            "Cooperation Organisation was held in Bishkek on Friday.\n\n"
            "On the sidelines of the council, Prime Minister Abdulla Aripov held talks with Pakistani Prime "
            "Minister Shehbaz Sharif. The sides discussed the Trans-Afghan railway.")
    record = extractor.extract(Article(text=text, id="t", published="2025-10-10"))
    talks = _talks(record)
    assert len(talks) == 1 and _country(talks[0]) == "KGZ"


def test_held_talks_on_the_sidelines_are_at_the_held_gathering_not_the_planned_one(extractor):
    text = ("ASHGABAT, 4 June (TDH) -- The foreign ministers of the Central Asian states met in Ashgabat on "
            "Tuesday.\n\n"
            "The ministers discussed water sharing and regional transport. They also reviewed trade.\n\n"
            "Most of the discussion was devoted to the summit of the heads of state of Central Asia, which "
            "will be held in Tashkent in September.\n\n"
            "On the sidelines, Uzbek Foreign Minister Bakhtiyor Saidov and Tajik Foreign Minister Sirojiddin "
            "Muhriddin held separate talks on border crossings.")
    record = extractor.extract(Article(text=text, id="t", published="2025-06-04"))
    talks = [e for e in _talks(record) if "Sirojiddin Muhriddin" in e.persons]
    assert len(talks) == 1 and _country(talks[0]) == "TKM"
