"""Canonical events as PLOVER event records.

Field names follow the PLOVER manual's JSON interchange format: ``id``, ``date``, ``enddate``,
``actor``, ``recipient``, ``event``, ``mode``, ``context``, ``event_loc``, ``event_text``,
``text_info`` and ``cite_info``. Actors are lists of objects with the GSR's ``actorText``,
``code`` (ISO alpha-3 or IGO acronym) and ``sector``, plus our canonical ``id`` and ``kind``.
"""

from __future__ import annotations

from typing import Any

from dateline.resolve.entities import country_name, title_sector

__all__ = ["to_plover"]

CONTEXT = ["diplomatic"]


def _code(actor: dict[str, Any]) -> str | None:
    code: str | None = actor.get("country")
    return code


def _sector(actor: dict[str, Any]) -> str | None:
    if actor["kind"] == "person":
        return title_sector(actor.get("title")) or "GOV"
    if actor["kind"] in ("country", "group"):
        return "GOV"
    return "IGO"


def _actor(actor: dict[str, Any]) -> dict[str, Any]:
    return {"actorText": actor["name"], "code": _code(actor), "sector": _sector(actor),
            "id": actor["id"], "kind": actor["kind"]}


def _countries(codes: list[str]) -> list[dict[str, Any]]:
    return [{"actorText": country_name(c), "code": c, "sector": "GOV"} for c in codes]


def to_plover(event: dict[str, Any]) -> dict[str, Any]:
    """One exported event (``iter_event_objects``) as a PLOVER record."""
    actors = [_actor(a) for a in event["source"]] or [_actor(a) for a in event["participants"]]
    recipients = [_actor(a) for a in event["recipient"]]
    if not actors and not recipients:
        actors = _countries(event["countries"])
    place = event.get("place") or {}
    date = event.get("date") or {}
    sources = event.get("sources") or []
    first = sources[0] if sources else None
    return {
        "id": f"dateline-{event['id']}",
        "date": date.get("start") or event.get("first_reported"),
        "enddate": date.get("end") or date.get("start") or event.get("first_reported"),
        "actor": actors,
        "recipient": recipients,
        "event": event["type"],
        "mode": event.get("mode") or "",
        "context": CONTEXT,
        "event_loc": {"name": place.get("name"), "country_code": place.get("country"),
                      "lat": place.get("lat"), "lon": place.get("lon")} if place else {},
        "event_text": first["trigger"]["text"] if first else "",
        "text_info": {
            "text": first["sentence"]["text"] if first else "",
            "sentence_start": first["sentence"]["start"] if first else None,
            "sentence_end": first["sentence"]["end"] if first else None,
            "trigger_start": first["trigger"]["start"] if first else None,
            "trigger_end": first["trigger"]["end"] if first else None,
            "language": first["lang"] if first else None,
        },
        "cite_info": {
            "url": first["url"] if first else None,
            "source": first["outlet"] if first else None,
            "published": first["published"] if first else None,
            "article_id": first["article_id"] if first else None,
            "sources": [{"url": s["url"], "source": s["outlet"], "published": s["published"]}
                        for s in sources],
        },
        "dateline": {"kind": event["kind"], "status": event["status"], "name": event["name"],
                     "countries": event["countries"], "confidence": event["confidence"],
                     "n_sources": event["n_sources"]},
    }
