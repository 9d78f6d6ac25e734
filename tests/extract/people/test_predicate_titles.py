"""Titles told after the name (people/predicates.py), when none stands by the name.

"X, who serves as Turkey's trade minister", "named X as his special envoy", "confirmed X as the
country's new foreign minister", "X, a member of the Political Bureau of ... and director of ...".
A title by the name wins; a membership of no named institution is no title.
"""

from __future__ import annotations

import pytest
from people_views import named

PUBLISHED = "2025-10-14"


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Hakan Demir, who serves as Turkey's trade minister, arrived in Baku on Monday.", "Hakan Demir",
     "Trade minister", "TUR"),
    ("The U.N. chief named Tomas Berg as his special envoy to Sudan on Monday.", "Tomas Berg",
     "Special envoy", None),
    ("The parliament confirmed Aliya Nurova as the country's new foreign minister.", "Aliya Nurova",
     "Foreign minister", None),
    ("Wang Jian, a member of the Political Bureau of the CPC Central Committee and director of the Office "
     "of the Central Foreign Affairs Commission, met Kazakh Foreign Minister Aidos Serikov.", "Wang Jian",
     "member of the Political Bureau of the CPC Central Committee", None),
])
def test_a_title_told_after_the_name(extract, text, name, title, country):
    person = named(extract(text), name)
    assert person.title == title and person.role == "official"
    assert person.country == country


def test_the_title_by_the_name_wins(extract):
    text = "Japanese Foreign Minister Kenji Sato, who is also deputy prime minister, met his Indian counterpart."
    assert named(extract(text), "Kenji Sato").title == "Foreign Minister"


def test_a_membership_of_no_named_institution_is_no_title(extract):
    text = "Farid Aliyev, a member of the visiting delegation, told reporters the talks went well."
    assert named(extract(text), "Farid Aliyev").title is None


def test_a_country_the_post_is_sent_to_is_not_the_holders(extract):
    text = "The U.N. chief named Tomas Berg as his special envoy to Sudan on Monday."
    assert named(extract(text), "Tomas Berg").country != "SDN"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("NAIROBI, Oct 14 (KNA) -- Samuel Otieno, who took office as president in 2022, will pay a state visit "
     "to Ankara next week.", "Samuel Otieno", "President"),
    ("LUSAKA, Oct 14 -- Grace Mwale, who was sworn in as foreign minister in May, held talks with her "
     "Malawian counterpart.", "Grace Mwale", "Foreign minister"),
    ("DILI, Oct 14 -- Marta da Costa, who became prime minister last year, left for Jakarta on Monday.",
     "Marta da Costa", "Prime minister"),
])
def test_a_post_taken_told_after_the_name(extract, text, name, title):
    """'who took office as', 'who was sworn in as', 'who became': the post the person now holds."""
    assert named(extract(text), name).title == title


def test_being_somewhere_is_no_post(extract):
    person = named(extract("Samuel Otieno, who was in Ankara last week, said the talks would resume."),
                   "Samuel Otieno")
    assert person.title is None


def test_being_somewhere_for_talks_with_an_official_is_no_post(extract):
    """'who was in Washington for talks with President X': X's title is not the first person's."""
    record = extract("Mr. Haddad, who was in Paris for talks with President Claire Dubois, also called for faster "
                     "aid deliveries.")
    found = {a.name: a.title for a in record.actors if a.kind == "person"}
    assert found["Haddad"] is None and found["Claire Dubois"] == "President"
