"""'X met with the Minister of Foreign Affairs of the Kingdom of Bahrain Y, who arrived in Astana on an
official visit': 'the Minister of ... Y' is Y's own title, not a back-reference to the minister
named before (coref._named_after): the talks are X's and Y's."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-03-03"


REPORT = (
    "ASTANA, 3 March (Kazinform) -- Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu "
    "met with the Minister of Foreign Affairs of the Kingdom of Bahrain Abdullatif bin Rashid Al Zayani, who "
    "arrived in Astana on an official visit.\n\n"
    "The Bahraini minister was also received by President of Kazakhstan Kassym-Jomart Tokayev at the Akorda.")


def test_a_title_running_on_to_a_name_is_that_persons(extract):
    record = extract(REPORT)
    talks = [e for e in record.events if e.kind == "meeting" and "Murat Nurtleu" in people(record, e)]
    assert len(talks) == 1
    assert people(record, talks[0]) == {"Murat Nurtleu", "Abdullatif bin Rashid Al Zayani"}


def test_a_relative_clause_of_the_host_leaves_the_guest_the_visitor(extract):
    record = extract(
        "Armenian Foreign Minister Ararat Mirzoyan arrived in Athens on Monday and met Greek Foreign Minister "
        "Giorgos Gerapetritis, who hosted him at the ministry.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    assert {record.actor(a).name for a in visits[0].source if record.actor(a).kind == "person"} == {
        "Ararat Mirzoyan"}


def test_the_visitor_named_inside_the_of_phrase_of_his_title(extract):
    """'held talks with Foreign Minister of India X, who is on a visit to Uzbekistan': the parser hangs
    the relative clause on 'Minister'; the antecedent runs up to the name inside its of-phrase
    (events/geometry.py antecedent_span), so X is the visitor."""
    record = extract(
        "TASHKENT, 3 March. Uzbek Foreign Minister Bakhtiyor Saidov held talks with Foreign Minister of Malaysia "
        "Mohamad Hasan, who is on a visit to Uzbekistan.")
    visit = next(e for e in record.events if e.kind == "visit")
    assert people(record, visit) >= {"Mohamad Hasan"}
    assert visit.countries == ["MYS", "UZB"]
