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


def test_a_report_without_dates_lists_the_hosts_met(extract):
    """A report with no publication date and no day told: the visit and its talks are the same news,
    so the hosts met are the visit's people: the guest's counterpart, not a lower official he also
    met (GUIDE: the head of the hosting institution)."""
    record = extract(
        "Turkish President Recep Tayyip Erdogan has met Iranian leaders in Tehran to discuss regional "
        "security and trade. Mr. Erdogan had separate meetings on the same day with Iranian President "
        "Masoud Pezeshkian and Vice President Mohammad Reza Aref.", None)
    (visit,) = [e for e in record.events if e.kind == "visit"]
    assert visit.persons[0] == "Recep Tayyip Erdogan"
    assert set(visit.persons) == {"Recep Tayyip Erdogan", "Masoud Pezeshkian"}


def test_an_official_met_besides_the_counterpart_is_no_host(extractor):
    text = ("BEIJING, Nov. 20 (Xinhua) -- Chinese President Xi Jinping held talks with Mongolian President "
            "Ukhnaagiin Khurelsukh, who is on a state visit to China, in Beijing on Thursday. Earlier on "
            "Thursday, Chinese Premier Li Qiang met with Khurelsukh. The Mongolian president also met with "
            "Zhao Leji, chairman of the NPC Standing Committee.")
    record = extractor.extract(Article(text=text, id="t", published="2026-11-20"))
    visit = one(record, "visit")
    assert people(record, visit) == {"Ukhnaagiin Khurelsukh", "Xi Jinping"}


def test_who_received_the_guest_and_his_counterpart_host_him(extractor):
    text = ("TEHRAN, April 28 (IRNA) - Iraqi Foreign Minister Fuad Hussein, who arrived in Tehran on Monday, "
            "held talks with his Iranian counterpart Abbas Araghchi on Tuesday. Hussein was also received by "
            "President Masoud Pezeshkian and met with Secretary of the Supreme National Security Council Ali "
            "Larijani on the same day.")
    record = extractor.extract(Article(text=text, id="t", published="2026-04-28"))
    visit = one(record, "visit")
    assert people(record, visit) == {"Fuad Hussein", "Abbas Araghchi", "Masoud Pezeshkian"}


def test_a_head_of_state_a_minister_met_hosts_him(extractor):
    text = ("VIENTIANE, Aug. 21 (Xinhua) -- Chinese Foreign Minister Wang Yi arrived in Vientiane on Thursday "
            "for an official visit at the invitation of Lao Foreign Minister Thongsavanh Phomvihane. On "
            "Friday Wang met with Lao President Thongloun Sisoulith and Deputy Prime Minister Saleumxay "
            "Kommasith in separate meetings.")
    record = extractor.extract(Article(text=text, id="t", published="2026-08-21"))
    visit = one(record, "visit")
    assert {"Wang Yi", "Thongsavanh Phomvihane", "Thongloun Sisoulith"} <= people(record, visit)
    assert "Saleumxay Kommasith" not in people(record, visit)


def test_a_secretary_of_state_meets_his_counterpart(extractor):
    text = ("LIMA, March 12 (Reuters) - U.S. Secretary of State Marco Rubio arrived in Lima on Wednesday for a "
            "two-day visit. Rubio met Peruvian Foreign Minister Elmer Schialer at the Torre Tagle Palace. He "
            "also met Economy Minister Raul Perez.")
    record = extractor.extract(Article(text=text, id="t", published="2026-03-12"))
    visit = one(record, "visit")
    assert people(record, visit) == {"Marco Rubio", "Elmer Schialer"}


def test_the_host_who_signs_with_the_guest_hosts_him(extractor):
    text = ("MADRID, Nov. 14 (AP) - Chinese President Xi Jinping began a state visit to Spain on Monday. King "
            "Felipe VI welcomed Xi at the Royal Palace. Xi and Spanish Prime Minister Pedro Sanchez signed a "
            "strategic partnership document on Tuesday.")
    record = extractor.extract(Article(text=text, id="t", published="2026-11-15"))
    visit = one(record, "visit")
    assert {"Xi Jinping", "Felipe VI", "Pedro Sanchez"} <= people(record, visit)
