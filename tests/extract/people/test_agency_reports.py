"""Officials of whole agency reports (people stage): long title chains, a delegation's leader, members
of a body in a list, an ambassador 'to the Sultanate', a ministry of several domains, names with
'bin', a surname told later. Each official is listed once with the title the text gives first and
the state they serve."""

from __future__ import annotations

from dateline.article import Article

_ASTANA = """ASTANA, 12 November (Kazinform) -- Chairman of the Majilis of the Parliament of Kazakhstan Askar \
Temirbekov received a delegation of the Grand National Assembly of Türkiye led by Deputy Speaker Selim \
Aydin, Kazinform News Agency correspondent reports.

The sides discussed inter-parliamentary cooperation and preparations for the visit of the Turkish \
President to Astana. Temirbekov noted that Kazakhstan attaches great importance to its strategic \
partnership with Türkiye.

The meeting was also attended by members of the Majilis Dana Omarova and Yerzhan Saparov, as well as the \
Ambassador of Türkiye to Kazakhstan Ali Kemal Uysal.

Aydin, in turn, conveyed greetings from the Speaker of the Grand National Assembly Murat Erkan."""

_MUSCAT = """MUSCAT, 4 May (ONA) -- Sayyid Faisal bin Hamad Al Busaidi, Minister of Foreign Affairs, received \
at the ministry's general office today the visiting Minister of Foreign Affairs of the Republic of Kenya \
Daniel Otieno.

The two ministers reviewed the bilateral relations and ways to enhance them. Otieno was accompanied by the \
Ambassador of Kenya to the Sultanate, Grace Wanjiru, while the Omani side included Sheikh Khalid bin Ali \
Al Harthy, Undersecretary of the Ministry for Political Affairs.

Later, Otieno held talks with the Minister of Commerce, Industry and Investment Promotion Qais bin Saif \
Al Yousef. (ONA)"""


def _officials(extractor, text: str, published: str) -> set[tuple[str, str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published=published))
    return {(a.name, a.title, a.country) for a in record.actors if a.kind == "person"}


def test_a_parliamentary_visit_report(extractor):
    assert _officials(extractor, _ASTANA, "2025-11-12") == {
        ("Askar Temirbekov", "Chairman of the Majilis of the Parliament", "KAZ"),
        ("Selim Aydin", "Deputy Speaker", "TUR"),
        ("Dana Omarova", "Member of the Majilis", "KAZ"),
        ("Yerzhan Saparov", "Member of the Majilis", "KAZ"),
        ("Ali Kemal Uysal", "Ambassador", "TUR"),
        ("Murat Erkan", "Speaker of the Grand National Assembly", "TUR"),
    }


def test_a_gulf_foreign_ministry_report(extractor):
    assert _officials(extractor, _MUSCAT, "2025-05-04") == {
        ("Faisal bin Hamad Al Busaidi", "Minister of Foreign Affairs", "OMN"),
        ("Daniel Otieno", "Minister of Foreign Affairs", "KEN"),
        ("Grace Wanjiru", "Ambassador", "KEN"),
        ("Khalid bin Ali Al Harthy", "Undersecretary of the Ministry for Political Affairs", "OMN"),
        ("Qais bin Saif Al Yousef", "Minister of Commerce, Industry and Investment Promotion", "OMN"),
    }
