"""``dateline evaluate``: score extraction records against the demo corpus's gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli.output import open_output, render_table

__all__ = ["evaluate", "register", "render_report"]

EPILOG = (
    "Examples:\n\n"
    "  dateline extract examples/demo/articles examples/demo/wire.jsonl -o pred.jsonl\n\n"
    "  dateline evaluate examples/demo/gold pred.jsonl --verbose\n\n"
    "  dateline evaluate examples/demo/gold pred.jsonl --json > scores.json"
)


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Folder of gold files (*.json).",
                                         show_default=False)],
    predictions: Annotated[Path, typer.Argument(help="Records from 'dateline extract' (JSON Lines).",
                                                show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable JSON.")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="List each document's missed/spurious events and wrong fields.")] = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file instead of stdout.")] = None,
) -> None:
    """Score predicted records against gold annotations: events, officials, dates, datelines."""
    from dateline.evaluate.demo import evaluate_paths

    report = evaluate_paths(gold, predictions)
    with open_output(output) as out:
        if as_json:
            out.write(json.dumps(report.to_dict(details=verbose), indent=2, ensure_ascii=False))
        else:
            out.write(render_report(report.to_dict(details=verbose)))
        out.write("\n")


def render_report(data: dict[str, Any]) -> str:
    """The human-readable form of ``Report.to_dict()``."""
    prf = ("gold", "pred", "tp", "precision", "recall", "f1")
    rows = [[kind, c["gold"], c["predicted"], c["tp"], c["precision"], c["recall"], c["f1"]]
            for kind, c in [*data["events"]["by_kind"].items(),
                            ("all events", data["events"]["overall"])]]
    off = data["officials"]
    rows.append(["officials", off["gold"], off["predicted"], off["tp"], off["precision"],
                 off["recall"], off["f1"]])
    accuracies = [
        ("event date (matched events)", data["events"]["date"]),
        ("event status (matched events)", data["events"]["status"]),
        ("event start date (matched, gold dated)", data["events"]["start_date"]),
        ("event countries (matched events)", data["events"]["countries"]),
        ("event named people (matched events)", data["events"]["persons"]),
        ("event place country (matched, gold placed)", data["events"]["place_country"]),
        ("official title (matched officials)", off["title"]),
        ("official country (matched officials)", off["country"]),
        ("publication date (documents)", data["published"]),
        ("dateline (documents)", data["dateline"]),
    ]
    docs = data["documents"]
    parts = [
        render_table(("", *prf), rows),
        "",
        render_table(("", "correct", "total", "accuracy"),
                     [[name, a["correct"], a["total"], a["accuracy"]] for name, a in accuracies]),
        "",
        f"{docs['gold']} gold documents; without prediction: {_ids(docs['without_prediction'])}; "
        f"failed: {_ids(docs['failed'])}; predictions without gold: "
        f"{len(docs['ignored_predictions'])}",
    ]
    if "errors" in data:
        parts += ["", *(_render_errors(doc) for doc in data["errors"])]
    return "\n".join(parts)


def _render_errors(doc: dict[str, Any]) -> str:
    lines = [f"== {doc['id']}" + (f": {doc['problem']}" if doc["problem"] else "")]
    lines += [f"  missed    {_event(e)}" for e in doc["missed_events"]]
    lines += [f"  spurious  {_event(e)}" for e in doc["spurious_events"]]
    lines += [f"  date      {_event(g)}: predicted {_when(p)}" for g, p in doc["wrong_dates"]]
    lines += [f"  status    {_event(g)}: predicted {p['status']}" for g, p in doc["wrong_status"]]
    lines += [f"  countries {_event(g)}: predicted [{' '.join(p['countries'])}]"
              for g, p in doc["wrong_event_countries"]]
    lines += [f"  people    {_event(g)}: predicted ({', '.join(p['persons']) or '-'})"
              for g, p in doc["wrong_event_persons"]]
    lines += [f"  place     {_event(g)}: gold {_place(g['place'])}, predicted {_place(p['place'])}"
              for g, p in doc["wrong_places"]]
    lines += [f"  missed official    {_official(o)}" for o in doc["missed_officials"]]
    lines += [f"  spurious official  {_official(o)}" for o in doc["spurious_officials"]]
    lines += [f"  title     {g['name']}: gold {g['title']!r}, predicted {p['title']!r}"
              for g, p in doc["wrong_titles"]]
    lines += [f"  country   {g['name']}: gold {g['country']}, predicted {p['country']}"
              for g, p in doc["wrong_countries"]]
    if doc["published"]:
        lines.append(f"  published gold {doc['published'][0]}, predicted {doc['published'][1]}")
    if doc["dateline"]:
        gold, pred = (_place(d) for d in doc["dateline"])
        lines.append(f"  dateline  gold {gold}, predicted {pred}")
    return "\n".join(lines)


def _event(e: dict[str, Any]) -> str:
    trigger = f' "{e["trigger"]}"' if e.get("trigger") else ""
    return (f"{e['kind']} [{' '.join(e['countries'])}] ({', '.join(e['persons']) or '-'}) "
            f"{_when(e)} {e['status']}{trigger}")


def _when(e: dict[str, Any]) -> str:
    return str(e["start"]) if e["start"] == e["end"] else f"{e['start']}..{e['end']}"


def _place(dateline: list[str | None] | None) -> str:
    return f"{dateline[0]} ({dateline[1] or '-'})" if dateline else "None"


def _official(o: dict[str, Any]) -> str:
    return f"{o['name']} ({o['title'] or '-'}, {o['country'] or '-'})"


def _ids(ids: list[str]) -> str:
    return ", ".join(ids) if ids else "none"


def register(app: typer.Typer) -> None:
    app.command("evaluate", epilog=EPILOG, no_args_is_help=True)(evaluate)
