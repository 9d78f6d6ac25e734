"""The brief as Markdown (``/brief.md``, ``dateline brief --format md``): the same sections as
the page, every line linked to its event and its evidence."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.store.brief_models import Brief, BriefLine, BriefParty, InvitationLine
from dateline.store.headlines import date_span
from dateline.store.models import ActorRef, EventSummary

__all__ = ["STATE_LABELS", "brief_markdown", "link", "party_line"]

STATE_LABELS = {"honoured": "honoured", "planned": "visit announced", "open": "OPEN"}


def link(base: str, path: str) -> str:
    """``path`` on the server at ``base`` ('' for links within the site)."""
    return f"{base.rstrip('/')}{path}"


def _md(text: str) -> str:
    return text.replace("[", "(").replace("]", ")").replace("|", "/").replace("*", "")


def _when(event: EventSummary) -> str:
    return date_span(event.date.start, event.date.end) or "undated"


def _names(actors: Iterable[ActorRef], base: str) -> str:
    return ", ".join(f"[{_md(a.name)}]({link(base, f'/actors/{a.id}')})" for a in actors)


def _event(event: EventSummary, base: str) -> str:
    return f"[{_md(event.headline)}]({link(base, f'/events/{event.id}')})"


def _evidence(line: BriefLine, base: str) -> str:
    parts = []
    for source in line.sources:
        label = f"{source.outlet or 'report'}{', ' + source.published if source.published else ''}"
        parts.append(f"[{_md(label)}]({link(base, f'/articles/{source.article_id}')})")
    return f" — evidence: {'; '.join(parts)}" if parts else ""


def _line(line: BriefLine, base: str) -> str:
    event = line.event
    where = f" · {event.place.name}" if event.place and event.place.name else ""
    return f"{_when(event)} — {_event(event, base)}{where}{_evidence(line, base)}"


def party_line(party: BriefParty) -> str:
    """"Kamran Aliyev (person, Prosecutor General, AZE)"."""
    extra = [party.kind, party.title or "", party.country or ""]
    return f"{party.name} ({', '.join(x for x in extra if x)})"


def _invitation(line: InvitationLine, base: str) -> str:
    state = STATE_LABELS[line.state]
    state = f"**{state}**" if line.state == "open" else state
    follow = (f" → {_event(line.followed_by, base)} ({_when(line.followed_by)})"
              if line.followed_by is not None else "")
    return f"{state}: {_line(line, base)}{follow}"


def brief_markdown(brief: Brief, base: str = "") -> str:
    """The brief as a Markdown document; links start with ``base``."""
    g = brief.glance
    kinds = ", ".join(f"{n} {k}" for k, n in g.by_kind.items())
    out = [f"# Brief: {brief.a.name} – {brief.b.name}", "",
           f"{party_line(brief.a)} and {party_line(brief.b)}. As of {brief.as_of or 'today'}: "
           f"{g.total} shared events{f' ({kinds})' if kinds else ''}.", ""]
    for party in (brief.a, brief.b):
        if party.alternatives:
            others = ", ".join(a.name for a in party.alternatives)
            out += [f"'{party.query}' also matches: {others}.", ""]
    out += ["## At a glance", ""]
    facts = [("First engagement", g.first), ("Latest engagement", g.last)]
    for label, event in facts:
        out.append(f"- {label}: " + (f"{_when(event)} — {_event(event, base)}"
                                     if event else "none recorded"))
    for label, line in (("Last meeting", g.last_meeting),
                        ("Last multilateral meeting", g.last_multilateral)):
        if line is None:
            out.append(f"- {label}: none recorded")
            continue
        people = [a for a in [*line.event.source, *line.event.recipient,
                              *line.event.participants] if a.kind == "person"]
        unique = list({a.id: a for a in people}.values())
        out.append(f"- {label}: {_line(line, base)}"
                   + (f" — with {_names(unique, base)}" if unique else ""))
    years: dict[str, int] = {}
    for k in g.by_year:
        years[k.year] = years.get(k.year, 0) + k.count
    if years:
        out.append("- By year: " + ", ".join(f"{y}: {n}" for y, n in years.items()))
    out += ["", f"## Agreements signed ({brief.agreements_total})", ""]
    out += [f"{i}. {_line(line, base)}" for i, line in enumerate(brief.agreements, 1)] or [
        "None recorded."]
    out += ["", "## Invitations", ""]
    out += [f"- {_invitation(line, base)}" for line in brief.invitations] or ["None recorded."]
    for title, lines in (("Announced, still ahead", brief.ahead),
                         ("Announced, date passed, not reported held", brief.overdue),
                         ("Announced and since held", brief.held)):
        out += ["", f"## {title}", ""]
        out += [f"- {_line(line, base)}" for line in lines] or ["None recorded."]
    out += ["", f"## Who holds the offices (as of {brief.as_of or 'today'})", ""]
    if brief.offices:
        out += ["| side | office | holder | first seen | last seen | met |",
                "|---|---|---|---|---|---|"]
        for o in brief.offices:
            side = brief.a.name if o.side == "a" else brief.b.name
            office = f"{o.title}{', ' + o.organization if o.organization else ''} ({o.country})"
            out.append(f"| {_md(side)} | {_md(office)} | {_names([o.holder], base)} | "
                       f"{o.first_seen or ''} | {o.last_seen or ''} | "
                       f"{'yes' if o.met else 'no'} |")
    else:
        out.append("None recorded.")
    for note in brief.notes:
        out += ["", f"_{note}_"]
    out += ["", "_Dateline brief: every line links to its event and to the articles that report "
                "it._", ""]
    return "\n".join(out)
