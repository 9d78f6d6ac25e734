"""A gathering told first by the report's day by default, then as one someone is invited or set to attend,
is planned (events/merge.py)."""

from __future__ import annotations

from dateline.article import Article


def test_a_summit_the_guest_is_invited_to_attend_is_planned(extractor):
    text = ("ASTANA, May 20 (Kazinform) - President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat "
            "Mirziyoyev in Astana on Wednesday.\n\n"
            "Mirziyoyev said Uzbekistan backs Kazakhstan in hosting the CICA summit in Astana.\n\n"
            "Tokayev invited Mirziyoyev to attend the CICA summit in Astana.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-20"))
    summits = [e for e in record.events if e.kind == "gathering"]
    assert summits and all(e.status == "planned" and e.date is None for e in summits)


def test_a_summit_the_guest_attended_stays_occurred(extractor):
    text = ("ASTANA, May 20 (Kazinform) - Uzbek President Shavkat Mirziyoyev attended the CICA summit in Astana "
            "on Wednesday.\n\nThe CICA summit was hosted by President Kassym-Jomart Tokayev.")
    record = extractor.extract(Article(text=text, id="t", published="2026-05-20"))
    assert [e.status for e in record.events if e.kind == "gathering"] == ["occurred"]
