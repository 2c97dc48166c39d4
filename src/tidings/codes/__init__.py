"""CAMEO and PLOVER code tables: names, Goldstein scores, QuadClass and PLOVER types.

The CAMEO table (``data/cameo_codes.csv``) carries GDELT's Goldstein values (ICEWS's, or the
parent code's, for the six codes GDELT leaves blank) and QuadClass per code
and the PLOVER type each code translates to, inherited from the nearest coded ancestor.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tidings.errors import DataError

__all__ = ["PLOVER_TYPES", "PLOVER_MODES", "CameoCode", "cameo_table", "cameo_code"]

#: The 16 PLOVER event types, in the manual's order.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: PLOVER modes allowed per event type (PLOVER manual 2.0 draft).
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}


@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None


def _row_to_code(row: dict[str, str], line: int) -> CameoCode:
    try:
        return CameoCode(row["code"], row["name"], float(row["goldstein"]), int(row["quad_class"]),
                         row["plover_event"] or None, row["plover_mode"] or None)
    except (KeyError, ValueError) as exc:
        raise DataError(f"bad CAMEO row: {exc}", path="cameo_codes.csv", line=line) from exc


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("042"), loaded once."""
    text = resources.files("tidings.codes").joinpath("data/cameo_codes.csv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines())
    return {c.code: c for c in (_row_to_code(r, i + 2) for i, r in enumerate(rows))}


def cameo_code(code: str) -> CameoCode | None:
    """The table row of a CAMEO code, or None when the code does not exist."""
    return cameo_table().get(code)
