"""The three demo questions of issue 7 and their expected answers, read from the demo gold
(``examples/demo/gold``) and the guide's thread table (``examples/demo/GUIDE.md``)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parents[2] / "examples" / "demo" / "gold"

# Q3 (GUIDE.md, "Events in Baku in autumn 2024 with named invitees"): what the calendar must
# show for Baku, September-November 2024, and who is invited to the IAP conference.
IAP_NAME = ("29th Annual Conference and General Meeting of the International Association of "
            "Prosecutors")
IAP_HEADLINE = "29th IAP Annual Conference, Baku, 29 Sep – 2 Oct 2024"  # how the UI lists it
IAP_INVITEES = ("Berik Asylov", "Nigmatilla Yuldashev")
ENV_NAME = "International Conference of Prosecutors on Environmental Crime"
COP29_NAMES = ("COP29", "Conference of the Parties")
COP29_INVITEE = "Faisal bin Farhan Al Saud"
TRANSPORT_GROUP_DATE = "2024-10-15"  # the trilateral transport working group (d031)
AUTUMN = {"since": "2024-09", "until": "2024-11", "place": "Baku"}


@cache
def gold() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def april_visitors() -> dict[str, str]:
    """Q1: the people heading delegations that visited Azerbaijan in April 2024 -> their
    country (gold visits to AZE - reports datelined in Azerbaijan - that began in 2024-04)."""
    found: dict[str, str] = {}
    for doc in gold():
        if (doc.get("dateline") or {}).get("country") != "AZE":
            continue
        for event in doc["events"]:
            start = (event.get("date") or {}).get("start") or ""
            if (event["kind"] == "visit" and event["status"] == "occurred"
                    and start.startswith("2024-04") and "AZE" in event["countries"]):
                (guest,) = [c for c in event["countries"] if c != "AZE"]
                served = {o["name"]: o.get("country") for o in doc.get("officials") or []}
                for person in event["persons"]:  # the visitors, not their named hosts
                    if served.get(person) == guest:
                        found[person] = guest
    return found


def last_meeting(a: str = "Kamran Aliyev", b: str = "Berik Asylov") -> str:
    """Q2: the newest day-precise gold meeting of the two prosecutors general."""
    days = [event["date"]["start"] for doc in gold() for event in doc["events"]
            if event["kind"] == "meeting" and {a, b} <= set(event["persons"])
            and event.get("date") and len(event["date"]["start"] or "") == 10]
    return max(days)
