"""Documents of a sitting (events/sitting_documents.py, signers.signed_by_all): a document its sentence
tells only beside a summit or a council's session takes the sitting's parties; "The leaders signed a
declaration at the end of the summit" takes the summit told before; "exchanged the instruments of
ratification of the agreement" is that agreement."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-06-18"


def documents(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]


def one_document(record: Record) -> Event:
    found = documents(record)
    assert len(found) == 1, [(e.kind, e.name, e.countries) for e in record.events]
    return found[0]


def test_the_communique_of_a_session_is_the_sessions_document(extract):
    record = extract("RIYADH, 18 June (SPA) -- The final communique of the 163rd session of the GCC Ministerial "
                     "Council was adopted in Riyadh on Tuesday.")
    document = one_document(record)
    assert set(document.countries) == {"GCC", "SAU"}
    assert document.place is not None and document.place.name == "Riyadh"
    assert document.status == "occurred" and document.date is not None and document.date.start == "2025-06-17"


def test_a_declaration_adopted_at_a_summit_of_an_organisation(extract):
    document = one_document(extract("BUDAPEST, 18 June (MTI) -- A joint declaration was adopted at the informal "
                                    "summit of the Organization of Turkic States in Budapest on Tuesday."))
    assert set(document.countries) == {"OTS", "HUN"}
    assert document.place is not None and document.place.name == "Budapest"


def test_signers_of_their_own_keep_their_parties(extract):
    document = one_document(extract("ASTANA, 18 June (Kazinform) -- Kazakhstan and Uzbekistan signed a memorandum "
                                    "on water management at the CICA summit in Astana on Tuesday."))
    assert {"KAZ", "UZB"} <= set(document.countries)


def test_the_leaders_sign_at_the_summit_told_before(extract):
    record = extract("ABUJA, 16 June (NAN) -- ECOWAS heads of state met in Abuja on Sunday for an extraordinary "
                     "summit on the situation in the Sahel.\n\n"
                     "The leaders signed a declaration on regional security at the end of the summit.")
    summit = next(e for e in record.events if e.kind == "gathering")
    assert set(summit.countries) == {"ECOWAS", "NGA"}
    document = one_document(record)
    assert set(document.countries) == {"ECOWAS", "NGA"}
    assert document.place is not None and document.place.name == "Abuja"


def test_instruments_of_ratification_exchanged(extract):
    document = one_document(extract("ASHGABAT, 18 June (TDH) -- Turkmenistan and Iran exchanged the instruments of "
                                    "ratification of the agreement on mutual legal assistance in criminal matters "
                                    "on Tuesday.\n\nThe ceremony took place at the Ministry of Foreign Affairs."))
    assert set(document.countries) == {"TKM", "IRN"}
    assert document.name == "agreement on mutual legal assistance in criminal matters"
    assert document.status == "occurred"

