"""A person named only as the owner of an institution takes no part in what the institution reports or
does: 'the Office of the Prime Minister reported', 'the Prosecutor General's Offices of the states'
(events/offices.py)."""

from __future__ import annotations

from event_views import first, people

PUBLISHED = "2026-03-10"


def test_the_office_that_reports_is_not_its_owner(extract):
    record = extract(
        "TBILISI, March 10 (Euro Wire) - Georgian Prime Minister Irakli Kobakhidze received a delegation led "
        "by Estonian Foreign Minister Margus Tsahkna, who is in Georgia on a working visit at the invitation "
        "of Georgian Foreign Minister Maka Botchorishvili, the Office of the Prime Minister reported.")
    invitation = first(record, "invitation")
    assert people(record, invitation) == {"Margus Tsahkna", "Maka Botchorishvili"}


def test_the_press_service_of_the_president(extract):
    # a guard: the office of an unnamed president reports talks of others (passes on the old code too)
    record = extract(
        "BAKU, March 10 (Caspian Wire) - Kazakh President Kassym-Jomart Tokayev arrived in Baku on Tuesday "
        "for a state visit.\n\nKazakh Foreign Minister Murat Nurtleu held talks with Azerbaijani Foreign "
        "Minister Jeyhun Bayramov on the same day, the press service of the President reported.")
    talks = first(record, "meeting")
    assert people(record, talks) == {"Murat Nurtleu", "Jeyhun Bayramov"}


def test_a_named_official_after_a_long_title_chain_is_a_party(extract):
    # "Chairman of the Standing Committee of the ... Congress Zhao Leji": the name's own title chain
    record = extract("BEIJING, Sept 10 (Xinhua) -- Kazakh President Kassym-Jomart Tokayev met with Premier of the "
                     "State Council Li Qiang and Chairman of the Standing Committee of the National People's "
                     "Congress Zhao Leji on Thursday.")
    met = [e for e in record.events if e.kind == "meeting"]
    people = {record.actor(p).name for e in met for p in e.participants if record.actor(p).kind == "person"}
    assert "Zhao Leji" in people
