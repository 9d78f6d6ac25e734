"""Where, when and by whom a document was signed, told in the words around it (issue 14, item 5;
events/signing_places.py, events/signings.py, events/signers.py role_aside):

- the parser hangs "in Cairo" on the last noun of the document's topic ("memoranda of understanding
  in Cairo"): the signing is in Cairo, while a country or region there names the topic;
- a lead tells the signing and the next sentence the talks it was signed at ("have signed a series of
  agreements. The two presidents met on Monday in Tumbes."): the talks' place and day;
- "..., with Thailand as the lone critic": an absolute with-phrase names no co-signer;
- "the agreement" told again by the trade ministers of Korea and ASEAN: those are its parties when the
  first telling named one state only.
"""

from __future__ import annotations

import pytest
from event_views import agreements, one

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries", "city", "day"), [
    ("Egypt and Sudan signed five memoranda of understanding in Cairo on Sunday, covering agriculture, "
     "health and transport.", ["EGY", "SDN"], "Cairo", "2025-03-09"),
    ("Kazakhstan signed with Qatar a memorandum on mutual protection of investments in Doha on Tuesday.",
     ["KAZ", "QAT"], "Doha", "2025-03-11"),
    ("The leaders of Armenia and Azerbaijan reached an agreement on the text of a peace treaty in Washington "
     "on Tuesday.", ["ARM", "AZE"], "Washington", "2025-03-11"),
    ("NAIROBI, March 11 (KNA) -- Kenya and Uganda signed a protocol on the joint management of fisheries "
     "in Kampala on Monday, the Ministry of Foreign Affairs said in a statement.",
     ["KEN", "UGA"], "Kampala", "2025-03-10"),
])
def test_city_at_the_end_of_the_documents_topic_is_where_it_was_signed(extract, text, countries, city, day):
    event = one(extract(text), "agreement")
    assert event.countries == countries
    assert event.place is not None and event.place.name == city
    assert event.date is not None and event.date.start == day


@pytest.mark.parametrize("text", [
    "Tajikistan and Uzbekistan signed an agreement on water use in the Ferghana Valley on Monday.",
    "Chile and Peru signed a treaty on fishing rights in Peru on Monday.",
])
def test_a_region_or_country_in_the_topic_is_no_place_of_signing(extract, text):
    event = one(extract(text), "agreement")
    assert event.place is None or event.place.name not in {"Ferghana Valley", "Peru"}


@pytest.mark.parametrize(("text", "city", "day"), [
    ("LIMA, March 12 (Andina) -- Peruvian President Dina Boluarte and her Ecuadorian counterpart Daniel Noboa "
     "have signed a series of agreements on border security. The two presidents met on Monday in Tumbes. "
     "They signed accords on trade, energy and the fight against smuggling.", "Tumbes", "2025-03-10"),
    ("President Gustavo Petro of Colombia and President Jose Raul Mulino of Panama have signed agreements on "
     "migration and the Darien border. The two leaders met on Sunday in Panama City.", "Panama City", "2025-03-09"),
])
def test_lead_signing_takes_the_talks_told_next(extract, text, city, day):
    record = extract(text)
    (event,) = agreements(record)
    assert event.place is not None and event.place.name == city
    assert event.date is not None and event.date.start == day


def test_a_later_meeting_of_other_people_is_not_the_signing(extract):
    record = extract("QUITO, March 12 -- Colombia and Ecuador have signed a treaty on the shared management of "
                     "the Putumayo river. The foreign ministers will meet next month in Bogota.")
    (event,) = agreements(record)
    assert event.status == "occurred"
    assert event.place is None or event.place.name != "Bogota"


@pytest.mark.parametrize(("text", "countries"), [
    ("South Korea and Vietnam have signed a free trade deal, with Thailand as the lone critic of the "
     "agreement because of a dispute over rice.", ["KOR", "VNM"]),
    ("Ghana and Togo signed a border accord on Friday, with Benin as the only state to object.", ["GHA", "TGO"]),
])
def test_absolute_with_phrase_names_no_signer(extract, text, countries):
    assert one(extract(text), "agreement").countries == countries


def test_a_with_phrase_of_the_other_side_still_signs(extract):
    event = one(extract("Mongolia signed a transit agreement with China on Monday."), "agreement")
    assert event.countries == ["CHN", "MNG"]


def test_agreement_told_again_by_its_signers_takes_their_states(extract):
    record = extract("South Korea and nine Southeast Asian nations have signed a free-trade deal. Trade ministers "
                     "from South Korea and the Association of Southeast Asian Nations, or ASEAN, signed the "
                     "agreement Friday in Kuala Lumpur.")
    (event,) = agreements(record)
    assert event.countries == ["ASEAN", "KOR"]
    assert event.place is not None and event.place.name == "Kuala Lumpur"


def test_an_earlier_meeting_told_after_the_signing_is_not_its_day(extract):
    record = extract("MUSCAT, March 11 (ONA) -- Omani Foreign Minister Badr Albusaidi held talks in Muscat on Tuesday "
                     "with Jordanian Foreign Minister Ayman Safadi.\n\nThe two sides signed a memorandum of "
                     "understanding on consular cooperation.\n\nThe two ministers last met on January 20.")
    (event,) = agreements(record)
    assert event.date is not None and event.date.start == "2025-03-11"
    assert event.place is not None and event.place.name == "Muscat"


@pytest.mark.parametrize(("text", "city"), [
    ("Kyrgyzstan and Turkey have signed several agreements on trade and defence during a visit to Turkey by the "
     "Kyrgyz president. President Sadyr Japarov received a formal welcome on Tuesday in Ankara, where he met "
     "President Recep Tayyip Erdogan.", "Ankara"),
    ("Chile and Brazil signed five agreements on energy during a visit to Brazil by the Chilean president. "
     "President Gabriel Boric was received on Monday in Brasilia by President Luiz Inacio Lula da Silva.",
     "Brasília"),
])
def test_a_document_placed_in_a_country_takes_the_city_of_its_visit(extract, text, city):
    (event,) = agreements(extract(text))
    assert event.place is not None and event.place.name == city


def test_a_place_the_parser_hangs_on_the_signed_documents_is_where_they_were_signed(extract):
    record = extract("Bolivian Foreign Minister Celinda Sosa and her Paraguayan counterpart, Ruben Ramirez, on "
                     "Friday signed documents in Asuncion to open a new border crossing.")
    signed = agreements(record)
    assert signed and all(e.place is not None and e.place.country == "PRY" for e in signed), \
        [e.place for e in signed]
