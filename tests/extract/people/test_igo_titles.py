"""A title without the name of the organisation its holder serves (people/title_info.py; GUIDE
`officials`): "President of the ECOWAS Commission" is "President of the Commission" with ECOWAS as
the country code, "former UN Secretary-General" a "former Secretary-General" of the UN. And an
apposition owned by "the country's"/"the kingdom's" is the title (people/phrases.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("ABUJA, Feb 24 (NAN) -- The President of the ECOWAS Commission, Amadou Diallo, met with Ghana's "
     "Minister of Foreign Affairs Kwame Boateng.", "Amadou Diallo", "President of the Commission", "ECOWAS"),
    ("ADDIS ABABA, Feb 24 (ENA) -- Chairperson of the African Union Commission Hassan Abdi received the "
     "Kenyan Prime Cabinet Secretary.", "Hassan Abdi", "Chairperson of the Commission", "AU"),
    ("MOSCOW, Feb 24 (TASS) -- Chairman of the CIS Executive Committee Viktor Gusev met with the Kyrgyz "
     "delegation.", "Viktor Gusev", "Chairman of the Executive Committee", "CIS"),
    ("SEOUL, Feb 24 (Yonhap) -- Former UN Secretary-General Park Min-soo met Kazakh President Asel Nurova.",
     "Park Min-soo", "Former Secretary-General", "UN"),
    ("BRUSSELS, Feb 24 (AA) -- EU Enlargement Commissioner Petra Novak met Turkish Deputy Foreign Minister "
     "Ahmet Yilmaz.", "Petra Novak", "Enlargement Commissioner", "EU"),
    ("BAKU, Feb 24 (APA) -- Secretary General of the Organization of Turkic States Askar Temirov met the "
     "Hungarian delegation.", "Askar Temirov", "Secretary General", "OTS"),
])
def test_the_organisations_name_leaves_the_title(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-02-24"))
    person = next(a for a in record.actors if a.kind == "person" and a.name == name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("BAKU, March 3 (APA) -- Farid Mammadli, the country's top diplomat, met with Hungarian Foreign "
     "Minister Gabor Kiss in Baku.", "Farid Mammadli", "Foreign Minister", "AZE"),
    ("AMMAN, March 3 (Petra) -- Omar Haddad, the kingdom's foreign minister, held talks with his "
     "Egyptian counterpart Karim Fahmy.", "Omar Haddad", "Foreign minister", "JOR"),
])
def test_an_apposition_owned_by_the_country(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-03-03"))
    person = next(a for a in record.actors if a.kind == "person" and a.name == name)
    assert (person.title, person.country) == (title, country)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("BRUSSELS, Feb 24 (AA) -- EU foreign policy chief Helena Varga said on Monday the bloc would send "
     "observers to the Armenian border.", "Helena Varga", "Foreign policy chief", "EU"),
    ("BAKU, Feb 24 (Trend) -- The European Union's foreign policy chief, Helena Varga, will attend the "
     "ministerial meeting in Baku.", "Helena Varga", "Foreign policy chief", "EU"),
])
def test_a_field_in_lower_case_after_the_organisation(extractor, text, name, title, country):
    """'EU foreign policy chief X': the organisation opens the title and leaves it, as in "ECOWAS
    Commission President"; the post's field in lower case stays."""
    record = extractor.extract(Article(text=text, id="t", published="2025-02-24"))
    person = next(a for a in record.actors if a.kind == "person" and a.name == name)
    assert (person.title, person.country) == (title, country)


def test_the_pope_serves_the_holy_see(extractor):
    """'Pope X' implies the Holy See (titles.yaml implied_country), not a state the sentence names."""
    record = extractor.extract(Article(
        text="VATICAN CITY, Feb 24 (AA) -- Pope Clement received the President of South Sudan at the Vatican "
             "on Monday and called for an end to the fighting in Sudan.", id="t", published="2025-02-24"))
    person = next(a for a in record.actors if a.kind == "person" and a.name == "Clement")
    assert (person.title, person.country) == ("Pope", "VAT")


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("TASHKENT, Feb 24 (UzA) -- World Bank Regional Director for Central Asia Helga Lindstrom met the "
     "Minister of Economy and Finance on Monday.", "Helga Lindstrom", "Regional Director for Central Asia", "WB"),
    ("GENEVA, Feb 24 (AA) -- The Turkish minister also met UNDP Administrator Jonas Falk on the sidelines of "
     "the session.", "Jonas Falk", "Administrator", "UN"),
])
def test_regional_posts_and_administrators_of_organisations(extractor, text, name, title, country):
    """'Regional' qualifies a post of the organisation that opens the title; an agency's
    'Administrator' is an official's post (titles.yaml)."""
    record = extractor.extract(Article(text=text, id="t", published="2025-02-24"))
    person = next(a for a in record.actors if a.kind == "person" and a.name == name)
    assert (person.title, person.country) == (title, country)
