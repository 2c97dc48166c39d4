"""Reading and writing the DuckDB store.

Writes are idempotent: documents, actors and events have content-derived ids and are inserted
with ``INSERT OR IGNORE``, so coding the same input twice adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from tidings.errors import StoreError
from tidings.record import Actor, Attribution, Document, Event, Location
from tidings.store.migrations import migrate

__all__ = ["Store", "open_store", "EventFilter"]


def actor_id(actor: Actor) -> str:
    """Stable id of an actor identity (surface text excluded)."""
    key = "|".join(str(v) for v in (actor.name, actor.country, actor.agent, actor.org, actor.code))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


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
        """Store documents with their events in one transaction; returns new events added."""
        before = self.count("events")
        self.con.execute("BEGIN TRANSACTION")
        try:
            for doc in documents:
                self._write_document(doc)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot write to the database ({exc})", path=self.path) from None
        return self.count("events") - before

    def _write_document(self, doc: Document) -> None:
        self.con.execute(
            "INSERT OR IGNORE INTO documents (doc_id, origin, title, date, date_source, url, source, "
            "author, metadata, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc.doc_id, doc.origin, doc.title, doc.date, doc.date_source, doc.url, doc.source,
             doc.author, json.dumps(doc.metadata, ensure_ascii=False, default=str), doc.text])
        for event in doc.events:
            self._write_event(event)

    def _actor(self, actor: Actor | None) -> str | None:
        if actor is None:
            return None
        key = actor_id(actor)
        self.con.execute("INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?, ?, ?)",
                         [key, actor.name, actor.country, actor.agent, actor.org, actor.code])
        return key

    def _write_event(self, e: Event) -> None:
        self.con.execute(
            "INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [e.event_id, e.doc_id, e.event_type, e.mode, e.cameo, e.goldstein, e.quad_class,
             self._actor(e.source), e.source.text, self._actor(e.target),
             e.target.text if e.target else None, e.date, e.date_precision, e.date_source,
             _json(e.location), e.factuality, _json(e.attribution), e.sentence, e.span[0],
             e.span[1], e.rule, e.confidence])

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
