"""Loading and validating the actor tables described in docs/data-formats.md."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tidings.errors import DataError

AGENTS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SPY", "PTY", "IGO", "NGO", "MED",
    "BUS", "CVL", "REF", "HRI", "LAB", "EDU", "HLH", "CRM", "ELI", "SEP", "UAF", "AGR", "ENV",
    "DEV", "MNC", "IMG", "NGM", "RAD", "MOD", "REL",
})

HEADERS: dict[str, tuple[str, ...]] = {
    "countries.csv": ("iso3", "name", "short_names", "former_names", "demonyms", "capitals"),
    "bodies.csv": ("text", "country", "agent", "name"),
    "organizations.csv": ("name", "acronym", "aliases", "agent", "country", "code"),
    "org_roles.csv": ("name", "country", "agent", "title", "start", "end"),
    "media.csv": ("name", "aliases", "country"),
    "sectors.csv": ("noun", "agent", "plural"),
    "people.csv": ("name", "aliases", "country", "agent", "title", "start", "end"),
    "regions.csv": ("name", "aliases", "country"),
    "breakaways.csv": ("name", "aliases", "demonyms", "capitals", "country", "start", "end"),
}

REQUIRED: dict[str, tuple[str, ...]] = {
    "countries.csv": ("iso3", "name"),
    "bodies.csv": ("text", "country", "agent"),
    "organizations.csv": ("name", "agent"),
    "org_roles.csv": ("name", "agent", "start"),
    "media.csv": ("name",),
    "sectors.csv": ("noun", "agent"),
    "people.csv": ("name", "agent", "start"),
    "regions.csv": ("name",),
    "breakaways.csv": ("name", "country"),
}

_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Row:
    """One validated CSV row with its line number, for error messages."""

    values: dict[str, str]
    line: int

    def get(self, key: str) -> str:
        return self.values.get(key, "") or ""

    def many(self, key: str) -> list[str]:
        """A ``|``-separated cell as a list of non-empty, stripped values."""
        return [v.strip() for v in self.get(key).split("|") if v.strip()]


def _check_row(required: tuple[str, ...], row: dict[str, str], line: int, path: str) -> None:
    for key in required:
        if not (row.get(key) or "").strip():
            raise DataError(f"missing value in column {key!r}", path=path, line=line)
    check_values(row, line, path)


def check_values(row: dict[str, str], line: int | None, path: str) -> None:
    """Check the sector code, country codes and dates of one row (any table or user file)."""
    agent = (row.get("agent") or "").strip()
    if agent and agent not in AGENTS:
        raise DataError(f"unknown sector code {agent!r}", path=path, line=line)
    for key in ("iso3", "country"):
        value = (row.get(key) or "").strip()
        if value and not _ISO3.match(value):
            raise DataError(f"{key} {value!r} is not an ISO 3166 alpha-3 code", path=path, line=line)
    for key in ("start", "end"):
        value = (row.get(key) or "").strip()
        if value and not _DATE.match(value):
            raise DataError(f"{key} {value!r} is not YYYY[-MM[-DD]]", path=path, line=line)


def header_kind(header: tuple[str, ...]) -> str | None:
    """The shipped table whose header this is ("people.csv"), or None."""
    return next((kind for kind, columns in HEADERS.items() if columns == header), None)


def read_table(path: Path, kind: str | None = None,
               columns: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> Iterator[Row]:
    """Rows of one actor table, checked against its documented header and required columns;
    ``columns`` (header, required) reads another table the same way (the gazetteer's areas)."""
    kind = kind or path.name
    header, required = columns or (HEADERS[kind], REQUIRED[kind])
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DataError(f"cannot read actor table ({exc.strerror})", path=str(path)) from None
    with handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != header:
            raise DataError(f"header must be {','.join(header)}", path=str(path), line=1)
        for row in reader:
            clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
            _check_row(required, clean, reader.line_num, str(path))
            yield Row(clean, reader.line_num)
