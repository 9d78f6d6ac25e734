"""Officials listed with their states after a plural title, each with its own state
(dateline/extract/name_country_lists.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def officials(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def only(record: Record, kind: str):
    found = [e for e in record.events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def test_each_state_then_its_name_with_commas(extractor):
    record = run(extractor, "The meeting in Cholpon-Ata on Friday was attended by the interior ministers of "
                            "Azerbaijan, Vilayat Eyvazov, Kazakhstan, Yerzhan Sadenov, and Kyrgyzstan, Ulan "
                            "Niyazbekov.")
    found = officials(record)
    assert found["Vilayat Eyvazov"] == ("Interior Minister", "AZE")
    assert found["Yerzhan Sadenov"] == ("Interior Minister", "KAZ")
    assert found["Ulan Niyazbekov"] == ("Interior Minister", "KGZ")
    assert only(record, "multilateral").countries == ["AZE", "KAZ", "KGZ"]


def test_each_of_state_then_its_name(extractor):
    record = run(extractor, "The talks were attended by Defense Ministers of Azerbaijan Zakir Hasanov, of "
                            "Georgia Irakli Chikovani and of Turkiye Yasar Guler.")
    found = officials(record)
    assert found["Zakir Hasanov"] == ("Defense Minister", "AZE")
    assert found["Irakli Chikovani"] == ("Defense Minister", "GEO")
    assert found["Yasar Guler"] == ("Defense Minister", "TUR")


def test_names_then_their_states(extractor):
    record = run(extractor, "Presidents Emomali Rahmon of Tajikistan, Kassym-Jomart Tokayev of Kazakhstan and "
                            "Serdar Berdimuhamedov of Turkmenistan met in Dushanbe on Thursday.")
    found = officials(record)
    assert found["Emomali Rahmon"] == ("President", "TJK")
    assert found["Kassym-Jomart Tokayev"] == ("President", "KAZ")
    assert found["Serdar Berdimuhamedov"] == ("President", "TKM")
    assert set(only(record, "multilateral").countries) == {"KAZ", "TJK", "TKM"}


def test_heads_of_state_with_states_in_brackets(extractor):
    record = run(extractor, "Heads of state Ilham Aliyev (Azerbaijan), Kassym-Jomart Tokayev (Kazakhstan) and "
                            "Shavkat Mirziyoyev (Uzbekistan) signed the declaration in Khiva.")
    found = officials(record)
    assert found["Kassym-Jomart Tokayev"] == ("Head of State", "KAZ")
    assert found["Shavkat Mirziyoyev"] == ("Head of State", "UZB")


def test_demonyms_in_the_order_of_the_names(extractor):
    record = run(extractor, "Turkish, Azerbaijani and Georgian foreign ministers Hakan Fidan, Jeyhun Bayramov "
                            "and Maka Botchorishvili met in Kars on Monday.")
    found = officials(record)
    assert found["Hakan Fidan"][1] == "TUR"
    assert found["Jeyhun Bayramov"][1] == "AZE"
    assert found["Maka Botchorishvili"][1] == "GEO"


def test_a_list_of_states_alone_names_nobody(extractor):
    record = run(extractor, "The foreign ministers of Azerbaijan, Kazakhstan and Kyrgyzstan met in Baku on "
                            "Monday.")
    assert officials(record) == {}
    assert only(record, "multilateral").countries == ["AZE", "KAZ", "KGZ"]


def test_demonyms_then_plural_title_then_comma_and_names(extractor):
    """'the Omani and Bahraini foreign ministers, A and B': the comma after the title does not cut
    the list off when as many demonyms as names come before it."""
    record = run(extractor, "RIYADH, Oct 13 (SPA) -- The Crown Prince received on Monday the Omani and Bahraini "
                            "foreign ministers, Badr Albusaidi and Abdullatif Al Zayani, at Al-Yamamah Palace.")
    found = officials(record)
    assert found["Badr Albusaidi"] == ("Foreign Minister", "OMN")
    assert found["Abdullatif Al Zayani"] == ("Foreign Minister", "BHR")
