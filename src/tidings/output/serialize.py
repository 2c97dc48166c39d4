"""Formatting events, kept apart from extraction: ``serialize(events, fmt, out)``.

``jsonl``, ``csv``, ``plover`` and ``gdelt`` stream one event at a time; ``parquet`` and ``table``
collect the events first (Parquet is columnar, a table needs its widths).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from tidings.errors import UsageError
from tidings.record import EVENT_FIELDS, Event

__all__ = ["serialize", "plover_record", "gdelt_row", "GDELT_COLUMNS", "flat_row"]

_NESTED = ("source", "target", "location", "attribution", "span")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "ActionGeo_FullName",
    "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
)


def flat_row(event: Event) -> dict[str, Any]:
    """The event record with nested values as JSON strings (CSV cells)."""
    row = event.to_dict()
    for key in _NESTED:
        if row[key] is not None:
            row[key] = json.dumps(row[key], ensure_ascii=False)
    return row


def _entity(actor) -> dict[str, Any]:  # noqa: ANN001
    return {"code": actor.country or actor.org or actor.code, "sector": actor.agent,
            "entity_text": actor.text, "identifier_text": actor.name}


def plover_record(event: Event) -> dict[str, Any]:
    """The event in the PLOVER JSON record layout (PLOVER manual, "Data Fields")."""
    loc = event.location
    return {
        "id": event.event_id, "date": event.date, "actor": [_entity(event.source)],
        "recipient": [_entity(event.target)] if event.target else [], "event": [event.event_type],
        "mode": [event.mode] if event.mode else [], "quad_code": event.quad_class,
        "event_text": [event.sentence],
        "event_loc": {"resolved_place": loc.name, "country_code": loc.country, "lat": loc.lat,
                      "lon": loc.lon} if loc else None,
        "text_info": {"start": event.span[0], "end": event.span[1]},
        "cite_info": {"corpus": event.doc_id}, "coder": "tidings", "cameo": event.cameo,
        "factuality": event.factuality,
    }


def gdelt_row(event: Event) -> list[Any]:
    """The event as a row of GDELT 2.0 event columns (a documented subset, in GDELT's order)."""
    s, t, loc = event.source, event.target, event.location
    return [event.event_id, (event.date or "").replace("-", ""), s.code, s.name, s.country, s.agent,
            t.code if t else None, t.name if t else None, t.country if t else None,
            t.agent if t else None, 1, event.cameo, event.cameo[:3], event.cameo[:2],
            event.quad_class, event.goldstein, loc.name if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None, event.doc_id]


def _jsonl(events: Iterable[Event], out: IO[str], plover: bool = False) -> int:
    n = 0
    for n, event in enumerate(events, start=1):
        record = plover_record(event) if plover else event.to_dict()
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def _csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=EVENT_FIELDS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, event in enumerate(events, start=1):
        writer.writerow(flat_row(event))
    return n


def _gdelt(events: Iterable[Event], out: IO[str]) -> int:
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for n, event in enumerate(events, start=1):
        out.write("\t".join("" if v is None else str(v) for v in gdelt_row(event)) + "\n")
    return n


def _parquet(events: Iterable[Event], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tidings.output.schema import ARROW_SCHEMA

    rows = [e.to_dict() for e in events]
    pq.write_table(pa.Table.from_pylist(rows, schema=ARROW_SCHEMA), path)
    return len(rows)


def serialize(events: Iterable[Event], fmt: str, out: IO[str] | None = None,
              path: str | None = None) -> int:
    """Write ``events`` in format ``fmt`` to the text stream ``out`` (or ``path`` for Parquet).

    Returns the number of events written.
    """
    if fmt == "jsonl":
        return _jsonl(events, out)
    if fmt == "plover":
        return _jsonl(events, out, plover=True)
    if fmt == "csv":
        return _csv(events, out)
    if fmt == "gdelt":
        return _gdelt(events, out)
    if fmt == "parquet":
        if path is None:
            raise UsageError("Parquet is binary: give a file with --out")
        return _parquet(events, path)
    if fmt == "table":
        from tidings.output.table import print_events

        return print_events(list(events), out)
    raise UsageError(f"unknown format {fmt!r}")
