"""The library functions behind the CLI: ``code``, ``events`` and ``dyads``.

Each CLI command is a thin wrapper over the function of the same name here, so everything the
command line does can be done from Python::

    import tidings
    for doc in tidings.code(["examples/"], db="tidings.duckdb"):
        for event in doc.events:
            print(event.to_dict())
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from tidings import settings
from tidings.errors import InputError, TidingsError, UsageError
from tidings.events import EventStage
from tidings.ingest import iter_documents
from tidings.nlp import parse_documents
from tidings.record import Document, Event
from tidings.store import open_store
from tidings.store.database import EventFilter
from tidings.timeplace.dates import normalize_date

__all__ = ["code", "code_text", "explain", "events", "dyads", "check_date"]

ErrorHandler = Callable[[TidingsError], None]


def check_date(value: str | None, option: str = "--date") -> str | None:
    """A YYYY-MM-DD option value, or a UsageError naming the option."""
    if value is None:
        return None
    day = normalize_date(value)
    if day is None:
        raise UsageError(f"{option} {value!r} is not a date (use YYYY-MM-DD)")
    return day


def _raise(error: TidingsError) -> None:
    raise error


def _readable(items: Iterable[Document | InputError], on_error: ErrorHandler) -> Iterator[tuple[str, Document]]:
    for item in items:
        if isinstance(item, InputError):
            on_error(item)
        else:
            yield item.text, item


def code(paths: Iterable[str], date: str | None = None, db: str | Path | None = None,
         on_error: ErrorHandler | None = None, stage: EventStage | None = None) -> Iterator[Document]:
    """Code every document under ``paths``; yields each document with its events.

    Documents are parsed in batches and stored (when ``db`` is given) every
    ``settings.STORE_BATCH`` documents, so memory does not grow with the corpus. A document that
    cannot be read or coded is passed to ``on_error`` (default: raise) and the batch goes on.
    """
    handler = on_error or _raise
    stage = stage or EventStage()
    store = open_store(db) if db is not None else None
    pending: list[Document] = []
    try:
        items = iter_documents(paths, check_date(date))
        for parsed, record in parse_documents(_readable(items, handler)):
            try:
                stage(record, parsed)
            except Exception as exc:  # a parser or rule failure must not stop the batch
                handler(InputError(f"cannot code document ({type(exc).__name__}: {exc})", path=record.origin))
                continue
            pending.append(record)
            if store is not None and len(pending) >= settings.STORE_BATCH:
                store.write(pending)
                pending = []
            yield record
    finally:
        if store is not None:
            if pending:
                store.write(pending)
            store.close()


def code_text(text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
    """The events of one text, without storing anything."""
    from tidings.nlp import load_nlp

    record = Document(doc_id=doc_id, text=text, origin="<text>", date=check_date(date))
    return EventStage()(record, load_nlp()(text)).events


def explain(text: str, date: str | None = None) -> dict[str, Any]:
    """Why ``text`` gives the events it gives: parse, patterns tried, actors, events."""
    from tidings.events.explain import explain as _explain

    return _explain(text, check_date(date))


def events(db: str | Path = settings.DEFAULT_DB, actor: str | None = None, event_type: str | None = None,
           date_from: str | None = None, date_to: str | None = None) -> list[Event]:
    """Stored events, filtered by actor (ISO3, code, acronym or name), type and date range."""
    where = EventFilter(actor, event_type, check_date(date_from, "--from"), check_date(date_to, "--to"))
    with open_store(db) as store:
        return store.events(where)


def dyads(db: str | Path = settings.DEFAULT_DB, actor: str | None = None, event_type: str | None = None,
          date_from: str | None = None, date_to: str | None = None) -> list[dict[str, Any]]:
    """Event counts per directed dyad and QuadClass, with mean Goldstein score."""
    where = EventFilter(actor, event_type, check_date(date_from, "--from"), check_date(date_to, "--to"))
    with open_store(db) as store:
        return store.dyads(where)
