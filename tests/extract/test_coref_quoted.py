"""The first person of an attributed quote is its speaker (coref_quoted.py): a leader's trips, talks
and calls told in his own words are his."""

from __future__ import annotations

PUBLISHED = "2025-09-17"


def _events(record, kind):
    return sorted((sorted(e.persons), sorted(e.countries)) for e in record.events if e.kind == kind)


def test_my_visit_in_a_quote_is_the_speakers(extract):
    record = extract(
        "BISHKEK, 16 September (Kabar). President Sadyr Japarov received the visiting Tajik Prime Minister "
        "Kokhir Rasulzoda on Tuesday. \"During my state visit to Dushanbe in March, President Emomali Rahmon "
        "and I signed the border treaty,\" Japarov said.")
    visits = [e for e in record.events if e.kind == "visit" and "Dushanbe" in (e.place.name if e.place else "")]
    assert len(visits) == 1
    assert sorted(visits[0].countries) == ["KGZ", "TJK"]
    assert "Sadyr Japarov" in visits[0].persons


def test_i_met_told_reporters_after_the_quote(extract):
    record = extract(
        "BAKU, Azerbaijan, Sept 17. \"When I met President Shavkat Mirziyoyev in Samarkand last month, we "
        "agreed to open a new air route,\" Prime Minister Ali Asadov told reporters on Wednesday.")
    assert (["Ali Asadov", "Shavkat Mirziyoyev"], ["AZE", "UZB"]) in _events(record, "meeting")


def test_speaker_before_a_colon(extract):
    record = extract(
        "ASHGABAT, 17 September. Foreign Minister Rashid Meredov said on Wednesday: \"I held very useful "
        "talks with my Iranian colleague in Tehran last week.\"")
    assert any(sorted(e.countries) == ["IRN", "TKM"] for e in record.events if e.kind == "meeting")


def test_i_had_a_phone_conversation(extract):
    record = extract(
        "DOHA, Sept 17 (QNA) -- \"I had a constructive telephone conversation with President Emmanuel "
        "Macron yesterday,\" HH the Amir Sheikh Tamim bin Hamad Al-Thani said on Wednesday.")
    assert _events(record, "call") == [(["Emmanuel Macron", "Tamim bin Hamad Al-Thani"], ["FRA", "QAT"])]


def test_i_visited_is_the_speakers_visit(extract):
    record = extract(
        "WARSAW, Sept 17. \"I visited Astana twice this year and found a partner we can rely on,\" Polish "
        "Foreign Minister Radoslaw Sikorski said on Wednesday.")
    assert (["Radoslaw Sikorski"], ["KAZ", "POL"]) in _events(record, "visit")


def test_an_unattributed_quote_is_no_ones(extract):
    """Guard: no reporting verb beside the quote, so its first person stays unresolved."""
    record = extract(
        "ASTANA, 17 September. \"I visited Tashkent twice this year.\" The words open a memoir published "
        "on Wednesday by the Kazakh publisher Foliant.")
    assert not _events(record, "visit")


def test_thanks_in_a_quote_make_no_visitor(extract):
    """Guard: 'I am grateful for his visit' is the host's thanks; the speaker stays the host."""
    record = extract(
        "VILNIUS, Sept 17. Polish President Karol Nawrocki arrived in Vilnius on Wednesday on an official "
        "visit. \"I am grateful to Karol for his visit and for the support of Poland,\" Lithuanian President "
        "Gitanas Nauseda said after the talks.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert [sorted(v.countries) for v in visits] == [["LTU", "POL"]]
    assert "Karol Nawrocki" in visits[0].persons
