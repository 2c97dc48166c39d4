"""Metadata of plain-text articles: headline, byline and dateline from the first lines."""

from __future__ import annotations

import re
from typing import Any

from tidings import settings
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
    """Title, author and publication date (from a dateline) found at the top of a text."""
    lines = _head_lines(text)
    date = dateline_date(lines)
    return {"title": _title(lines), "author": _author(lines), "date": date,
            "date_source": "dateline" if date else None}
