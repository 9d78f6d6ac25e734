"""A held visit's people are its visitor and the host-state officials he met during it
(events/counterparts_met.py)."""

from __future__ import annotations

from event_views import one, people

from dateline.article import Article


def test_the_officials_met_during_a_visit_are_its_hosts(extractor):
    text = ("ANKARA, May 8 (Anka Wire) - Hungarian Foreign Minister Peter Szijjarto was received on Wednesday by "
            "Turkish President Recep Tayyip Erdogan, a day after he co-chaired the third round of the strategic "
            "dialogue with Foreign Minister Hakan Fidan.\n\nThe sides also discussed energy transit.\n\n"
            "Szijjarto, who arrived in Ankara on Monday, will return to Budapest on Thursday.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-08"))
    visit = one(record, "visit")
    assert people(record, visit) == {"Peter Szijjarto", "Recep Tayyip Erdogan", "Hakan Fidan"}


def test_talks_before_the_visit_add_no_host(extractor):
    text = ("ANKARA, May 8 (AA) - Azerbaijani Defence Minister Zakir Hasanov arrived in Ankara on Thursday for a "
            "two-day working visit and held talks with Turkish Defence Minister Yasar Guler. Last month Hasanov "
            "had met Turkish Foreign Minister Hakan Fidan in Baku.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-08"))
    visits = [e for e in record.events if e.kind == "visit" and e.status == "occurred" and e.place
              and e.place.country == "TUR"]
    assert visits and all("Hakan Fidan" not in people(record, v) for v in visits)


def test_an_undated_report_tells_the_visit_and_its_talks_as_one_story(extractor):
    text = ("Kenyan President William Ruto has met Ethiopian leaders in Addis Ababa to discuss the port deal and "
            "regional security. Mr. Ruto held separate meetings with Ethiopian Prime Minister Abiy Ahmed and "
            "President Taye Atske Selassie. Last year Ruto had met Abiy Ahmed in Nairobi.")
    record = extractor.extract(Article(text=text, id="t", published=None))
    visits = [e for e in record.events if e.kind == "visit" and e.place and e.place.country == "ETH"]
    assert visits
    assert people(record, visits[0]) == {"William Ruto", "Abiy Ahmed", "Taye Atske Selassie"}


def test_undated_talks_elsewhere_add_no_host(extractor):
    text = ("Azerbaijani Defence Minister Zakir Hasanov arrived in Ankara for a working visit and held talks with "
            "Turkish Defence Minister Yasar Guler. Hasanov had also met Turkish Foreign Minister Hakan Fidan in "
            "Baku.")
    record = extractor.extract(Article(text=text, id="t", published=None))
    visits = [e for e in record.events if e.kind == "visit" and e.place and e.place.country == "TUR"]
    assert visits and all("Hakan Fidan" not in people(record, v) for v in visits)


def test_a_report_without_dates_lists_every_host_met(extract):
    """A report with no publication date and no day told: the visit and its talks are the same news,
    so the hosts met are the visit's people."""
    record = extract(
        "Turkish President Recep Tayyip Erdogan has met Iranian leaders in Tehran to discuss regional "
        "security and trade. Mr. Erdogan had separate meetings on the same day with Iranian President "
        "Masoud Pezeshkian and Vice President Mohammad Reza Aref.", None)
    (visit,) = [e for e in record.events if e.kind == "visit"]
    assert visit.persons[0] == "Recep Tayyip Erdogan"
    assert {"Masoud Pezeshkian", "Mohammad Reza Aref"} <= set(visit.persons)
