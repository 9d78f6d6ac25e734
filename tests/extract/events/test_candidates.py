"""The merge finds the events a draft may tell again by key (``events/candidates.py``): the same
records as holding every draft against every event, with far fewer comparisons on a long document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dateline.extract.events.merge as merge
from dateline.article import Article
from dateline.extract.events.candidates import Candidates

DEMO = Path(__file__).resolve().parents[3] / "examples" / "demo" / "articles"

ARTICLES = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
PAIRS = [("Mongolian", "Lao", "Vientiane"), ("Chilean", "Peruvian", "Lima"), ("Kenyan", "Ugandan", "Kampala"),
         ("Hungarian", "Slovak", "Bratislava"), ("Omani", "Qatari", "Doha"), ("Thai", "Cambodian", "Phnom Penh"),
         ("Georgian", "Armenian", "Yerevan"), ("Ghanaian", "Togolese", "Lome"), ("Bolivian", "Paraguayan", "Asuncion"),
         ("Nepali", "Bangladeshi", "Dhaka"), ("Tunisian", "Algerian", "Algiers"), ("Latvian", "Estonian", "Tallinn")]


def _talks(n: int) -> str:
    guest, host, capital = PAIRS[n % len(PAIRS)]
    return (f"The {guest} foreign minister arrived in {capital} on Monday for talks with his {host} counterpart. "
            f"The two ministers met on Tuesday and discussed trade and transport. They also signed a memorandum "
            f"on tourism. The {host} minister will visit the {guest} capital next year.\n\n")


LONG = "".join(_talks(n) for n in range(36))  # 36 reports of twelve pairs of states, end to end


class _EveryEvent(Candidates):
    """The walk the index replaces: every event of the draft's kind."""

    def of(self, draft):  # type: ignore[no-untyped-def]
        return (e for e in self.events if e.kind == draft.kind)


def _records(extractor, texts: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for n, text in enumerate(texts):
        record = extractor.extract(Article(text=text, id=f"d{n}", published="2026-05-04"))
        out.append(json.dumps(record.to_dict(), sort_keys=True))
    return out


@pytest.fixture
def compared(monkeypatch):  # type: ignore[no-untyped-def]
    """The number of (event, draft) pairs ``same_engagement`` is asked about."""
    calls = [0]
    judge = merge.same_engagement

    def counted(state, a, b):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return judge(state, a, b)

    monkeypatch.setattr(merge, "same_engagement", counted)
    return calls


def test_the_index_gives_the_records_of_the_whole_walk(extractor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    texts = [LONG, "".join(ARTICLES), *ARTICLES]
    keyed = _records(extractor, texts)
    monkeypatch.setattr(merge, "Candidates", _EveryEvent)
    assert _records(extractor, texts) == keyed
    assert len(texts) > 10


def test_a_long_document_compares_a_draft_with_few_events(extractor, compared, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    extractor.extract(Article(text=LONG, id="long", published="2026-05-04"))
    keyed = compared[0]
    compared[0] = 0
    monkeypatch.setattr(merge, "Candidates", _EveryEvent)
    extractor.extract(Article(text=LONG, id="long", published="2026-05-04"))
    assert keyed * 5 < compared[0], (keyed, compared[0])  # 134 against 1,476 when written
