"""Metadata of plain-text articles: headline, byline and dateline from the first lines."""

from __future__ import annotations

import re
from typing import Any

from tidings import settings
from tidings.timeplace.dateline import find_dateline, resolve_dateline
from tidings.timeplace.dates import dateline_date

_BYLINE = re.compile(r"^\s*by\s+(?P<author>[^\n]{2,80})$", re.IGNORECASE)


def _head_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if line][: settings.DATELINE_LINES]


def _title(lines: list[str]) -> str | None:
    """The first line when it looks like a headline: short and without a closing full stop."""
    if lines and len(lines[0]) <= 200 and not lines[0].endswith((".", "?\"", ".\"")):
        return lines[0].lstrip("# ").strip() or None
    return None


def _author(lines: list[str]) -> str | None:
    for line in lines:
        match = _BYLINE.match(line)
        if match:
            return match.group("author").strip()
    return None


def text_metadata(text: str) -> dict[str, Any]:
    """Title, author, publication date and dateline (place, agency) found at the top of a text.

    A wire dateline without a year ("CARACAS, June 12 (Reuters) -") is kept in ``metadata``
    and resolved later against ``--date`` or the day of coding (see ``ingest.readers``).
    """
    lines = _head_lines(text)
    date = dateline_date(lines)
    wire = find_dateline(lines)
    metadata: dict[str, Any] = {}
    if wire is not None:
        metadata["dateline_place"] = ", ".join(p for p in (wire.place, wire.region) if p)
        if wire.agency:
            metadata["dateline_agency"] = wire.agency
        if date is None and wire.year is not None:
            date = resolve_dateline(wire)
        elif date is None and wire.month is not None:
            metadata["dateline_day"] = f"{wire.month:02d}-{wire.day:02d}"
    return {"title": _title(lines), "author": _author(lines), "date": date,
            "date_source": "dateline" if date else None, "metadata": metadata,
            "source": wire.agency if wire is not None else None}
