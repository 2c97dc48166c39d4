"""Readable terminal tables (Rich) of events and dyads."""

from __future__ import annotations

from typing import IO, Any

from rich.console import Console
from rich.table import Table

from tidings.record import Actor, Event

__all__ = ["print_events", "print_dyads", "actor_label"]


def actor_label(actor: Actor | None) -> str:
    """Short label of an actor: its code, or its name when it has none."""
    if actor is None:
        return ""
    return actor.code or actor.name or actor.text


def _console(out: IO[str] | None) -> Console:
    return Console(file=out, width=None if out is None else 160, soft_wrap=False)


def print_events(events: list[Event], out: IO[str] | None = None) -> int:
    """Events as a table: date, type, CAMEO, source, target, factuality and sentence excerpt."""
    table = Table(title=f"{len(events)} events", show_lines=False)
    for column in ("date", "type", "cameo", "source", "target", "factuality", "sentence"):
        table.add_column(column, overflow="fold", max_width=60 if column == "sentence" else None)
    for e in events:
        excerpt = e.sentence if len(e.sentence) <= 90 else e.sentence[:87] + "..."
        table.add_row(e.date or "", e.event_type, e.cameo, actor_label(e.source),
                      actor_label(e.target), e.factuality, excerpt)
    _console(out).print(table)
    return len(events)


def print_dyads(rows: list[dict[str, Any]], out: IO[str] | None = None) -> int:
    """Directed dyads with event counts per QuadClass and mean Goldstein score."""
    table = Table(title=f"{len(rows)} directed dyads")
    headers = {"source": "source", "target": "target", "q1": "verbal coop", "q2": "material coop",
               "q3": "verbal conflict", "q4": "material conflict", "events": "events",
               "mean_goldstein": "mean Goldstein"}
    for label in headers.values():
        table.add_column(label, justify="left" if label in ("source", "target") else "right")
    for row in rows:
        table.add_row(*(str(row[k]) for k in headers))
    _console(out).print(table)
    return len(rows)
