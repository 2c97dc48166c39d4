"""Readers for every input kind tidings accepts.

Each reader yields :class:`~tidings.record.Document` records, or an
:class:`~tidings.errors.InputError` in place of a document that cannot be read, so that one bad
file or line never stops a batch.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tidings import settings
from tidings.errors import InputError
from tidings.ingest.html import read_html
from tidings.ingest.text import text_metadata
from tidings.record import Document
from tidings.timeplace.dateline import Dateline, resolve_dateline
from tidings.timeplace.dates import normalize_date

Item = Document | InputError

_JSONL_KNOWN = ("id", "text", "date", "title", "url", "source", "author")


def content_id(text: str) -> str:
    """Stable id of a document without one: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, origin: str) -> str:
    """Bytes to text, refusing binary files, invalid UTF-8 and empty documents."""
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text", path=origin)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                         path=origin) from None
    if not text.strip():
        raise InputError("empty document", path=origin)
    if len(text) > settings.MAX_DOC_CHARS:
        raise InputError(f"document longer than {settings.MAX_DOC_CHARS:,} characters", path=origin)
    return text


def read_text(data: bytes, origin: str) -> Document:
    """A plain-text or Markdown document; title, author and dateline come from its first lines."""
    text = decode(data, origin)
    meta = text_metadata(text)
    return Document(doc_id=content_id(text), text=text, origin=origin, **meta)


def _jsonl_document(obj: Any, origin: str, line: int) -> Document:
    if not isinstance(obj, dict):
        raise InputError("line is not a JSON object", path=origin, line=line)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing or empty 'text' field", path=origin, line=line)
    date = obj.get("date")
    if date is not None and normalize_date(str(date)) is None:
        raise InputError(f"unreadable 'date' value {date!r}", path=origin, line=line)
    doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else content_id(text)
    extra = {k: v for k, v in obj.items() if k not in _JSONL_KNOWN}
    return Document(doc_id=doc_id, text=text, origin=f"{origin}:{line}", title=obj.get("title"),
                    date=normalize_date(str(date)) if date else None,
                    date_source="metadata" if date else None, url=obj.get("url"),
                    source=obj.get("source"), author=obj.get("author"), metadata=extra)


def read_jsonl_lines(lines: Iterable[bytes], origin: str) -> Iterator[Item]:
    """One document per non-blank line; a broken line becomes an error item, not an exception."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
            yield _jsonl_document(obj, origin, number)
        except UnicodeDecodeError:
            yield InputError("line is not valid UTF-8", path=origin, line=number)
        except json.JSONDecodeError as exc:
            yield InputError(f"invalid JSON ({exc.msg}, column {exc.colno})", path=origin, line=number)
        except InputError as exc:
            yield exc


def _read_file(path: Path) -> Iterator[Item]:
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in settings.JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from read_jsonl_lines(handle, origin)
            return
        data = path.read_bytes()
        yield read_html(decode(data, origin), origin) if suffix in settings.HTML_SUFFIXES \
            else read_text(data, origin)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read file ({exc.strerror})", path=origin)


def _folder_files(folder: Path) -> list[Path]:
    suffixes = settings.TEXT_SUFFIXES + settings.HTML_SUFFIXES + settings.JSONL_SUFFIXES
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)


def _read_stdin() -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(data.splitlines(), "<stdin>")
        return
    try:
        yield read_text(data, "<stdin>")
    except InputError as exc:
        yield exc


def read_path(path: str) -> Iterator[Item]:
    """All documents under one argument: a file, a folder (recursive) or ``-`` for stdin."""
    if path == "-":
        yield from _read_stdin()
        return
    target = Path(path)
    if target.is_dir():
        for file in _folder_files(target):
            yield from _read_file(file)
    elif target.is_file():
        yield from _read_file(target)
    else:
        yield InputError("no such file or folder", path=path)


def _complete_date(item: Document, default_date: str | None) -> None:
    """A yearless wire dateline ("June 12") takes the year that puts it on or before
    ``default_date`` (else today); otherwise ``default_date`` fills in a missing date."""
    day = item.metadata.pop("dateline_day", None) if item.metadata else None
    if item.date is None and day:
        month, dom = (int(part) for part in day.split("-"))
        item.date = resolve_dateline(Dateline("", None, month, dom, None, None), default_date)
        item.date_source = "dateline" if item.date else None
    if item.date is None and default_date:
        item.date, item.date_source = default_date, "option"


def iter_documents(paths: Iterable[str], default_date: str | None = None) -> Iterator[Item]:
    """Documents from every path in turn; ``default_date`` fills in a missing publication date."""
    for path in paths:
        for item in read_path(path):
            if isinstance(item, Document):
                _complete_date(item, default_date)
            yield item
