"""Issue 7's three demo questions, answered by the JSON twins of the pages a user would visit
(in-process; the browser version is ``test_demo_questions.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_answers import (
    AUTUMN,
    COP29_INVITEE,
    COP29_NAMES,
    ENV_NAME,
    IAP_INVITEES,
    IAP_NAME,
    TRANSPORT_GROUP_DATE,
    april_visitors,
    last_meeting,
)


@pytest.fixture(scope="module")
def demo(demo_db: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from dateline.serve import create_app

    with TestClient(create_app(str(demo_db), token="")) as client:
        yield client


def get(client: Any, path: str, **params: str) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def names(event: dict[str, Any]) -> set[str]:
    return {a["name"] for side in ("source", "recipient", "participants") for a in event[side]}


def person_id(client: Any, name: str) -> int:
    people = get(client, "/search.json", q=name)["people"]
    return next(p["id"] for p in people if p["name"] == name)


def test_q1_delegations_visiting_azerbaijan_in_april_2024(demo: Any) -> None:
    page = get(demo, "/events.json", kind="visit", place="Azerbaijan", since="2024-04",
               until="2024-04")
    expected = april_visitors()
    assert page["total"] == len(expected) == 4
    for person, country in expected.items():
        (visit,) = [e for e in page["items"] if person in names(e)]
        assert set(visit["countries"]) == {"AZE", country}
        assert visit["place"]["country"] == "AZE" and visit["date"]["start"].startswith("2024-04")
    # Aliyev's own trip to Astana that month is a visit *by* Azerbaijan, not to it.
    assert all(e["place"]["country"] == "AZE" for e in page["items"])
    same_by_city = get(demo, "/events.json", kind="visit", place="AZE", since="2024-04",
                       until="2024-04")
    assert {e["id"] for e in same_by_city["items"]} == {e["id"] for e in page["items"]}


def test_q2_when_the_prosecutors_general_last_met(demo: Any) -> None:
    asylov, aliyev = person_id(demo, "Berik Asylov"), person_id(demo, "Kamran Aliyev")
    person = get(demo, f"/actors/{asylov}.json")
    row = next(m for m in person["meetings"] if m["actor"]["id"] == aliyev)
    assert row["last_met"]["date"]["start"] == last_meeting() == "2024-10-01"
    assert row["between_url"] == f"/between?a={asylov}&b={aliyev}"
    both = get(demo, "/between.json", a=str(asylov), b=str(aliyev))
    assert both["last_meeting"]["date"]["start"] == "2024-10-01"
    assert both["last_meeting"]["place"]["name"] == "Baku"
    starts = [e["date"]["start"] for e in both["events"]["items"] if e["date"]["start"]]
    assert starts == sorted(starts, reverse=True)  # newest first (undated ones by report date)
    assert both["last_contact"]["kind"] == "call"  # the February 2025 video call is no meeting
    by_name = get(demo, "/between.json", a="Kamran Aliyev", b="Berik Asylov", kind="meeting")
    assert by_name["events"]["items"][0]["date"]["start"] == "2024-10-01"
    assert {e["kind"] for e in by_name["events"]["items"]} == {"meeting"}


def autumn_events(calendar: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for m in calendar["months"] for e in m["events"]]


def test_q3_scheduled_in_baku_in_the_autumn_and_who_is_invited(demo: Any) -> None:
    calendar = get(demo, "/calendar.json", **AUTUMN)
    assert calendar["place"] == "Baku" and not calendar["default_period"]
    # "2024": the CIS prosecutors' council's next meeting, "in Baku next year" (d037, dated by its year only)
    assert {m["month"] for m in calendar["months"]} <= {"2024", "2024-09", "2024-10", "2024-11"}
    events = autumn_events(calendar)
    assert all(e["place"]["name"] == "Baku" for e in events)
    (iap,) = [e for e in events if e["name"] == IAP_NAME]
    # Gold: 2024-09-29 to 2024-10-02 (the store may narrow it to a day of it, see the report).
    assert "2024-09-29" <= iap["date"]["start"] <= "2024-10-02"
    assert iap["announced"] == "2024-04-03"  # first reported as planned in d001
    invited = set().union(*(names(i) for i in iap["invitations"]))
    assert set(IAP_INVITEES) <= invited
    # Invitations sent before the conference; "had accepted X's invitation" is reported undated.
    assert all(i["kind"] == "invitation" and (i["date"]["start"] or "") < "2024-09-29"
               for i in iap["invitations"])
    assert any(i["date"]["start"] for i in iap["invitations"])
    (env,) = [e for e in events if e["name"] == ENV_NAME]
    assert env["date"]["start"] == "2024-11-14"
    assert any(e["kind"] == "multilateral" and e["status"] == "planned"
               and e["date"]["start"] == TRANSPORT_GROUP_DATE for e in events)
    (cop29,) = [e for e in events if any(n in (e["name"] or "") for n in COP29_NAMES)]
    assert COP29_INVITEE in set().union(*(names(i) for i in cop29["invitations"]))


def test_q3_by_country_adds_cop29_and_its_invitee(demo: Any) -> None:
    calendar = get(demo, "/calendar.json", since="2024-09", until="2024-11", country="AZE")
    events = autumn_events(calendar)
    names_ = {e["name"] for e in events}
    assert IAP_NAME in names_ and ENV_NAME in names_
    (cop29,) = [e for e in events if any(n in (e["name"] or "") for n in COP29_NAMES)]
    assert cop29["date"]["start"] == "2024-11-11" and cop29["status"] == "planned"
    assert COP29_INVITEE in set().union(*(names(i) for i in cop29["invitations"]))
