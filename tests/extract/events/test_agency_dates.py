"""Start dates and status of engagements in agency copy (session 12, dates): the setting of a
discussion told through a noun's infinitive ("reviewed ways to strengthen ties during a meeting held
today") is the past clause's, not a purpose still ahead. Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2025-11-12"


@pytest.mark.parametrize("text", [
    "DOHA, Nov 12 (QNA) -- Qatar and Kyrgyzstan reviewed ways to strengthen bilateral relations during a meeting "
    "held today in Doha between Minister of State Mohammed Al-Khulaifi and Kyrgyz Deputy Foreign Minister Asein Isaev.",
    "ABU DHABI, 12th November, 2025 (WAM) -- The UAE and Kazakhstan discussed opportunities to expand trade at talks "
    "in Abu Dhabi between Minister of State Khalifa Shaheen Al Marar and Kazakh Deputy Foreign Minister Almas Aidarov.",
])
def test_a_setting_under_an_infinitive_of_means_is_the_past_discussions(extract, text):
    talks = first(extract(text), "meeting")
    assert (talks.status, dates(talks)) == ("occurred", ("2025-11-12", "2025-11-12"))
    future = first(extract(text.replace("reviewed", "will review").replace("discussed", "will discuss")), "meeting")
    assert future.status == "planned"  # a discussion to come
    summit = first(extract("TOKYO, Nov 12 (Kyodo) -- Japanese Prime Minister Sanae Takaichi has turned down a request "
                           "by Peruvian President Jose Jeri to meet at the APEC summit in South Korea."), "gathering")
    assert summit.status == "planned"  # a request's aim is ahead


@pytest.mark.parametrize(("clause", "start"), [
    ("the summit of the Organization of Turkic States to be held in Gabala later this month", "2025-11"),
    ("the CIS summit due to take place in Dushanbe at the end of this month", "2025-11"),
])
def test_a_gathering_prepared_for_keeps_its_own_scheduled_month(extract, clause, start):
    summit = first(extract(f"ASTANA, 12 November. The foreign ministers of Kazakhstan and Kyrgyzstan discussed the "
                           f"preparations for {clause}."), "gathering")
    assert (summit.status, summit.date.start if summit.date else None) == ("planned", start)
    summit = first(extract("ASTANA, 12 November. Ahead of the summit of the Organization of Turkic States, the "
                           "foreign ministers of Kazakhstan and Kyrgyzstan met in Astana earlier this month."),
                   "gathering")
    assert dates(summit) == (None, None)  # the talks' month is not the summit's


@pytest.mark.parametrize(("text", "start"), [
    ("TASHKENT, November 12. Uzbek President Shavkat Mirziyoyev received the delegation headed by the Chairman "
     "of the Senate of Kazakhstan Maulen Ashimbayev on 10 November, the presidential press service reported.",
     "2025-11-10"),
    ("BAKU, Azerbaijan, Nov 12. Azerbaijani President Ilham Aliyev received a delegation led by the Speaker of "
     "the National Assembly of Pakistan Ayaz Sadiq on Monday, Trend reports.", "2025-11-10"),
])
def test_a_day_after_the_head_of_a_received_delegation_is_the_receptions(extract, text, start):
    talks = first(extract(text), "meeting")
    assert dates(talks) == (start, start)


def test_a_signing_planned_during_a_visit_of_the_same_sentence_takes_its_days(extract):
    record = extract("KUWAIT, Nov 12 (KUNA) -- Kuwait and Oman are to sign an agreement on avoiding double taxation "
                     "during a visit by the Omani foreign minister later this month.")
    signing = first(record, "agreement")
    assert (signing.status, dates(signing)) == ("planned", ("2025-11", "2025-11"))


def test_the_arrival_of_a_counterpart_in_a_relative_clause_does_not_date_the_talks(extract):
    record = extract("ASHGABAT, 12 November. The President of Turkmenistan Serdar Berdimuhamedov held talks with the "
                     "President of Iran Masoud Pezeshkian, who arrived in Ashgabat on a state visit on Tuesday.")
    assert dates(first(record, "meeting")) == ("2025-11-12", "2025-11-12")
    assert dates(first(record, "visit")) == ("2025-11-11", "2025-11-11")


def test_talks_told_again_with_their_day_take_it_and_lend_it_to_the_signing(extract):
    record = extract("ASHGABAT, 13 November. The President of Turkmenistan Serdar Berdimuhamedov held talks with the "
                     "President of Iran Masoud Pezeshkian. The talks took place on Wednesday in a narrow format. "
                     "Following the talks, 12 documents were signed.", published="2025-11-13")
    assert dates(first(record, "meeting")) == ("2025-11-12", "2025-11-12")
    assert dates(first(record, "agreement")) == ("2025-11-12", "2025-11-12")
    record = extract("CANBERRA, Nov 13 (AAP) - The foreign ministers of Australia and Malaysia Penny Wong and Mohamad "
                     "Hasan held talks in Canberra. The meeting followed Prime Minister Anthony Albanese's visit to Kuala "
                     "Lumpur in May.", published="2025-11-13")
    assert dates(first(record, "meeting")) == ("2025-11-13", "2025-11-13")  # May is the visit's
