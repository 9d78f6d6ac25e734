"""'met with Guatemalan counterpart X': a counterpart named without 'his' takes the post of the
person whose counterpart he is and the state of the adjective; 'his deputy X' is the owner's deputy, of
the owner's state (dateline/extract/counterparts.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def officials(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def test_a_counterpart_without_a_possessive(extractor):
    record = run(extractor, "Honduran Foreign Minister Elena Castillo met with Guatemalan counterpart Rodrigo "
                            "Mejia in Tegucigalpa on Tuesday.")
    assert officials(record)["Rodrigo Mejia"] == ("Foreign Minister", "GTM")
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["GTM", "HND"]


def test_the_counterpart_of_a_joined_post_takes_the_last_post(extractor):
    record = run(extractor, "Deputy Prime Minister and Foreign Minister Ishaq Dar met Turkish counterpart Hakan "
                            "Fidan in Ankara on Monday.")
    found = officials(record)
    assert found["Hakan Fidan"] == ("Foreign Minister", "TUR")
    assert found["Ishaq Dar"][0] == "Deputy Prime Minister and Foreign Minister"


def test_a_counterpart_after_the(extractor):
    record = run(extractor, "Chinese Defense Minister Dong Jun met with the Cambodian counterpart Tea Seiha in "
                            "Phnom Penh on Friday.")
    assert officials(record)["Tea Seiha"] == ("Defense Minister", "KHM")


def test_a_counterpart_keeps_a_title_of_its_own(extractor):
    record = run(extractor, "Kenyan President William Ruto held talks with Ugandan counterpart and host Prime "
                            "Minister Robinah Nabbanja in Kampala.")
    assert officials(record)["Robinah Nabbanja"] == ("Prime Minister", "UGA")


def test_his_deputy_serves_the_owners_state_as_deputy(extractor):
    record = run(extractor, "Kazakh Foreign Minister Murat Nurtleu was accompanied by his deputy, Roman "
                            "Vassilenko, during talks with Hungarian Foreign Minister Peter Szijjarto in Budapest.")
    found = officials(record)
    assert found["Roman Vassilenko"] == ("Deputy Foreign Minister", "KAZ")
    assert found["Peter Szijjarto"] == ("Foreign Minister", "HUN")


def test_a_deputy_without_a_name_makes_no_person(extractor):
    record = run(extractor, "Azerbaijani Foreign Minister Jeyhun Bayramov said his deputy would travel to Bern "
                            "next week.")
    assert set(officials(record)) == {"Jeyhun Bayramov"}


def test_the_foreign_minister_is_the_minister_of_external_relations(extractor):
    # "the Angolan foreign minister" names the guest whose post the text gave as "Minister of External
    # Relations": the same ministry under another name, so "his Cuban counterpart" is his counterpart
    record = run(extractor, "MAPUTO, Oct 14 (AIM) - Mozambican President Daniel Chapo received on Monday the "
                            "Minister of External Relations of Angola, Tete Antonio, who is on a working visit.\n\n"
                            "Chapo praised the ties between the two nations.\n\n"
                            "The same day, the Angolan foreign minister held talks with his Mozambican "
                            "counterpart, Maria Manuela Lucas.")
    assert officials(record)["Maria Manuela Lucas"] == ("Minister of External Relations", "MOZ")


def test_a_hyphenated_surname_owns_his(extractor):
    # "Diaz-Canel" (three tokens, tagged ORG by the model) is the President told before, so "his
    # counterpart" is a president's counterpart, not the guest minister's named in between
    record = run(extractor, "HAVANA, Oct 14 (Prensa Latina) - Cuban President Miguel Diaz-Canel received on Monday "
                            "the Angolan Minister of External Relations, Tete Antonio.\n\n"
                            "Antonio will lay a wreath at the monument to Jose Marti.\n\n"
                            "Diaz-Canel held talks with his counterpart Joao Lourenco in Luanda in January 2023.")
    assert officials(record)["Joao Lourenco"][0] == "President"


def test_his_counterpart_holds_the_owners_office_under_a_longer_title(extractor):
    record = run(extractor, "PORT SUDAN, Oct 14 (SUNA) - The Chairman of the Sovereignty Council, General Abdel "
                 "Fattah Al-Burhan, received the Egyptian Minister of Foreign Affairs, Emigration and Egyptian "
                 "Expatriates, Badr Abdelatty, today. The meeting was attended by Sudanese Minister of Foreign "
                 "Affairs Mohieldin Salim and Sudanese Finance Minister Jibril Ibrahim.\n\nLater, Abdelatty held a session of talks with his Sudanese counterpart.")
    talks = [e for e in record.events if e.kind == "meeting" and "Badr Abdelatty" in e.persons
             and "Abdel Fattah Al-Burhan" not in e.persons]
    assert talks and all("Mohieldin Salim" in e.persons for e in talks)
