"""General actor rules kept as data (``data/rules.yaml``, described in docs/data-formats.md).

- **Bare legislatures**: a bare "Congress" names the legislature of the story's main country when
  that country's legislature is (or was) called Congress, else the U.S. Congress; a bare "House"
  or "Senate" in a sentence that names both does the same with the countries that have a House
  and a Senate.
- **Outside nouns** ("opponents", "critics", "supporters"): their own sector stays, and only the
  country comes from the body, person or organisation they are opponents or supporters of.
- **Sponsors**: a nationality after "pro-" or before "-backed" ("pro-Russian separatists",
  "Iran-backed militias") is not the actor's own country.
- **Halves**: "the North" and "the South" name the halves of a divided country (the Koreas, the
  Sudans) in a story that names either half.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tidings.datafiles import read_mapping
from tidings.errors import DataError

__all__ = ["Legislature", "ActorRules", "read_rules", "load_rules"]


@dataclass(frozen=True)
class Legislature:
    """A bare legislature name: the words that name it, and whose it is."""

    words: frozenset[str]
    default: str
    countries: frozenset[str]
    parties: dict[str, str]

    def country(self, main: str | None) -> str:
        """The legislature's country in a story whose main country is ``main``."""
        return main if main in self.countries else self.default


@dataclass(frozen=True)
class ActorRules:
    congress: Legislature
    house_and_senate: Legislature
    outside_of: frozenset[str]
    sponsor_before: frozenset[str]
    sponsor_after: frozenset[str]
    halves: tuple[tuple[str, str], ...]  # (north, south) country codes


def _words(value: object, key: str, path: Path) -> frozenset[str]:
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise DataError(f"'{key}' must be a non-empty list of words", path=str(path))
    return frozenset(w.strip().lower() for w in value)


def _codes(value: object, key: str, path: Path, known: frozenset[str]) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise DataError(f"'{key}' must be a list of ISO 3166 alpha-3 codes", path=str(path))
    unknown = sorted(c for c in value if c not in known)
    if unknown:
        raise DataError(f"'{key}' has unknown country codes {unknown}", path=str(path))
    return frozenset(value)


def _legislature(data: object, key: str, path: Path, known: frozenset[str]) -> Legislature:
    if not isinstance(data, dict):
        raise DataError(f"'{key}' must be a mapping with words, default and countries", path=str(path))
    default = data.get("default")
    if default not in known:
        raise DataError(f"'{key}.default' {default!r} is not a known country code", path=str(path))
    parties = data.get("parties") or {}
    if not isinstance(parties, dict) or not all(isinstance(v, str) for v in parties.values()):
        raise DataError(f"'{key}.parties' must map country codes to party names", path=str(path))
    _codes(list(parties), f"{key}.parties", path, known)
    return Legislature(_words(data.get("words"), f"{key}.words", path), default,
                       _codes(data.get("countries"), f"{key}.countries", path, known), dict(parties))


def _halves(data: object, path: Path, known: frozenset[str]) -> tuple[tuple[str, str], ...]:
    if not isinstance(data, list) or not all(isinstance(d, dict) and set(d) == {"north", "south"} for d in data):
        raise DataError("'halves' must be a list of mappings with north and south", path=str(path))
    for pair in data:
        _codes([pair["north"], pair["south"]], "halves", path, known)
    return tuple((pair["north"], pair["south"]) for pair in data)


def read_rules(path: Path, countries: frozenset[str]) -> ActorRules:
    """Load and validate a rules file; ``countries`` are the known ISO3 codes."""
    data = read_mapping(path, "actor rules")
    sponsor = data.get("sponsor")
    if not isinstance(sponsor, dict):
        raise DataError("'sponsor' must be a mapping with before and after", path=str(path))
    return ActorRules(_legislature(data.get("congress"), "congress", path, countries),
                      _legislature(data.get("house_and_senate"), "house_and_senate", path, countries),
                      _words(data.get("outside_of"), "outside_of", path),
                      _words(sponsor.get("before"), "sponsor.before", path),
                      _words(sponsor.get("after"), "sponsor.after", path),
                      _halves(data.get("halves"), path, countries))


def _country_codes(folder: Path) -> frozenset[str]:
    with (folder / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["iso3"] for row in csv.DictReader(handle))


@lru_cache(maxsize=1)
def load_rules() -> ActorRules:
    """The shipped rules, loaded once per process."""
    folder = Path(str(resources.files("tidings.actors").joinpath("data")))
    return read_rules(folder / "rules.yaml", _country_codes(folder))
