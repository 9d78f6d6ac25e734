"""The HTML pages. Each one renders the same Store query its ``.json`` twin returns."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from dateline.serve.api import (
    Filters,
    Place,
    Since,
    StoreDep,
    actor_page,
    between_json,
    calendar_json,
    country_detail,
    found,
    list_page,
)
from dateline.serve.params import KINDS, STATUSES, Id, Paging, clean, paging
from dateline.serve.render import Segment, highlight, query_url
from dateline.store.models import ArticleDetail, Evidence

__all__ = ["router"]

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(request: Request, name: str, title: str, **context: Any) -> HTMLResponse:
    path = request.url.path.rstrip("/") or "/index"
    twin = query_url(request, path + ".json")
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, name, {"title": title, "json_url": twin, "kinds": KINDS,
                        "statuses": STATUSES, **context})
    return response


def evidence_segments(ev: Evidence) -> list[Segment]:
    """The evidence sentence with its trigger wrapped for <mark>."""
    sentence, trigger = ev.sentence_text, ev.trigger_text
    start = ev.trigger_start - ev.sentence_start
    if sentence[start:start + len(trigger)] != trigger:
        start = sentence.find(trigger)
    if start < 0 or not trigger:
        return [Segment(sentence)]
    return highlight(sentence, [(start, start + len(trigger), "trigger", None, None)])


def article_segments(detail: ArticleDetail) -> list[Segment]:
    """The article text with actor mentions, time expressions and event triggers marked."""
    record = detail.record
    spans: list[tuple[int, int, str, str | None, str | None]] = []
    for event in record.get("events", []):
        trig, target = event.get("trigger") or {}, detail.events.get(event.get("id", ""))
        if "start" in trig:
            spans.append((trig["start"], trig["end"], "trigger",
                          f"/events/{target}" if target else None, event.get("kind")))
    for actor in record.get("actors", []):
        ref = detail.actors.get(actor.get("id", ""))
        for start, end in actor.get("mentions", []):
            spans.append((start, end, f"actor {actor.get('kind', '')}",
                          f"/actors/{ref.id}" if ref else None, actor.get("name")))
    for time in record.get("times", []):
        start, end = time.get("span", (0, 0))
        spans.append((start, end, "time", None, time.get("start")))
    return highlight(detail.text, spans)


@router.get("/")
def home(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "home.html", "Dateline", stats=store.stats())


@router.get("/search")
def search(request: Request, store: StoreDep, q: str = "") -> HTMLResponse:
    results = store.search(q.strip(), 20)
    return render(request, "search.html", f"Search: {q}" if q else "Search", results=results)


@router.get("/events")
def events(request: Request, store: StoreDep, filters: Filters,
           page: Annotated[Paging, Depends(paging)], place: Place = None) -> HTMLResponse:
    result = list_page(store, filters, page, place)
    prev_url = (query_url(request, offset=max(0, page.offset - page.limit) or None)
                if page.offset > 0 else None)
    next_url = (query_url(request, offset=page.offset + page.limit)
                if page.offset + page.limit < result.total else None)
    return render(request, "events.html", "Events", page=result, filters=filters,
                  place=clean(place) or "",
                  prev_url=prev_url, next_url=next_url,
                  csv_url=query_url(request, "/events.csv", limit=None, offset=None),
                  jsonl_url=query_url(request, "/events.jsonl", limit=None, offset=None))


@router.get("/events/{event_id:int}")
def event(request: Request, store: StoreDep, event_id: Id) -> HTMLResponse:
    detail = found(store.get_event(event_id), f"event {event_id}")
    return render(request, "event.html", detail.headline,
                  event=detail, segments=evidence_segments)


@router.get("/actors/{actor_id:int}")
def actor(request: Request, store: StoreDep, actor_id: Id) -> HTMLResponse:
    detail = actor_page(store, actor_id)
    return render(request, "actor.html", detail.actor.name, detail=detail)


@router.get("/between")
def between(request: Request, store: StoreDep, page: Annotated[Paging, Depends(paging)],
            a: str = "", b: str = "", kind: str | None = None) -> HTMLResponse:
    if not a.strip() or not b.strip():
        return render(request, "between.html", "Between two parties", result=None,
                      a=a, b=b, kind=clean(kind) or "")
    result = between_json(store, a, b, page, kind)
    return render(request, "between.html", f"{result.a.name} and {result.b.name}",
                  result=result, a=a, b=b, kind=result.kind or "",
                  prev_url=(query_url(request, offset=max(0, page.offset - page.limit) or None)
                            if page.offset > 0 else None),
                  next_url=(query_url(request, offset=page.offset + page.limit)
                            if page.offset + page.limit < result.events.total else None))


@router.get("/countries/{code}")
def country(request: Request, store: StoreDep, code: str, since: Since = None,
            until: Since = None) -> HTMLResponse:
    detail = country_detail(store, code, since, until)
    return render(request, "country.html", detail.name, detail=detail)


@router.get("/network")
def network(request: Request, since: Since = None, until: Since = None,
            kind: str | None = None, level: str = "country", country: str | None = None,
            period: str | None = None) -> HTMLResponse:
    return render(request, "network.html", "Network", since=clean(since) or "",
                  until=clean(until) or "", kind=clean(kind) or "",
                  level="person" if level == "person" else "country",
                  country=(clean(country) or "").upper(),
                  period=clean(period) if clean(period) in ("all", "12m") else "")


@router.get("/calendar")
def calendar(request: Request, store: StoreDep, since: Since = None, until: Since = None,
             country: str | None = None, place: Place = None) -> HTMLResponse:
    result = calendar_json(store, since, until, country, place)
    return render(request, "calendar.html", "Calendar", calendar=result)


@router.get("/articles/{article_id:int}")
def article(request: Request, store: StoreDep, article_id: Id) -> HTMLResponse:
    detail = found(store.get_article(article_id), f"article {article_id}")
    return render(request, "article.html", (detail.article.title or detail.article.doc_id
                                     or f"Article {article_id}"),
                  detail=detail, segments=article_segments(detail))
