"""User actor files (``--actors FILE``): entries that add to or override the shipped tables.

A user file is CSV or YAML in the format of docs/data-formats.md ("User actor files"): one row
(CSV) or one mapping (YAML) per actor or per dated role, with ``name`` required. A CSV whose
header is that of a shipped table (``people.csv``, ``organizations.csv`` … as written by
``tidings kb import-wikidata``) is read as that table, and a folder stands for every table and
actor file in it. The entries are laid over the shipped knowledge base: an entry with the name
of a shipped one replaces it, and new names win over shipped readings of the same words.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from tidings.actors.kb import Entry, KnowledgeBase, Role, add_table, load_kb, table_kind
from tidings.actors.tables import check_values
from tidings import settings
from tidings.errors import DataError

__all__ = ["USER_COLUMNS", "read_actor_file", "load_kb_with", "KINDS"]

#: Columns of a user actor file; only ``name`` is required.
USER_COLUMNS = ("name", "aliases", "kind", "country", "agent", "org", "code", "title", "start", "end")
#: What a user entry can be; ``person`` takes dated roles, the others are actors themselves.
KINDS = ("person", "org", "body", "media")
_FILE_TYPES = (".csv", ".yaml", ".yml")


def _many(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split("|") if v.strip()]


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def _kind(row: dict[str, Any], where: tuple[str, int]) -> str:
    kind = _text(row, "kind")
    if not kind:
        dated = any(_text(row, k) for k in ("title", "start", "end")) or row.get("roles")
        return "person" if dated else "org"
    if kind not in KINDS:
        raise DataError(f"kind {kind!r} is not one of {', '.join(KINDS)}", path=where[0], line=where[1])
    return kind


def _roles(row: dict[str, Any], where: tuple[str, int]) -> list[Role]:
    """The dated roles of a person row: its own columns and/or a YAML ``roles`` list."""
    specs = [row] if _text(row, "agent") else []
    extra = row.get("roles") or []
    if not isinstance(extra, list):
        raise DataError("roles must be a list of mappings", path=where[0], line=where[1])
    specs += extra
    roles = []
    for spec in specs:
        if not isinstance(spec, dict):
            raise DataError("each role must be a mapping", path=where[0], line=where[1])
        spec = {k: _text(spec, k) for k in ("country", "agent", "title", "start", "end")}
        if not spec["agent"]:
            raise DataError("a role needs an agent (sector code)", path=where[0], line=where[1])
        check_values(spec, where[1], where[0])
        roles.append(Role(spec["country"] or None, spec["agent"], spec["title"], spec["start"], spec["end"] or None))
    return roles


def _entry(row: dict[str, Any], kind: str, roles: list[Role]) -> Entry:
    country, agent = _text(row, "country") or None, _text(row, "agent") or None
    if kind == "person":
        return Entry("person", _text(row, "name"), roles=tuple(sorted(roles, key=lambda r: r.start)))
    if kind == "media":
        agent = agent or "MED"
    code = _text(row, "code") or ((country or "") + (agent or "")) or None
    return Entry(kind, _text(row, "name"), country=country, agent=agent, org=_text(row, "org") or None, code=code)


def _rows_to_entries(rows: Iterable[tuple[dict[str, Any], int]], path: str) -> list[tuple[list[str], Entry]]:
    """Entries of a user file; rows of the same person name add roles to one entry."""
    people: dict[str, tuple[list[str], list[Role]]] = {}
    others: list[tuple[list[str], Entry]] = []
    for row, line in rows:
        where = (path, line)
        if not _text(row, "name"):
            raise DataError("missing value in column 'name'", path=path, line=line)
        check_values({k: _text(row, k) for k in ("country", "agent", "start", "end")}, line, path)
        kind = _kind(row, where)
        names = [_text(row, "name"), *_many(row.get("aliases"))]
        if kind == "person":
            known = people.setdefault(_text(row, "name"), ([], []))
            known[0].extend(names)
            known[1].extend(_roles(row, where))
        else:
            if not _text(row, "agent") and kind != "media":
                raise DataError(f"an {kind} needs an agent (sector code)", path=path, line=line)
            others.append(([*names, _text(row, "org")], _entry(row, kind, [])))
    persons = [(names, _entry({"name": name}, "person", roles)) for name, (names, roles) in people.items()]
    return persons + others


def _csv_rows(path: Path) -> Iterator[tuple[dict[str, Any], int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = tuple(reader.fieldnames or ())
        unknown = [h for h in header if h not in USER_COLUMNS]
        if "name" not in header or unknown:
            raise DataError(f"header must use the columns {','.join(USER_COLUMNS)} (with name)"
                            + (f"; unknown: {','.join(unknown)}" if unknown else ""), path=str(path), line=1)
        for row in reader:
            yield {k: v for k, v in row.items() if k is not None}, reader.line_num


def _yaml_rows(path: Path) -> list[tuple[dict[str, Any], int]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError("not valid YAML", path=str(path), line=mark.line + 1 if mark else None) from None
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise DataError("must be a list of actor mappings (or a mapping with an 'actors' list)", path=str(path))
    return [(item, n) for n, item in enumerate(data, 1)]


def read_actor_file(path: Path) -> list[tuple[list[str], Entry]]:
    """The (names, entry) pairs of one user actor file, validated."""
    try:
        rows = _yaml_rows(path) if path.suffix.lower() in (".yaml", ".yml") else list(_csv_rows(path))
    except OSError as exc:
        raise DataError(f"cannot read actor file ({exc.strerror})", path=str(path)) from None
    except UnicodeDecodeError:
        raise DataError("actor file is not UTF-8 text", path=str(path)) from None
    return _rows_to_entries(rows, str(path))


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() in _FILE_TYPES)
    if not path.exists():
        raise DataError("no such actor file", path=str(path))
    if path.suffix.lower() not in _FILE_TYPES:
        raise DataError("actor files must be .csv, .yaml or .yml", path=str(path))
    return [path]


def _apply(kb: KnowledgeBase, path: Path, tok) -> None:  # noqa: ANN001
    kind = table_kind(path)
    if kind is not None:
        add_table(kb, kind, path, tok)
        return
    for names, entry in read_actor_file(path):
        kb.add(names, entry, tok)


@lru_cache(maxsize=8)
def _cached(paths: tuple[str, ...], stamps: tuple[float, ...]) -> KnowledgeBase:
    from tidings.nlp import load_nlp

    tok = load_nlp().tokenizer
    kb = load_kb().overlay()
    for path in paths:
        for file in _files(Path(path)):
            _apply(kb, file, tok)
    return kb


def load_kb_with(actors: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The shipped knowledge base with the user actor files (or folders) laid over it, in order:
    first those of ``settings.ACTORS_ENV`` (a path list), then ``actors``."""
    configured = [p for p in os.environ.get(settings.ACTORS_ENV, "").split(os.pathsep) if p.strip()]
    paths = tuple(str(p) for p in [*configured, *actors])
    if not paths:
        return load_kb()
    stamps = tuple(Path(p).stat().st_mtime if Path(p).exists() else 0.0 for p in paths)
    return _cached(paths, stamps)
