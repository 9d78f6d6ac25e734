"""A visitor's escorts are visitors too (events/escorts.py): the named people of the 'by' phrase of
'accompanied' whose subject is the visitor, in a sentence of their own, in a participle on the
visitor, or on a delegation that lists them; not the escort of the host."""

from __future__ import annotations

import pytest
from event_views import first, people

from dateline.article import Article

ESCORTED = [  # (text, published, the visit's people)
    ("BISHKEK, June 16 (Kabar). President of Tajikistan Emomali Rahmon arrived in Bishkek on a state visit. "
     "The Tajik President is accompanied by Minister of Foreign Affairs Sirojiddin Muhriddin and Minister of "
     "Energy and Water Resources Daler Juma.", "2026-06-16",
     {"Emomali Rahmon", "Sirojiddin Muhriddin", "Daler Juma"}),
    ("SEOUL, Nov 5 (Yonhap) - President of Mongolia Ukhnaagiin Khurelsukh, accompanied by Minister of Foreign "
     "Affairs Battsetseg Batmunkh, arrived in Seoul on a state visit on Monday.", "2026-11-05",
     {"Ukhnaagiin Khurelsukh", "Battsetseg Batmunkh"}),
    ("MUSCAT, April 21 (ONA) - Minister of Foreign Affairs of Tanzania Mahmoud Thabit Kombo arrived in Muscat on "
     "an official visit. He was accompanied by a delegation including Minister of Energy Doto Biteko and "
     "Permanent Secretary Samwel Shelukindo.", "2026-04-21",
     {"Mahmoud Thabit Kombo", "Doto Biteko", "Samwel Shelukindo"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), ESCORTED)
def test_the_visitors_escorts_visit_with_him(extractor, text, published, expected):
    record = extractor.extract(Article(text=text, id="t", published=published))
    assert people(record, first(record, "visit")) == expected


def test_the_hosts_escort_is_no_visitor(extractor):
    text = ("BAKU, Azerbaijan, May 4. Prime Minister of Georgia Irakli Kobakhidze arrived in Baku on an official "
            "visit. At the airport, Prime Minister Ali Asadov, accompanied by Deputy Prime Minister Shahin "
            "Mustafayev, welcomed the guest.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-04"))
    assert "Shahin Mustafayev" not in people(record, first(record, "visit"))


LED = [  # (text, the visit's people): the members of the delegation the visitor heads
    ("RIGA, March 9. Kazakh Foreign Minister Murat Nurtleu, who heads a delegation that includes Deputy Minister "
     "of Trade Aizhan Bizhanova, arrived in Riga on Monday for an official visit. He was received by Latvian "
     "Foreign Minister Baiba Braze.", {"Murat Nurtleu", "Aizhan Bizhanova", "Baiba Braze"}),
    ("HANOI, March 9. Prime Minister of Laos Sonexay Siphandone arrived in Hanoi on Monday at the head of a "
     "delegation that includes Minister of Energy Phosay Sayasone.", {"Sonexay Siphandone", "Phosay Sayasone"}),
    ("HAVANA, March 9. Vietnamese President Luong Cuong is on a state visit to Cuba. Cuban President Miguel "
     "Diaz-Canel recalled his own visit to Hanoi in 2023. Earlier, Luong Cuong, who leads a delegation that "
     "includes Foreign Minister Bui Thanh Son, laid a wreath.", {"Luong Cuong", "Bui Thanh Son", "Miguel Diaz-Canel"}),
]


@pytest.mark.parametrize(("text", "expected"), LED)
def test_the_members_of_the_delegation_the_visitor_heads_visit_with_him(extractor, text, expected):
    record = extractor.extract(Article(text=text, id="t", published="2026-03-09"))
    assert people(record, first(record, "visit")) == expected


def test_the_members_of_a_delegation_the_host_heads_are_no_visitors(extractor):
    text = ("MINSK, March 9. Georgian Prime Minister Irakli Kobakhidze arrived in Minsk on Monday on an official "
            "visit. He held talks with Prime Minister Alexander Turchin, who headed a delegation that included "
            "Deputy Prime Minister Viktor Karankevich.")
    record = extractor.extract(Article(text=text, id="t", published="2026-03-09"))
    visitors = {record.actor(a).name for a in first(record, "visit").source}
    assert visitors == {"Irakli Kobakhidze"}
