"""One trigger, one engagement per counterpart, beyond 'met separately' (events/one_each.py).

Issue 14, item 4 (several engagements in one sentence): calls in the plural with several states,
envoys presenting their credentials, guests received separately (the guests are the trigger's
subject side), a pairwise noun deep in the clause, and places listed 'respectively'.
"""

from __future__ import annotations

PUBLISHED = "2025-05-14"


def _events(record, kind):
    return sorted((sorted(e.persons), sorted(e.countries)) for e in record.events if e.kind == kind)


def test_phone_calls_with_three_ministers_are_three_calls(extract):
    record = extract(
        "DOHA, May 13 (QNA) -- Qatar's Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin "
        "Abdulrahman Al-Thani held phone calls on Tuesday with the foreign ministers of Turkiye, Pakistan "
        "and Indonesia on the situation in the region.")
    assert [c for _, c in _events(record, "call")] == [["IDN", "QAT"], ["PAK", "QAT"], ["QAT", "TUR"]]


def test_separate_calls_with_two_named_counterparts(extract):
    record = extract(
        "BAKU, May 13 (AZERTAC) -- Azerbaijani Foreign Minister Jeyhun Bayramov held separate telephone "
        "conversations with his Kazakh and Uzbek counterparts, Murat Nurtleu and Bakhtiyor Saidov, on Tuesday.")
    assert _events(record, "call") == [
        (["Bakhtiyor Saidov", "Jeyhun Bayramov"], ["AZE", "UZB"]),
        (["Jeyhun Bayramov", "Murat Nurtleu"], ["AZE", "KAZ"])]


def test_envoys_presenting_credentials_are_one_meeting_each(extract):
    record = extract(
        "ASTANA, 13 May (Kazinform). President Kassym-Jomart Tokayev received on Tuesday the newly appointed "
        "ambassadors of Brazil, Egypt and Norway, who presented their letters of credence at the Akorda.")
    assert [c for _, c in _events(record, "meeting")] == [["BRA", "KAZ"], ["EGY", "KAZ"], ["KAZ", "NOR"]]
    assert not _events(record, "multilateral")


def test_guests_received_separately(extract):
    """The guests are the subject side of 'received'; each is received on their own."""
    record = extract(
        "MUSCAT, May 13 (ONA) -- Sayyid Badr Albusaidi, Oman's Foreign Minister, received at the ministry "
        "on Tuesday the foreign ministers of Kuwait and Jordan, Abdullah Al-Yahya and Ayman Safadi, separately.")
    assert _events(record, "meeting") == [
        (["Abdullah Al-Yahya", "Badr Albusaidi"], ["KWT", "OMN"]),
        (["Ayman Safadi", "Badr Albusaidi"], ["JOR", "OMN"])]


def test_separate_calls_hung_deep_in_the_clause_and_a_visit_each(extract):
    """The guests met one by one came one by one: a meeting and a visit each."""
    record = extract(
        "MANILA, May 13 (PNA) -- President Ferdinand Marcos Jr. received visiting Malaysian Prime Minister "
        "Anwar Ibrahim and Indonesian President Prabowo Subianto at Malacanang Palace on Tuesday in separate "
        "courtesy calls.")
    pairs = [
        (["Anwar Ibrahim", "Ferdinand Marcos Jr"], ["MYS", "PHL"]),
        (["Ferdinand Marcos Jr", "Prabowo Subianto"], ["IDN", "PHL"])]
    assert _events(record, "meeting") == sorted(pairs)
    assert _events(record, "visit") == sorted(pairs)


def test_respectively_places_each_part(extract):
    record = extract(
        "TASHKENT, May 13 (UzA). Deputy Foreign Minister Bakhrom Aloyev held political consultations with "
        "his Latvian and Estonian counterparts in Riga and Tallinn respectively.")
    meetings = sorted((sorted(e.countries), e.place.name if e.place else None)
                      for e in record.events if e.kind == "meeting")
    assert meetings == [(["EST", "UZB"], "Tallinn"), (["LVA", "UZB"], "Riga")]
