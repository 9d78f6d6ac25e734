"""Documents listed one to a line after a signing, each with its own signers (events/listed_documents.py,
events/signers.py, events/document_clauses.py): "These included:" and a line "An agreement on the
promotion and protection of investments, signed by A and B." is an agreement of the two states, signed
by A and B in the presence of the leaders who witnessed the exchange, whichever noun of its topic the
parser hangs "signed by" on; the ministers who sign it are no hosts the visitor met (GUIDE: a visit
lists the visitor and the host)."""

from __future__ import annotations

from event_views import agreements, people

LISTED = (
    "DOHA, 12 March 2026 (QNA) -- The Amir of the State of Qatar Sheikh Tamim bin Hamad Al Thani held "
    "official talks today with President William Ruto of the Republic of Kenya, who is on a state visit to "
    "the country.\n\n"
    "Following the talks, the two leaders witnessed the exchange of a number of agreements and memoranda of "
    "understanding between the two countries. These included:\n\n"
    "An agreement on the promotion and reciprocal protection of investments, signed by Qatari Minister of "
    "Commerce Sheikh Faisal bin Thani Al Thani and Kenyan Cabinet Secretary for Trade Lee Kinyanjui.\n\n"
    "A memorandum of understanding on cooperation in the field of sports, exchanged by Qatari Minister of "
    "Sports Sheikh Hamad bin Khalifa Al Thani and Kenyan Cabinet Secretary for Sports Salim Mvurya.\n\n"
    "A memorandum of understanding on cooperation in higher education between the two governments.\n\n"
    "The Amir later hosted a luncheon in honour of the Kenyan President.")


def test_each_line_after_these_included_is_an_agreement(extract):
    found = agreements(extract(LISTED))
    names = sorted(e.name or "" for e in found)
    assert len(found) == 3, names
    assert any(n.startswith("agreement on the promotion") for n in names)
    assert any("higher education" in n for n in names)
    assert all(e.countries == ["KEN", "QAT"] and e.status == "occurred" for e in found)


def test_each_listed_document_keeps_its_own_signers_and_the_witnesses(extract):
    record = extract(LISTED)
    by_name = {e.name or "": e for e in agreements(record)}
    investments = next(e for n, e in by_name.items() if n.startswith("agreement on the promotion"))
    sports = next(e for n, e in by_name.items() if "sports" in n)
    assert {"Faisal bin Thani Al Thani", "Lee Kinyanjui", "Tamim bin Hamad Al Thani",
            "William Ruto"} <= people(record, investments)
    assert {"Hamad bin Khalifa Al Thani", "Salim Mvurya"} <= people(record, sports)
    assert "Lee Kinyanjui" not in people(record, sports)


def test_the_signing_ministers_are_no_hosts_of_the_visit(extract):
    record = extract(LISTED)
    visit = next(e for e in record.events if e.kind == "visit")
    assert people(record, visit) == {"William Ruto", "Tamim bin Hamad Al Thani"}


def test_a_signer_hung_on_the_last_noun_of_a_conjoined_topic(extract):
    record = extract(
        "RIYADH, 4 May 2026 (SPA) -- Saudi Arabia and Uzbekistan signed an agreement on the promotion and "
        "protection of investments, signed by Saudi Minister of Investment Khalid Al-Falih and Uzbek "
        "Minister of Investment Laziz Kudratov, in Riyadh on Monday.")
    found = agreements(record)
    assert len(found) == 1
    assert {"Khalid Al-Falih", "Laziz Kudratov"} <= people(record, found[0])


def test_the_listed_documents_come_in_the_order_told(extract):
    names = [e.name or "" for e in agreements(extract(LISTED))]
    assert [n.split()[0].lower() for n in names] == ["agreement", "memorandum", "memorandum"]
    assert "sports" in names[1] and "higher education" in names[2]
