"""The brief before a meeting: ``/brief?a=&b=`` (HTML, printable on A4), its JSON twin
``/brief.json`` (``schema/brief.schema.json``) and a Markdown copy ``/brief.md``.

The data is :meth:`dateline.store.Store.brief`; this module renders it - as a page of the site,
or as a standalone HTML document with its styles inside (``dateline brief --format html``) whose
links point at a running ``dateline serve`` (``base_url``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from dateline.errors import NotFoundError
from dateline.serve.api import ERRORS, StoreDep
from dateline.serve.brief_text import brief_markdown, link
from dateline.serve.charts import Chart, year_chart
from dateline.serve.params import DATE_PATTERN, clean_date
from dateline.serve.render import make_templates, query_url
from dateline.store import Store
from dateline.store.brief_models import Brief
from dateline.store.headlines import date_span
from dateline.store.models import ActorRef, EventSummary

__all__ = ["brief_context", "brief_document", "get_brief", "people", "router"]

HERE = Path(__file__).resolve().parent
STYLES = ("dateline.css", "pictures.css", "brief.css")
EXAMPLES = (("AZE", "KAZ"), ("Kamran Aliyev", "Berik Asylov"), ("Azerbaijan", "Türkiye"))

router = APIRouter(responses=ERRORS)
Party = Annotated[str, Query(description="A person, a country (ISO3 code or name) or an "
                                         "organisation, as you would type it")]
AsOf = Annotated[str | None, Query(pattern=DATE_PATTERN,  # stated in the OpenAPI document
                                   description="Read the brief as of this date (YYYY, YYYY-MM or "
                                               "YYYY-MM-DD; empty: the newest report)")]


def get_brief(store: Store, a: str, b: str, as_of: str | None = None) -> Brief:
    """The brief, or HTTP 404 (a party not found) / 422 (bad date, the same party twice)."""
    try:
        return store.brief(a, b, as_of=clean_date(as_of))
    except NotFoundError as exc:
        raise HTTPException(404, str(exc)) from exc


def kind_years(brief: Brief) -> Chart:
    counts: Mapping[tuple[str, str], int] = {
        (k.year, k.kind): k.count for k in brief.glance.by_year if k.year != "undated"}
    return year_chart(counts)


def brief_context(brief: Brief, base_url: str = "") -> dict[str, Any]:
    """What ``_brief_body.html`` needs: the brief, the chart, links from ``base_url``."""
    base = base_url.rstrip("/")
    return {"brief": brief, "chart": kind_years(brief), "base": base,
            "link": lambda path: link(base, path), "span": date_span, "people": people,
            "open_invitations": [i for i in brief.invitations if i.state == "open"]}


def people(event: EventSummary) -> list[ActorRef]:
    """The people taking part in ``event``, once each, sources first."""
    found: dict[int, ActorRef] = {}
    for actor in [*event.source, *event.recipient, *event.participants]:
        if actor.kind == "person":
            found.setdefault(actor.id, actor)
    return list(found.values())


def brief_document(brief: Brief, base_url: str = "http://127.0.0.1:8000") -> str:
    """A standalone HTML document of the brief: its styles inline, links to ``base_url``."""
    templates = make_templates(HERE / "templates")
    css = "\n".join((HERE / "static" / name).read_text(encoding="utf-8") for name in STYLES)
    return templates.env.get_template("brief_document.html").render(
        title=f"Brief: {brief.a.name} – {brief.b.name}", css=css, **brief_context(brief, base_url))


@router.get("/brief.json", response_model=Brief, tags=["pages"])
def brief_json(store: StoreDep, a: Party, b: Party, as_of: AsOf = None) -> Brief:
    """The brief before a meeting of ``a`` and ``b``: the relationship at a glance, agreements,
    invitations (and whether a visit followed), announced engagements, who holds the offices."""
    return get_brief(store, a, b, as_of)


@router.get("/brief.md", include_in_schema=False, response_class=PlainTextResponse)
def brief_md(request: Request, store: StoreDep, a: Party, b: Party,
             as_of: AsOf = None) -> PlainTextResponse:
    """The brief as Markdown, links to this server."""
    base = str(request.base_url).rstrip("/")
    return PlainTextResponse(brief_markdown(get_brief(store, a, b, as_of), base),
                             media_type="text/markdown; charset=utf-8")


@router.get("/brief", include_in_schema=False, response_class=HTMLResponse)
def brief_page(request: Request, store: StoreDep, a: str = "", b: str = "",
               as_of: str = "") -> HTMLResponse:
    context: dict[str, Any] = {"a": a, "b": b, "as_of": as_of, "examples": EXAMPLES,
                               "json_url": query_url(request, "/brief.json"),
                               "md_url": query_url(request, "/brief.md"), "kinds": (),
                               "statuses": (), "brief": None, "problem": None}
    status = 200
    title = "Brief before a meeting"
    if a.strip() and b.strip():
        try:
            brief = store.brief(a, b, as_of=as_of.strip() or None)
        except NotFoundError as exc:
            context["problem"], status = str(exc), 404
        else:
            context.update(brief_context(brief))
            title = f"Brief: {brief.a.name} – {brief.b.name}"
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, "brief.html", {"title": title, **context}, status_code=status)
    return response
