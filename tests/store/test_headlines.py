"""Headlines: every event kind reads like news (a table of events as the store summarises them)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.store.headlines import date_span, headline, short_event_name, short_name
from dateline.store.models import ActorRef, DateValue, EventSummary, PlaceValue

_PEOPLE = {
    "Umiraliyev": (3, "Zhandos Umiraliyev", "KAZ"), "KAliyev": (6, "Kamran Aliyev", "AZE"),
    "IAliyev": (25, "Ilham Aliyev", "AZE"), "Asylov": (14, "Berik Asylov", "KAZ"),
    "Tokayev": (44, "Kassym-Jomart Tokayev", "KAZ"), "Mirziyoyev": (26, "Shavkat Mirziyoyev", "UZB"),
    "Faisal": (88, "Faisal bin Farhan Al Saud", "SAU"), "Bayramov": (38, "Jeyhun Bayramov", "AZE"),
    "Wang": (84, "Wang Yi", "CHN"), "Nurtleu": (40, "Murat Nurtleu", "KAZ"),
    "Saidov": (58, "Bakhtiyor Saidov", "UZB"), "Putin": (141, "Vladimir Putin", "RUS"),
    "Gafarova": (73, "Sahiba Gafarova", "AZE"), "Koshanov": (94, "Yerlan Koshanov", "KAZ"),
}
_COUNTRIES = {"AZE": 1, "KAZ": 2, "UZB": 4, "IRN": 5, "RUS": 9, "TKM": 10, "SAU": 11}


def person(key: str) -> ActorRef:
    actor_id, name, country = _PEOPLE[key]
    return ActorRef(id=actor_id, kind="person", name=name, country=country)


def country(code: str) -> ActorRef:
    return ActorRef(id=_COUNTRIES[code], kind="country", name=code, country=code)


def event(kind: str, *, source: list[str] = (), recipient: list[str] = (),  # type: ignore[assignment]
          countries: list[str] = (), status: str = "occurred", name: str | None = None,  # type: ignore[assignment]
          start: str | None = "2024-04-03", end: str | None = None, place: str | None = None,
          place_country: str | None = None, participants: list[str] = ()  # type: ignore[assignment]
          ) -> EventSummary:
    def actors(keys: list[str]) -> list[ActorRef]:
        return [country(k) if k in _COUNTRIES else person(k) for k in keys]

    where = PlaceValue(name=place, country=place_country) if place or place_country else None
    return EventSummary(id=1, kind=kind, type="CONSULT", status=status, name=name,
                        date=DateValue(start=start, end=end or start), place=where,
                        countries=list(countries), confidence=0.9, n_sources=1,
                        source=actors(source), recipient=actors(recipient),
                        participants=actors(participants))


CASES: list[tuple[str, dict[str, Any], str]] = [
    ("visit", dict(source=["KAZ", "Umiraliyev"], recipient=["AZE", "KAliyev"],
                   countries=["AZE", "KAZ"], place="Baku", place_country="AZE"),
     "Zhandos Umiraliyev (KAZ) visits Baku"),
    ("visit", dict(source=["Putin"], recipient=["AZE", "IAliyev"], countries=["AZE", "RUS"],
                   status="planned", place="Azerbaijan", place_country="AZE"),
     "Vladimir Putin (RUS) to visit Azerbaijan"),
    ("visit", dict(source=["AZE"], countries=["AZE", "IRN"]),
     "Delegation of Azerbaijan visits Iran"),
    ("meeting", dict(source=["KAliyev"], recipient=["Umiraliyev"], countries=["AZE", "KAZ"],
                     place="Baku", place_country="AZE"),
     "Aliyev and Umiraliyev meet in Baku"),
    ("meeting", dict(source=["Umiraliyev"], recipient=["KAliyev", "IAliyev"],
                     countries=["AZE", "KAZ"], place="Baku", place_country="AZE"),
     "Umiraliyev, Kamran Aliyev and Ilham Aliyev meet in Baku"),
    ("meeting", dict(source=["Gafarova"], recipient=["Koshanov"], countries=["AZE", "KAZ"],
                     status="planned", place="Astana", place_country="KAZ"),
     "Gafarova and Koshanov to meet in Astana"),
    ("meeting", dict(source=["Bayramov"], recipient=["RUS"], countries=["AZE", "RUS"]),
     "Bayramov holds talks with Russian Federation"),
    ("meeting", dict(source=["AZE"], recipient=["IRN"], countries=["AZE", "IRN"],
                     place="Astara", place_country="AZE"),
     "Azerbaijan and Iran hold talks in Astara"),
    ("meeting", dict(source=["Wang"], recipient=["Nurtleu"], countries=["CHN", "KAZ"]),
     "Wang and Nurtleu meet"),
    ("multilateral", dict(source=["Bayramov", "Nurtleu", "Saidov"],
                          countries=["AZE", "KAZ", "UZB"], place="Tashkent",
                          place_country="UZB"),
     "Bayramov, Nurtleu and Saidov meet in Tashkent"),
    ("multilateral", dict(source=["AZE"], recipient=["KAZ", "TKM"],
                          countries=["AZE", "KAZ", "TKM"], status="planned", start="2025"),
     "Azerbaijan, Kazakhstan and Turkmenistan to hold talks"),
    ("multilateral", dict(source=["KAZ", "Umiraliyev"], recipient=["AZE", "KAliyev"],
                          countries=["AZE", "IRN", "KAZ", "RUS", "TKM"], place="Baku",
                          place_country="AZE"),
     "Meeting of 5 states in Baku"),
    ("multilateral", dict(source=["AZE"], countries=["AZE", "BLR", "CIS", "KAZ", "RUS"],
                          place="Minsk", place_country="BLR"),
     "CIS meeting of 4 states in Minsk"),
    ("gathering", dict(name="29th Annual Conference and General Meeting of the International "
                            "Association of Prosecutors", countries=["AZE", "IAP"],
                       place="Baku", place_country="AZE", start="2024-09-29", end="2024-10-02"),
     "29th IAP Annual Conference, Baku, 29 Sep – 2 Oct 2024"),
    ("gathering", dict(name="plenary session of the Parliamentary Assembly of Turkic States "
                            "(TURKPA)", countries=["AZE", "TURKPA"], status="planned",
                       place="Baku", place_country="AZE", start="2025-09", end="2025-11"),
     "TURKPA plenary session, Baku, Sep – Nov 2025"),
    ("gathering", dict(name="Baku Energy Forum", countries=["AZE"], place="Baku",
                       place_country="AZE", start="2025-06-02", end="2025-06-04"),
     "Baku Energy Forum, 2–4 Jun 2025"),
    ("gathering", dict(countries=["AZE", "UN"], place="Baku", place_country="AZE",
                       start="2024-11-11", end="2024-11-22"),
     "UN gathering, Baku, 11–22 Nov 2024"),
    ("call", dict(source=["KAZ", "Tokayev"], recipient=["UZB", "Mirziyoyev"],
                  countries=["KAZ", "UZB"]),
     "Call: Tokayev – Mirziyoyev"),
    ("call", dict(source=["Bayramov"], recipient=["SAU", "Faisal"], countries=["AZE", "SAU"]),
     "Call: Bayramov – Faisal"),
    ("call", dict(source=["Tokayev", "IAliyev"], countries=["AZE", "KAZ"]),
     "Call: Tokayev – Aliyev"),
    ("agreement", dict(source=["KAliyev", "Asylov"], countries=["AZE", "KAZ"],
                       name="Memorandum of Understanding on cooperation in asset recovery"),
     "Azerbaijan and Kazakhstan sign Memorandum of Understanding on cooperation in asset "
     "recovery"),
    ("agreement", dict(source=["AZE"], countries=["AZE", "UZB"], status="planned",
                       name="treaty on allied relations"),
     "Azerbaijan and Uzbekistan to sign treaty on allied relations"),
    ("agreement", dict(source=["AZE"], recipient=["KAliyev", "Asylov"],
                       countries=["AZE", "KAZ"], name="plan"),
     "Azerbaijan and Kazakhstan sign a plan"),
    ("agreement", dict(source=["AZE"], countries=["AZE", "KAZ", "KGZ", "RUS", "UZB"]),
     "5 states sign an agreement"),
    ("invitation", dict(source=["Asylov"], recipient=["KAZ", "KAliyev"],
                        countries=["AZE", "KAZ"]),
     "Asylov invites Aliyev"),
    ("invitation", dict(source=["KAliyev"], recipient=["Umiraliyev", "Asylov"],
                        countries=["AZE", "KAZ"]),
     "Aliyev invites Umiraliyev and Asylov"),
    ("invitation", dict(source=["Tokayev"], recipient=["AZE"], countries=["AZE", "KAZ"]),
     "Tokayev invites Azerbaijan"),
    ("other", dict(source=["Bayramov"], recipient=["Saidov"], countries=["AZE", "UZB"]),
     "Engagement: Bayramov – Saidov"),
]


@pytest.mark.parametrize(("kind", "fields", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_headline_table(kind: str, fields: dict[str, Any], expected: str) -> None:
    assert headline(event(kind, **fields)) == expected


def test_every_kind_is_in_the_table() -> None:
    from dateline.serve.params import KINDS

    assert set(KINDS) <= {kind for kind, _, _ in CASES}


def test_headline_is_a_field_of_every_event_in_json() -> None:
    item = event("call", source=["Tokayev"], recipient=["Mirziyoyev"], countries=["KAZ", "UZB"])
    assert item.to_dict()["headline"] == "Call: Tokayev – Mirziyoyev"
    schema = EventSummary.model_json_schema(mode="serialization")
    assert "headline" in schema["required"]


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2024-09-29", "2024-10-02", "29 Sep – 2 Oct 2024"),
    ("2024-11-14", "2024-11-15", "14–15 Nov 2024"),
    ("2024-11-06", "2024-11-06", "6 Nov 2024"),
    ("2025-09", "2025-11", "Sep – Nov 2025"),
    ("2025-03", None, "Mar 2025"),
    ("2025", "2025", "2025"),
    ("2024-12-30", "2025-01-02", "30 Dec 2024 – 2 Jan 2025"),
    (None, None, ""),
])
def test_date_span(start: str | None, end: str | None, expected: str) -> None:
    assert date_span(start, end) == expected


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("Kassym-Jomart Tokayev", "KAZ", "Tokayev"),
    ("Faisal bin Farhan Al Saud", "SAU", "Faisal"),
    ("Xi Jinping", "CHN", "Xi"),
    ("Mohammad Kazem Movahedi-Azad", "IRN", "Movahedi-Azad"),
    ("Ilham Heydar oglu Aliyev", "AZE", "Aliyev"),
    ("Lula", "BRA", "Lula"),
])
def test_short_name(name: str, country: str, expected: str) -> None:
    assert short_name(name, country) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("11th summit of the Organization of Turkic States", "11th OTS summit"),
    ("summit of the Shanghai Cooperation Organisation", "SCO summit"),
    ("Conference of Justice Ministers of the Organization of Turkic States",
     "OTS Conference of Justice Ministers"),
    ("International Conference of Prosecutors on Environmental Crime",
     "International Conference of Prosecutors on Environmental Crime"),
    ("29th session of the Conference of the Parties", "29th session of the Conference of the Parties"),
])
def test_short_event_name(name: str, expected: str) -> None:
    assert short_event_name(name) == expected
