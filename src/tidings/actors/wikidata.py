"""``tidings kb import-wikidata``: people and organisations tables from a Wikidata JSON dump.

The dump (``latest-all.json[.gz]``, one entity per line inside a JSON array) is streamed twice,
so memory holds only what the tables need:

1. people (instances of human, Q5) with positions held (P39, start P580 and end P582
   qualifiers) and citizenship (P27); organisations whose class (P31) is one of
   :data:`ORG_CLASSES`; and the ids of the positions and countries they point to;
2. labels of those positions, their country (P17 or P1001), and the ISO 3166 alpha-3 code
   (P298) of every country.

A position's sector comes from its label through the shipped sector lexicon ("Minister of
Foreign Affairs of Iran" → minister → GOV, "member of the Majlis" → LEG); positions with no
sector are skipped and counted. The output is ``people.csv``, ``organizations.csv`` and
``media.csv`` in the shipped formats, to be used with ``--actors FOLDER``.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from tidings.actors.tables import HEADERS
from tidings.errors import InputError, TidingsError, UsageError

__all__ = ["ORG_CLASSES", "ImportReport", "import_wikidata", "iter_entities"]

HUMAN = "Q5"
#: Organisation classes (P31 values) and the sector they get.
ORG_CLASSES = {
    "Q484652": "IGO",   # international organization
    "Q245065": "IGO",   # intergovernmental organization
    "Q79913": "NGO",    # non-governmental organization
    "Q163740": "NGO",   # nonprofit organization
    "Q7278": "PTY",     # political party
    "Q17149090": "REB",  # armed organization
    "Q2001305": "REB",  # rebel group
    "Q17127659": "REB",  # terrorist organization
    "Q1193236": "MED",  # news agency
    "Q11032": "MED",    # newspaper
    "Q1616075": "MED",  # television station
    "Q15265344": "MED",  # broadcaster
    "Q783794": "BUS",   # company
    "Q4830453": "BUS",  # business
}
#: Words of position labels that name a legislature ("member of the Majlis").
_LEGISLATURE = re.compile(r"\b(member of (the )?(parliament|assembly|congress|senate|house|chamber|"
                          r"duma|majlis|knesset|bundestag|national assembly|legislat\w*)|deputy to|senator|"
                          r"member of the .*(parliament|assembly|congress|duma|majlis|council of the federation))",
                          re.IGNORECASE)
_TIME = re.compile(r"^[+-]?(\d{4,})-(\d{2})-(\d{2})")

ErrorHandler = Callable[[TidingsError], None]


@dataclass
class ImportReport:
    """What an import found and wrote."""

    people: int = 0
    roles: int = 0
    organizations: int = 0
    media: int = 0
    skipped_positions: int = 0
    bad_lines: int = 0
    files: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _open(path: Path) -> IO[str]:
    try:
        if path.suffix == ".gz":
            return gzip.open(path, "rt", encoding="utf-8")
        return path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read Wikidata dump ({exc.strerror})", path=str(path)) from None


def iter_entities(path: Path, on_error: ErrorHandler) -> Iterator[dict[str, Any]]:
    """Entities of a dump, one per line; a line that is not an entity goes to ``on_error``."""
    with _open(path) as handle:
        try:
            for number, line in enumerate(handle, 1):
                text = line.strip().rstrip(",")
                if text in ("", "[", "]"):
                    continue
                try:
                    entity = json.loads(text)
                except json.JSONDecodeError as exc:
                    on_error(InputError(f"not a JSON entity ({exc.msg})", path=str(path), line=number))
                    continue
                if isinstance(entity, dict) and isinstance(entity.get("id"), str):
                    yield entity
                else:
                    on_error(InputError("not a Wikidata entity (no id)", path=str(path), line=number))
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read Wikidata dump ({exc})", path=str(path)) from None


def _label(entity: dict[str, Any]) -> str | None:
    return ((entity.get("labels") or {}).get("en") or {}).get("value")


def _aliases(entity: dict[str, Any]) -> list[str]:
    return [a.get("value") for a in (entity.get("aliases") or {}).get("en") or [] if a.get("value")]


def _claims(entity: dict[str, Any], prop: str) -> list[dict[str, Any]]:
    return [c for c in (entity.get("claims") or {}).get(prop) or [] if isinstance(c, dict)]


def _value(snak: dict[str, Any] | None) -> Any:
    return (((snak or {}).get("datavalue")) or {}).get("value")


def _item_ids(entity: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in _claims(entity, prop):
        value = _value(claim.get("mainsnak"))
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            out.append(value["id"])
    return out


def _strings(entity: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in _claims(entity, prop):
        value = _value(claim.get("mainsnak"))
        text = value.get("text") if isinstance(value, dict) else value
        if isinstance(text, str):
            out.append(text)
    return out


def _time(claim: dict[str, Any], prop: str) -> str:
    """A qualifier date as YYYY, YYYY-MM or YYYY-MM-DD, by its precision; empty when absent."""
    for snak in (claim.get("qualifiers") or {}).get(prop) or []:
        value = _value(snak)
        if not isinstance(value, dict):
            continue
        found = _TIME.match(str(value.get("time", "")))
        if found:
            year, month, day = found.groups()
            precision = value.get("precision", 11)
            if precision >= 11 and day != "00":
                return f"{year}-{month}-{day}"
            return f"{year}-{month}" if precision == 10 and month != "00" else year
    return ""


@dataclass
class _Scan:
    """What the first pass keeps."""

    people: list[dict[str, Any]] = field(default_factory=list)
    orgs: list[dict[str, Any]] = field(default_factory=list)
    wanted: set[str] = field(default_factory=set)


def _person(entity: dict[str, Any]) -> dict[str, Any] | None:
    roles = [(_value(c.get("mainsnak")) or {}).get("id") for c in _claims(entity, "P39")]
    if not _label(entity) or not any(roles):
        return None
    held = [{"position": (_value(c.get("mainsnak")) or {}).get("id"), "start": _time(c, "P580"),
             "end": _time(c, "P582")} for c in _claims(entity, "P39")]
    return {"name": _label(entity), "aliases": _aliases(entity), "citizenship": _item_ids(entity, "P27"),
            "held": [h for h in held if h["position"]]}


def _org(entity: dict[str, Any]) -> dict[str, Any] | None:
    agent = next((ORG_CLASSES[c] for c in _item_ids(entity, "P31") if c in ORG_CLASSES), None)
    if agent is None or not _label(entity):
        return None
    short = [s for s in _strings(entity, "P1813") if s.replace(".", "").isupper()]
    return {"name": _label(entity), "aliases": _aliases(entity), "acronym": short[0] if short else "",
            "agent": agent, "country": (_item_ids(entity, "P17") or [""])[0]}


def _first_pass(path: Path, on_error: ErrorHandler) -> _Scan:
    scan = _Scan()
    for entity in iter_entities(path, on_error):
        kinds = _item_ids(entity, "P31")
        found = _person(entity) if HUMAN in kinds else _org(entity)
        if found is None:
            continue
        if HUMAN in kinds:
            scan.people.append(found)
            scan.wanted.update(h["position"] for h in found["held"])
            scan.wanted.update(found["citizenship"])
        else:
            scan.orgs.append(found)
            scan.wanted.add(found["country"])
    return scan


def _second_pass(path: Path, wanted: set[str], on_error: ErrorHandler) -> tuple[dict, dict]:
    """(positions: id → (label, country id), iso3: country id → alpha-3)."""
    positions: dict[str, tuple[str, str]] = {}
    iso3: dict[str, str] = {}
    for entity in iter_entities(path, on_error):
        codes = [c for c in _strings(entity, "P298") if re.fullmatch(r"[A-Z]{3}", c)]
        if codes:
            iso3[entity["id"]] = codes[0]
        if entity["id"] in wanted and _label(entity):
            country = (_item_ids(entity, "P17") or _item_ids(entity, "P1001") or [""])[0]
            positions[entity["id"]] = (_label(entity), country)
    return positions, iso3


_PRIORITY = ("JUD", "LEG", "SPY", "MIL", "COP", "GOV")


def position_sector(label: str, kb, tok) -> tuple[str | None, bool]:  # noqa: ANN001 - KnowledgeBase, tokenizer
    """(sector, international) of a position label: "member of the Majlis" → LEG; "President
    of the Supreme Court" → JUD (the institution wins over the title); "Secretary General of
    NATO" → IGO, international."""
    if _LEGISLATURE.search(label):
        return "LEG", False
    words = [t.text for t in tok(label)]
    found, i = [], 0
    while i < len(words):  # longest sector phrase first, left to right
        for n in range(min(kb.max_len, len(words) - i), 0, -1):
            window = words[i: i + n]
            entries = kb.lookup(window)
            if entries and entries[0].kind == "org" and entries[0].agent == "IGO":
                return "IGO", True
            agent = kb.sector(window) if n <= 4 else None
            if agent:
                found.append(agent)
                i += n - 1
                break
        i += 1
    for agent in _PRIORITY:
        if agent in found:
            return agent, False
    return (found[0] if found else None), False


def _role_rows(person: dict[str, Any], positions: dict, iso3: dict, kb, tok) -> tuple[list[list[str]], int]:  # noqa: ANN001
    rows, skipped = [], 0
    citizen = next((iso3[c] for c in person["citizenship"] if c in iso3), "")
    aliases = "|".join(a.replace("|", " ") for a in person["aliases"])
    for held in person["held"]:
        label, country = positions.get(held["position"], ("", ""))
        agent, international = position_sector(label, kb, tok) if label else (None, False)
        if agent is None:
            skipped += 1
            continue
        where = "" if international else iso3.get(country, citizen)
        rows.append([person["name"], aliases, where, agent, label, held["start"], held["end"]])
    return rows, skipped


def _write(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _org_rows(orgs: list[dict[str, Any]], iso3: dict) -> tuple[list[list[str]], list[list[str]]]:
    organizations, media = [], []
    for org in orgs:
        country = iso3.get(org["country"], "")
        aliases = "|".join(a.replace("|", " ") for a in org["aliases"] if a != org["acronym"])
        if org["agent"] == "MED":
            media.append([org["name"], "|".join(filter(None, [org["acronym"], aliases])), country])
        else:
            organizations.append([org["name"], org["acronym"], aliases, org["agent"], country, ""])
    return organizations, media


def import_wikidata(dump: str | Path, out_dir: str | Path, on_error: ErrorHandler | None = None) -> ImportReport:
    """Stream ``dump`` and write ``people.csv``, ``organizations.csv`` and ``media.csv`` into
    ``out_dir``; returns counts. Bad lines go to ``on_error`` (default: ignored, counted)."""
    from tidings.actors.kb import load_kb
    from tidings.nlp import load_nlp

    dump, out = Path(dump), Path(out_dir)
    if not dump.is_file():
        raise InputError("no such Wikidata dump", path=str(dump))
    report = ImportReport()

    def bad(error: TidingsError) -> None:
        report.bad_lines += 1
        if on_error is not None:
            on_error(error)

    scan = _first_pass(dump, bad)
    positions, iso3 = _second_pass(dump, scan.wanted, lambda error: None)
    kb, tok = load_kb(), load_nlp().tokenizer
    people: list[list[str]] = []
    for person in scan.people:
        rows, skipped = _role_rows(person, positions, iso3, kb, tok)
        people.extend(rows)
        report.skipped_positions += skipped
        report.people += bool(rows)
    organizations, media = _org_rows(scan.orgs, iso3)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create output folder ({exc.strerror})", path=str(out)) from None
    for name, rows in (("people.csv", people), ("organizations.csv", organizations), ("media.csv", media)):
        _write(out / name, HEADERS[name], rows)
        report.files.append(str(out / name))
    report.roles, report.organizations, report.media = len(people), len(organizations), len(media)
    return report
