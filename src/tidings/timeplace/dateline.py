"""Wire datelines: "CARACAS, June 12 (Reuters) -", "TEHRAN, Iran, Aug. 5, 2021 (AP) —".

A dateline gives the place the story was filed from (the fallback location of its events), the
day (the publication date when no metadata gives one) and often the agency. The year is
frequently left out; :func:`resolve_dateline` then takes the year that puts the day on or before
a reference date (the ``--date`` option, else the day the text is coded), as a reader would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tidings.timeplace.dates import _MONTHS, _safe_date, _year_for

__all__ = ["Dateline", "find_dateline", "resolve_dateline", "dateline_length"]

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PLACE = r"(?P<place>[A-Z][A-Za-z\u00c0-\u017f'.\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z\u00c0-\u017f'.\- ]{1,30}?))?"
_WHEN = rf"(?:,\s*{_MON}\s+(?P<day>[0-3]?\d)(?:,\s*(?P<year>(?:19|20)\d\d))?)?"
_AGENCY = r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{1,40})\))?"
#: The dash after a dateline; after an agency, a straight quote with a space after it is a dash
#: lost to a text encoding ("WASHINGTON (AP) \" President …"), since a quote that opens the lede
#: touches its first word.
_DASH = r"\s*(?:-{1,2}|\u2013|\u2014|:|(?(agency)\"|(?!)))\s"
_DATELINE = re.compile(rf"^\s*{_PLACE}{_WHEN}{_AGENCY}{_DASH}")


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: place, month and day (and year when given), agency."""

    place: str
    region: str | None
    month: int | None
    day: int | None
    year: int | None
    agency: str | None


def _place_ok(place: str, agency: str | None, has_date: bool) -> bool:
    """Datelines put the place in capitals ("CARACAS") or give a date or agency after it."""
    letters = [ch for ch in place if ch.isalpha()]
    shouting = letters and all(ch.isupper() for ch in letters)
    return bool(shouting or has_date or agency) and len(place.split()) <= 4


def find_dateline(lines: list[str]) -> Dateline | None:
    """The dateline at the start of one of ``lines`` (the article's first lines), or None."""
    for line in lines:
        found = _DATELINE.match(line)
        if found is None:
            continue
        month = _MONTHS.get((found.group("mon") or "").lower().rstrip("."))
        if not _place_ok(found.group("place"), found.group("agency"), month is not None):
            continue
        return Dateline(place=found.group("place").strip().title() if found.group("place").isupper()
                        else found.group("place").strip(),
                        region=(found.group("region") or "").strip() or None, month=month,
                        day=int(found.group("day")) if found.group("day") else None,
                        year=int(found.group("year")) if found.group("year") else None,
                        agency=(found.group("agency") or "").strip() or None)
    return None


def dateline_length(text: str) -> int:
    """Characters of the dateline that opens ``text`` (0 when there is none)."""
    found = _DATELINE.match(text)
    if found is None or not _place_ok(found.group("place"), found.group("agency"), bool(found.group("mon"))):
        return 0
    return found.end()


def resolve_dateline(line: Dateline, reference: str | None = None) -> str | None:
    """The dateline's day as YYYY-MM-DD: its own year, else the year that puts it on or before
    ``reference`` (YYYY-MM-DD; default today)."""
    if line.month is None or line.day is None:
        return None
    if line.year is not None:
        found = _safe_date(line.year, line.month, line.day)
        return found.isoformat() if found else None
    try:
        ref = date.fromisoformat(reference) if reference else date.today()
    except ValueError:
        ref = date.today()
    found = _safe_date(_year_for(line.month, line.day, ref, False), line.month, line.day)
    return found.isoformat() if found else None
