"""'witnessed the signing of more than 20 cooperation documents': a signing whose documents are named
by a word that is no document cue of its own is one agreement of the talks' parties (events/act_cues.py;
one signing occasion is one agreement, however many documents it counts)."""

from __future__ import annotations

from event_views import one, people

PUBLISHED = "2025-05-14"


def test_documents_signed_after_talks_are_the_talks_parties_agreement(extract):
    record = extract(
        "BEIJING, May 13 (Xinhua) -- Chinese President Xi Jinping held talks with Serbian President "
        "Aleksandar Vucic in Beijing on Tuesday.\n\nAfter the talks, the two heads of state witnessed the "
        "signing of more than 20 cooperation documents in areas including trade, infrastructure and culture.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["CHN", "SRB"]
    assert people(record, agreement) == {"Xi Jinping", "Aleksandar Vucic"}
    assert agreement.status == "occurred"
    assert agreement.date is not None and agreement.date.start == "2025-05-13"
    assert agreement.place is not None and agreement.place.country == "CHN"


def test_a_package_of_documents_signed_at_a_commission(extract):
    record = extract(
        "TASHKENT, May 13 (Dunyo) -- The fifth meeting of the Uzbek-Turkmen intergovernmental commission was "
        "held in Tashkent on Tuesday. It was co-chaired by Uzbek Deputy Prime Minister Jamshid Khodjaev and "
        "Turkmen Deputy Prime Minister Batyr Amanov. The meeting ended with the signing of a package of documents.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["TKM", "UZB"]
    assert agreement.status == "occurred"


def test_the_signing_of_documents_planned_for_a_visit(extract):
    record = extract(
        "ASHGABAT, May 13 (TDH) -- Preparations are under way for the state visit of Mongolian President "
        "Ukhnaagiin Khurelsukh to Turkmenistan on May 20-21. The signing of a number of documents is "
        "expected during the visit.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["MNG", "TKM"]
    assert agreement.status == "planned"


def test_the_mou_told_again_is_the_memorandum_signed(extract):
    record = extract(
        "KUWAIT, May 13 (KUNA) -- The State of Kuwait and the Republic of Korea signed on Tuesday a memorandum of "
        "understanding on cooperation in the field of renewable energy. The MoU was signed by Kuwaiti Minister "
        "of Electricity and Water Mahmoud Bushehri and Korean Ambassador to Kuwait Chung Byung-ha.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["KOR", "KWT"]
    assert agreement.name is not None and agreement.name.startswith("memorandum of understanding on cooperation")


def test_a_ceremony_of_signing_is_the_agreement_not_a_gathering(extract):
    record = extract(
        "BAKU, May 13 (AZERTAC) -- Azerbaijani Minister of Economy Mikayil Jabbarov met with Omani Minister of "
        "Commerce Qais Al Yousef in Baku on Tuesday. Within the framework of the meeting, the ceremony of "
        "signing a Memorandum of Understanding on cooperation in the field of investment took place.")
    # the Omani minister met his host in Baku: a visit and a meeting by the guide (events/abroad.py)
    assert sorted(e.kind for e in record.events) == ["agreement", "meeting", "visit"]
    assert one(record, "agreement").countries == ["AZE", "OMN"]


def test_a_signing_ceremony_for_an_agreement_is_its_signing(extract):
    record = extract(
        "RABAT, May 13 (MAP) -- Moroccan Foreign Minister Nasser Bourita and his Gambian counterpart Mamadou "
        "Tangara met in Rabat on Tuesday. A signing ceremony for an agreement on visa exemption was held at "
        "the ministry afterwards.")
    agreement = one(record, "agreement")
    assert agreement.countries == ["GMB", "MAR"]
    assert agreement.status == "occurred"
    assert not [e for e in record.events if e.kind == "gathering"]


def test_an_opening_ceremony_stays_a_gathering(extract):
    record = extract("ATHENS, May 13 (ANA) -- Greek Prime Minister Kyriakos Mitsotakis attended the opening "
                     "ceremony of the Thessaloniki International Fair on Tuesday.")
    assert [e.kind for e in record.events] == ["gathering"]
