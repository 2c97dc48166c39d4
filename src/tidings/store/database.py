"""Reading and writing the DuckDB store.

Writes are idempotent: documents, actors and events have content-derived ids and are inserted
with ``INSERT OR IGNORE``, so coding the same input twice adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from tidings.errors import StoreError
from tidings.record import Actor, Attribution, Document, Event, Location
from tidings.store.migrations import migrate

__all__ = ["Store", "open_store", "EventFilter"]


def actor_id(actor: Actor) -> str:
    """Stable id of an actor identity (surface text excluded)."""
    key = "|".join(str(v) for v in (actor.name, actor.country, actor.agent, actor.org, actor.code))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_S, _F, _I = pa.string(), pa.float64(), pa.int32()
_ARROW = {
    "documents": pa.schema([("doc_id", _S), ("origin", _S), ("title", _S), ("date", pa.date32()),
                            ("date_source", _S), ("url", _S), ("source", _S), ("author", _S),
                            ("metadata", _S), ("text", _S)]),
    "actors": pa.schema([("actor_id", _S), ("name", _S), ("country", _S), ("agent", _S), ("org", _S),
                         ("code", _S)]),
    "events": pa.schema([("event_id", _S), ("doc_id", _S), ("event_type", _S), ("mode", _S),
                         ("cameo", _S), ("goldstein", _F), ("quad_class", _I), ("source_actor", _S),
                         ("source_text", _S), ("target_actor", _S), ("target_text", _S),
                         ("date", pa.date32()), ("date_precision", _S), ("date_source", _S),
                         ("location", _S), ("factuality", _S), ("attribution", _S), ("sentence", _S),
                         ("span_start", _I), ("span_end", _I), ("rule", _S), ("confidence", _F)]),
}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _actor_row(actor: Actor) -> dict[str, Any]:
    return {"actor_id": actor_id(actor), "name": actor.name, "country": actor.country,
            "agent": actor.agent, "org": actor.org, "code": actor.code}


def _event_row(e: Event) -> dict[str, Any]:
    return {"event_id": e.event_id, "doc_id": e.doc_id, "event_type": e.event_type, "mode": e.mode,
            "cameo": e.cameo, "goldstein": e.goldstein, "quad_class": e.quad_class,
            "source_actor": actor_id(e.source), "source_text": e.source.text,
            "target_actor": actor_id(e.target) if e.target else None,
            "target_text": e.target.text if e.target else None, "date": _day(e.date),
            "date_precision": e.date_precision, "date_source": e.date_source,
            "location": _json(e.location), "factuality": e.factuality,
            "attribution": _json(e.attribution), "sentence": e.sentence, "span_start": e.span[0],
            "span_end": e.span[1], "rule": e.rule, "confidence": e.confidence}


def _rows(documents: Iterable[Document]) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows for the three tables; actors and events de-duplicated by id within the batch."""
    docs, actors, events = {}, {}, {}
    for doc in documents:
        docs.setdefault(doc.doc_id, {
            "doc_id": doc.doc_id, "origin": doc.origin, "title": doc.title, "date": _day(doc.date),
            "date_source": doc.date_source, "url": doc.url, "source": doc.source, "author": doc.author,
            "metadata": json.dumps(doc.metadata, ensure_ascii=False, default=str), "text": doc.text})
        for event in doc.events:
            for actor in (event.source, event.target):
                if actor is not None:
                    row = _actor_row(actor)
                    actors.setdefault(row["actor_id"], row)
            events.setdefault(event.event_id, _event_row(event))
    return list(docs.values()), list(actors.values()), list(events.values())


def _json(value: Any) -> str | None:
    return json.dumps(value.to_dict(), ensure_ascii=False) if value is not None else None


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``tidings events``: actor (ISO3, code, acronym or name), type, date range."""

    actor: str | None = None
    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if self.actor:
            clauses.append("(? IN (s.country, s.code, s.org, t.country, t.code, t.org) "
                           "OR lower(s.name) = lower(?) OR lower(t.name) = lower(?))")
            params += [self.actor.upper(), self.actor, self.actor]
        if self.event_type:
            clauses.append("e.event_type = ?")
            params.append(self.event_type.upper())
        if self.date_from:
            clauses.append("e.date >= CAST(? AS DATE)")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("e.date <= CAST(? AS DATE)")
            params.append(self.date_to)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_EVENT_SELECT = """
    SELECT e.*, s.name, s.country, s.agent, s.org, s.code, t.name, t.country, t.agent, t.org, t.code
    FROM events e JOIN actors s ON s.actor_id = e.source_actor
    LEFT JOIN actors t ON t.actor_id = e.target_actor"""


class Store:
    """A DuckDB database holding documents, actors and events."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con, self.path = con, path

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, documents: Iterable[Document]) -> int:
        """Store documents with their events in one transaction; returns new events added.

        Rows are gathered into Arrow tables and inserted set-wise, which is far faster in DuckDB
        than one INSERT per row.
        """
        docs, actors, events = _rows(documents)
        before = self.count("events")
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in (("documents", docs), ("actors", actors), ("events", events)):
                self._insert(table, rows)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot write to the database ({exc})", path=self.path) from None
        return self.count("events") - before

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        batch = pa.Table.from_pylist(rows, schema=_ARROW[table])
        self.con.register("_batch", batch)
        try:
            columns = ", ".join(batch.column_names)
            self.con.execute(f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {columns} FROM _batch")  # noqa: S608
        finally:
            self.con.unregister("_batch")

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names

    def events(self, where: EventFilter | None = None) -> list[Event]:
        """Stored events matching the filter, by date then document order."""
        sql, params = (where or EventFilter()).where()
        rows = self.con.execute(_EVENT_SELECT + sql + " ORDER BY e.date NULLS LAST, e.doc_id, e.span_start",
                                params).fetchall()
        names = [d[0] for d in self.con.description]
        return [_row_event(names, row) for row in rows]

    def dyads(self, where: EventFilter | None = None) -> list[dict[str, Any]]:
        """Event counts per directed dyad and QuadClass, with the mean Goldstein score."""
        sql, params = (where or EventFilter()).where()
        query = f"""
            SELECT coalesce(s.country, s.org, s.code) AS source, coalesce(t.country, t.org, t.code) AS target,
                   count(*) FILTER (WHERE e.quad_class = 1) AS q1, count(*) FILTER (WHERE e.quad_class = 2) AS q2,
                   count(*) FILTER (WHERE e.quad_class = 3) AS q3, count(*) FILTER (WHERE e.quad_class = 4) AS q4,
                   count(*) AS events, round(avg(e.goldstein), 2) AS mean_goldstein
            FROM events e JOIN actors s ON s.actor_id = e.source_actor
            JOIN actors t ON t.actor_id = e.target_actor {sql}
            GROUP BY 1, 2 HAVING source IS NOT NULL AND target IS NOT NULL AND source <> target
            ORDER BY events DESC, source, target"""
        cur = self.con.execute(query, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _row_event(names: list[str], row: tuple) -> Event:
    data = dict(zip(names[:22], row[:22], strict=True))
    source = Actor(data["source_text"], *row[22:27])
    target = Actor(data["target_text"], *row[27:32]) if data["target_actor"] else None
    location = Location(**json.loads(data["location"])) if data["location"] else None
    attribution = Attribution(**json.loads(data["attribution"])) if data["attribution"] else None
    return Event(data["event_id"], data["doc_id"], data["event_type"], data["mode"], data["cameo"],
                 data["goldstein"], data["quad_class"], source, target,
                 data["date"].isoformat() if data["date"] else None, data["date_precision"],
                 data["date_source"], location, data["factuality"], attribution, data["sentence"],
                 (data["span_start"], data["span_end"]), data["rule"], data["confidence"])


def open_store(path: str | Path) -> Store:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        con = duckdb.connect(str(path))
        migrate(con)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open database ({str(exc).splitlines()[0]})", path=str(path)) from None
    return Store(con, str(path))
