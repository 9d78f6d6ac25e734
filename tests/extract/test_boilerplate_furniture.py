"""Page furniture around agency copy ("Follow us on ...", "Read also: ...", "Updated: ...",
"Editor's note: ...", a copyright line, a photo caption) tells no engagement and names no
official (session 13). Sentences written for these tests."""

from __future__ import annotations

from dateline.extract.boilerplate import boilerplate_spans

PUBLISHED = "2026-12-04"


def _lines(text: str) -> list[str]:
    return sorted({text[s:e] for s, e in boilerplate_spans(text)})


def test_furniture_lines_are_found_and_story_lines_are_not():
    text = ("BAKU, Azerbaijan, Dec. 4 (Trend): The ministers met.\n"
            "Following the talks, the two ministers signed a protocol.\n"
            "Related projects were also discussed.\n"
            "Follow us on Telegram @caspianwire\n"
            "Read also: Baku, Tashkent sign transit deal\n"
            "Updated: 5 December 2026 09:40\n"
            "Editor's note: An earlier version of this report gave the wrong day for the talks.\n"
            "\u00a9 Steppe News 2026. All rights reserved.\n"
            "Tags: Ilham Aliyev, Shavkat Mirziyoyev, transit")
    assert _lines(text) == sorted([
        "Follow us on Telegram @caspianwire", "Read also: Baku, Tashkent sign transit deal",
        "Updated: 5 December 2026 09:40",
        "Editor's note: An earlier version of this report gave the wrong day for the talks.",
        "\u00a9 Steppe News 2026. All rights reserved.", "Tags: Ilham Aliyev, Shavkat Mirziyoyev, transit"])


def test_a_read_also_headline_tells_no_agreement(extract):
    record = extract("TASHKENT, Dec 4 (UzA) -- President Shavkat Mirziyoyev received Foreign Minister of "
                     "Latvia Baiba Braze at the Kuksaroy residence.\n\n"
                     "Read also: Uzbekistan, Latvia sign customs accord")
    assert [e.kind for e in record.events if e.kind == "agreement"] == []
    assert any(e.kind == "meeting" for e in record.events)


def test_a_follow_us_line_names_no_official(extract):
    record = extract("ASTANA, Dec 4 (Kazinform) - Kazakh Foreign Minister Yermek Kosherbayev met with "
                     "Mongolian Foreign Minister Battsetseg Batmunkh on Thursday.\n\n"
                     "Follow us on Instagram and Twitter")
    persons = {a.name for a in record.actors if a.kind == "person"}
    assert persons == {"Yermek Kosherbayev", "Battsetseg Batmunkh"}


def test_a_file_photo_caption_tells_no_engagement(extract):
    text = ("MANAMA, Dec 4 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa received Jordanian "
            "Foreign Minister Ayman Safadi at Sakhir Palace today.\n\n"
            "Photo: King Hamad holds talks with Egyptian President Abdel Fattah al-Sisi in Cairo")
    record = extract(text)
    assert record.events and all(e.trigger.start < text.index("Photo:") for e in record.events)
    assert all("EGY" not in e.countries for e in record.events)


def test_a_byline_signed_after_the_date_is_no_official(extract):
    record = extract("Baku, Azerbaijan, Dec.4 By Samira Huseynli - Trend: Azerbaijani Economy Minister Mikayil "
                     "Jabbarov met with Hungarian Foreign Minister Peter Szijjarto in Baku today.")
    assert record.dateline is not None and record.dateline.place == "Baku"
    assert {a.name for a in record.actors if a.kind == "person"} == {"Mikayil Jabbarov", "Peter Szijjarto"}


def test_a_byline_line_under_the_dateline_keeps_the_lead_engagement(extract):
    record = extract("Baku, Azerbaijan, Dec.4\nBy Samira Huseynli - Trend:\n\nAzerbaijani Economy Minister "
                     "Mikayil Jabbarov met with Hungarian Foreign Minister Peter Szijjarto in Baku today.")
    assert any(e.kind == "meeting" for e in record.events)
    assert {a.name for a in record.actors if a.kind == "person"} == {"Mikayil Jabbarov", "Peter Szijjarto"}
