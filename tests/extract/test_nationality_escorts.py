"""Officials who accompany an official or make up his delegation serve his state
(nationality_sides.py ``escorts``).

"The Saudi minister was accompanied by Deputy Minister A and Ambassador B", "He was accompanied by
...", "The delegation included Minister C": the listed officials travel with the one they accompany
and serve his state, not the state of the city the report is filed from. A person of another clause
("... and met President Z") takes nothing; an official with a state of his own keeps it.
"""

from __future__ import annotations

from dateline.article import Article


def _countries(extractor, text: str) -> dict[str, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2025-03-22"))
    return {a.name: a.country for a in record.actors if a.kind == "person"}


def test_a_minister_accompanied_by_his_officials(extractor):
    countries = _countries(extractor, (
        "TEHRAN, March 22 (IRNA) -- Iranian Foreign Minister Abbas Araghchi held talks with Saudi Arabia's "
        "Foreign Minister Faisal bin Farhan on Saturday. The Saudi minister was accompanied by Deputy "
        "Foreign Minister Waleed Elkhereiji and Ambassador Abdullah Alanazi."))
    assert countries["Waleed Elkhereiji"] == "SAU" and countries["Abdullah Alanazi"] == "SAU"
    assert countries["Abbas Araghchi"] == "IRN"


def test_a_pronoun_accompanied_and_a_later_clause(extractor):
    countries = _countries(extractor, (
        "HANOI, March 22 (VNA) -- Chilean Foreign Minister Alberto Rojas arrived in Hanoi on Saturday for "
        "a three-day official visit. He was accompanied by Deputy Minister of Trade Claudia Sanhueza, and "
        "was later received by Prime Minister Pham Minh Chinh."))
    assert countries["Claudia Sanhueza"] == "CHL"
    assert countries["Pham Minh Chinh"] == "VNM"


def test_the_members_of_a_delegation_headed_by_a_visitor(extractor):
    countries = _countries(extractor, (
        "DOHA, March 22 (QNA) -- Qatari Minister of State for Foreign Affairs Mohammed Al-Khulaifi received "
        "in Doha the visiting Ethiopian delegation headed by Minister of Finance Ahmed Shide.\n\n"
        "The delegation included Ambassador Tesfaye Bekele and Deputy Minister Mesfin Tadesse."))
    assert countries["Ahmed Shide"] == "ETH"
    assert countries["Tesfaye Bekele"] == "ETH" and countries["Mesfin Tadesse"] == "ETH"


def test_a_delegation_received_by_the_host(extractor):
    countries = _countries(extractor, (
        "BAKU, March 22 (AZERTAC) -- President Ilham Aliyev received a delegation led by Georgian Prime "
        "Minister Irakli Kobakhidze. The delegation also included Minister of Economy Levan Davitashvili "
        "and Minister of Foreign Affairs Maka Botchorishvili."))
    assert countries["Levan Davitashvili"] == "GEO" and countries["Maka Botchorishvili"] == "GEO"
    assert countries["Ilham Aliyev"] == "AZE"


def test_an_official_with_his_own_state_keeps_it(extractor):
    countries = _countries(extractor, (
        "ASTANA, March 22 (Kazinform) -- Uzbek Foreign Minister Bakhtiyor Saidov arrived in Astana. He was "
        "accompanied by Uzbek Energy Minister Jurabek Mirzamakhmudov and Kazakhstan's Ambassador to "
        "Uzbekistan Rakhmatulla Nurimbetov."))
    assert countries["Jurabek Mirzamakhmudov"] == "UZB"
    assert countries["Rakhmatulla Nurimbetov"] == "KAZ"


def test_members_named_before_they_are_said_to_be_of_the_delegation(extractor):
    countries = _countries(extractor, (
        "YEREVAN, March 22 (Armenpress) -- Speaker of the National Assembly Alen Simonyan received the "
        "delegation of the Senate of Kazakhstan led by Deputy Speaker Askar Shakirov. Senators Nurlan "
        "Beknazarov and Olzhas Nurlanov were also part of the delegation."))
    assert countries["Askar Shakirov"] == "KAZ"
    assert countries["Nurlan Beknazarov"] == "KAZ" and countries["Olzhas Nurlanov"] == "KAZ"
    assert countries["Alen Simonyan"] == "ARM"


def test_escorts_told_inside_the_leads_own_clause(extractor):
    # ", accompanied by" after the arrival; "at the head of a delegation that includes"; "His delegation
    # includes": the listed officials travel with the subject, whatever the dateline's city
    countries = _countries(extractor, (
        "ASTANA, March 22 (Kazinform) -- Omani Foreign Minister Badr Albusaidi arrived in Astana on Saturday, "
        "accompanied by Undersecretary for Diplomatic Affairs Khalifa Al Harthy and Ambassador Yousuf Al Zadjali."))
    assert countries["Khalifa Al Harthy"] == "OMN" and countries["Yousuf Al Zadjali"] == "OMN"
    countries = _countries(extractor, (
        "BAKU, March 22 (Trend) -- Qatari Minister of State Mohammed Al-Khulaifi arrived in Baku at the head "
        "of a delegation that includes Assistant Foreign Minister Sultan Al-Muraikhi."))
    assert countries["Sultan Al-Muraikhi"] == "QAT"
    countries = _countries(extractor, (
        "TASHKENT, March 22 (KUNA) -- Kuwaiti Foreign Minister Abdullah Al-Yahya arrived in Tashkent on "
        "Saturday. His delegation includes Deputy Minister of Finance Nasser Al-Shaye."))
    assert countries["Nasser Al-Shaye"] == "KWT"


def test_an_escort_after_another_person_is_not_given_the_subjects_state(extractor):
    # "X received Y, accompanied by Z": Z may be either's, so the subject's state is not given to him
    countries = _countries(extractor, (
        "TASHKENT, March 22 (UzA) -- Kuwaiti Foreign Minister Abdullah Al-Yahya received Uzbek Foreign "
        "Minister Bakhtiyor Saidov, accompanied by Ambassador Talal Al-Hajri."))
    assert countries["Talal Al-Hajri"] != "KWT"
