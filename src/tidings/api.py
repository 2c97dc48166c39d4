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

__all__ = ["code", "code_text", "explain", "actor", "actor_file", "events", "dyads", "check_date", "make_stage"]

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


def make_stage(actors: Iterable[str | Path] = ()) -> EventStage:
    """An event stage whose knowledge base has the user actor files ``actors`` laid over it."""
    from tidings.actors import ActorResolver
    from tidings.actors.custom import load_kb_with

    kb = load_kb_with(actors)
    return EventStage(resolver=ActorResolver(kb))


def code(paths: Iterable[str], date: str | None = None, db: str | Path | None = None,
         on_error: ErrorHandler | None = None, stage: EventStage | None = None,
         actors: Iterable[str | Path] = ()) -> Iterator[Document]:
    """Code every document under ``paths``; yields each document with its events.

    ``actors`` are user actor files (CSV or YAML, docs/data-formats.md) that add to or
    override the shipped knowledge base. Documents are parsed in batches and stored (when ``db`` is given) every
    ``settings.STORE_BATCH`` documents, so memory does not grow with the corpus. A document that
    cannot be read or coded is passed to ``on_error`` (default: raise) and the batch goes on.
    """
    handler = on_error or _raise
    stage = stage or make_stage(actors)
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


def code_text(text: str, date: str | None = None, doc_id: str = "text",
              actors: Iterable[str | Path] = ()) -> list[Event]:
    """The events of one text, without storing anything."""
    from tidings.nlp import load_nlp

    record = Document(doc_id=doc_id, text=text, origin="<text>", date=check_date(date))
    return make_stage(actors)(record, load_nlp()(text)).events


def explain(text: str, date: str | None = None, actors: Iterable[str | Path] = ()) -> dict[str, Any]:
    """Why ``text`` gives the events it gives: parse, patterns tried, actors, events."""
    from tidings.events.explain import explain as _explain

    return _explain(text, check_date(date), make_stage(actors))


def actor(text: str, date: str | None = None, context: str | None = None,
          actors: Iterable[str | Path] = ()) -> dict[str, Any]:
    """How ``text`` resolves on ``date`` (in ``context`` when given): name, country, agent, org,
    code, and the knowledge-base entry and dated role that matched. ``actors`` are user actor
    files laid over the shipped tables."""
    from tidings.actors.custom import load_kb_with
    from tidings.actors.describe import describe
    from tidings.nlp import load_nlp

    return describe(text, load_kb_with(actors), load_nlp(), check_date(date), context)


def actor_file(path: str | Path, actors: Iterable[str | Path] = (),
               on_error: ErrorHandler | None = None) -> Iterator[dict[str, Any]]:
    """Resolve every line ``{"id", "text", "date", "context"}`` of a JSONL file, in input order.

    A line that cannot be resolved yields ``{"id", "error"}`` (and goes to ``on_error``), so the
    output keeps one line per input line.
    """
    import json

    from tidings.actors.custom import load_kb_with
    from tidings.actors.describe import describe
    from tidings.nlp import load_nlp

    kb, nlp, handler = load_kb_with(actors), load_nlp(), on_error or _raise
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read actor list ({getattr(exc, 'strerror', None) or 'not UTF-8 text'})",
                         path=str(path)) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item: Any = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise UsageError("each line needs a JSON object with a text string")
            found = describe(item["text"], kb, nlp, check_date(item.get("date"), "date"), item.get("context"))
            yield {"id": item.get("id"), **found}
        except (json.JSONDecodeError, TidingsError) as exc:
            reason = exc.reason if isinstance(exc, TidingsError) else f"not valid JSON ({exc.msg})"
            handler(InputError(reason, path=str(path), line=number))
            yield {"id": item.get("id") if isinstance(item, dict) else None, "error": reason}


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
