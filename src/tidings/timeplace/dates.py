"""Date expressions: parsed from text offline, resolved against the publication date.

Every public function returns a value or ``None`` and never raises on any input string, so
dates can be parsed from untrusted text (the parser is fuzzed in the tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMatch", "normalize_date", "dateline_date", "find_dates", "resolve_expression", "shift_anaphoric",
           "count_of"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Ordered: the first pattern that matches at a position wins.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I)),
    ("span", re.compile(rf"\b(?:since|until|till|through|between|from)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:{_MON}\s+)?(?:19|20)\d\d(?:s)?\b", re.I)),
    ("decade", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d0s\b", re.I)),
    ("my", re.compile(rf"\b{_MON}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b", re.I)),
    ("holiday", re.compile(r"\b(?P<hol>new year's eve|new year's day|christmas eve|christmas day)\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("weekday", re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("relative", re.compile(r"\b(?P<rel>yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month|year)|last (?:night|week|month|year)|earlier this (?:week|month|year)|(?P<n>two|three|four|five|six|seven|\d+) (?P<unit>days?|weeks?|months?|years?) ago)\b", re.I)),
    ("anaphoric", re.compile(r"\b(?:(?:on )?the same day|(?:later |earlier )?that (?:day|night|morning|evening)|the next day|the following day|the day before|the previous day|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?) (?:later|earlier))\b", re.I)),
    ("month", re.compile(rf"\b(?:in|during|since|by|until|early|late|mid-?)\s+{_MON}\b(?!\s+\d)", re.I)),
    ("year", re.compile(rf"\b(?:in|during|of|by)\s+{_YEAR}\b", re.I)),
]
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}


#: Fixed-date days named in news without a date (month, day).
_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
             "christmas day": (12, 25)}


def count_of(word: str) -> int | None:
    """The number a count word or numeral stands for ("three", "a", "12"), or None."""
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower())


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in text: the resolved date, its precision and where it stands.

    ``kind`` is ``point`` for an event date, ``span`` for eras and ranges ("since 1979", "in the
    1990s"), which are recorded but never taken as the day of an event, and ``anaphoric`` for
    "the same day", "the next day", which refer to the date last mentioned before.
    """

    date: str | None
    precision: str | None
    start: int
    end: int
    kind: str
    text: str


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def normalize_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or timestamp or a written full date; else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$", text)
    if match:
        return _iso(_safe_date(*(int(g) for g in match.groups())))
    for found in find_dates(text, None):
        if found.precision == "day" and found.kind == "point":
            return found.date
    return None


_DATELINE_TAIL = re.compile(r"^\s*(?:\([^)]{2,40}\))?\s*(?:[-\u2013\u2014:|/]|$)")


def _is_dateline(line: str, found: DateMatch) -> bool:
    """A date line ("September 07, 2021"), a byline date ("By X | June 3, 2022") or a wire
    dateline ("CARACAS, June 12, 2021 (Reuters) -"); not a date inside a sentence."""
    if len(line) <= 60:
        return True
    return found.start <= 40 and bool(_DATELINE_TAIL.match(line[found.end:]))


def dateline_date(lines: list[str]) -> str | None:
    """The first full date (day, month and year) on a dateline among an article's head lines."""
    for line in lines:
        if len(line) > 400:
            continue
        for found in find_dates(line, None):
            if found.precision == "day" and found.kind == "point" and _is_dateline(line, found):
                return found.date
    return None


def _year_for(month: int, day: int, pub: date, future: bool) -> int:
    """The year that puts month/day at or before the publication date (after it if future)."""
    candidate = _safe_date(pub.year, month, day) or _safe_date(pub.year, month, 28)
    if candidate is None:
        return pub.year
    if future:
        return pub.year if candidate >= pub else pub.year + 1
    return pub.year if candidate <= pub else pub.year - 1


def _weekday(name: str, pub: date, future: bool) -> date:
    delta = (pub.weekday() - _WEEKDAYS[name.lower()]) % 7
    if future:
        ahead = (_WEEKDAYS[name.lower()] - pub.weekday()) % 7
        return pub + timedelta(days=ahead or 7)
    return pub - timedelta(days=delta)


def _shift_month(pub: date, months: int) -> date:
    total = pub.year * 12 + pub.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _relative(m: re.Match[str], pub: date) -> tuple[date, str] | None:
    rel = m.group("rel").lower()
    fixed = {"yesterday": (pub - timedelta(days=1), "day"), "today": (pub, "day"),
             "tonight": (pub, "day"), "tomorrow": (pub + timedelta(days=1), "day"), "last night": (pub - timedelta(days=1), "day"),
             "this week": (pub, "month"), "earlier this week": (pub, "month"),
             "last week": (pub - timedelta(days=7), "month"),
             "this month": (pub.replace(day=1), "month"), "earlier this month": (pub.replace(day=1), "month"),
             "last month": (_shift_month(pub, -1), "month"),
             "this year": (date(pub.year, 1, 1), "year"), "earlier this year": (date(pub.year, 1, 1), "year"),
             "last year": (date(pub.year - 1, 1, 1), "year")}
    if rel in fixed:
        return fixed[rel]
    if rel.startswith("this "):
        return pub, "day"
    if m.group("n"):
        n = count_of(m.group("n"))
        unit = m.group("unit").lower().rstrip("s")
        if unit == "day":
            return pub - timedelta(days=n), "day"
        if unit == "week":
            return pub - timedelta(days=7 * n), "month"
        if unit == "month":
            return _shift_month(pub, -n), "month"
        return date(pub.year - n, 1, 1), "year"
    return None


def resolve_expression(kind: str, m: re.Match[str], pub: date | None,
                       future: bool = False) -> tuple[str | None, str | None]:
    """(date, precision) of one matched expression; (None, None) when it cannot be placed."""
    try:
        return _resolve(kind, m, pub, future)
    except (ValueError, OverflowError, KeyError):
        return None, None


def _resolve(kind: str, m: re.Match[str], pub: date | None, future: bool) -> tuple[str | None, str | None]:
    groups = m.groupdict()
    month = _MONTHS.get((groups.get("mon") or "").lower().rstrip("."))
    if kind == "iso":
        return _iso(_safe_date(int(groups["year"]), int(groups["m"]), int(groups["day"]))), "day"
    if kind in ("mdy", "dmy"):
        return _iso(_safe_date(int(groups["year"]), month or 0, int(groups["day"]))), "day"
    if kind == "my":
        return _iso(_safe_date(int(groups["year"]), month or 0, 1)), "month"
    if kind == "year":
        return f"{groups['year']}-01-01", "year"
    if pub is None:
        return None, None
    if kind in ("md", "dm"):
        day = int(groups["day"])
        return _iso(_safe_date(_year_for(month or 0, day, pub, future), month or 0, day)), "day"
    if kind == "holiday":  # "New Year's Eve": the latest such day, as for "December 31"
        month, day = _HOLIDAYS[groups["hol"].lower()]
        return _iso(_safe_date(_year_for(month, day, pub, future), month, day)), "day"
    if kind == "month":
        return _iso(_safe_date(_year_for(month or 0, 1, pub, future), month or 0, 1)), "month"
    if kind == "weekday":
        return _weekday(groups["wd"], pub, future).isoformat(), "day"
    if kind == "relative":
        found = _relative(m, pub)
        return (found[0].isoformat(), found[1]) if found else (None, None)
    return None, None


def _parse_pub(pub: str | None) -> date | None:
    if not pub:
        return None
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", pub)
    return _safe_date(*(int(g) for g in match.groups())) if match else None


def find_dates(text: str, pub: str | None, future: bool = False) -> list[DateMatch]:
    """Every date expression in ``text``, left to right, resolved against ``pub`` (YYYY-MM-DD)."""
    if not isinstance(text, str):
        return []
    anchor = _parse_pub(pub)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if kind == "anaphoric":  # "the same day": resolved against the previous date by the caller
                found.append(DateMatch(None, "day", m.start(), m.end(), "anaphoric", m.group(0)))
                continue
            if kind in ("span", "decade"):
                found.append(DateMatch(None, None, m.start(), m.end(), "span", m.group(0)))
                continue
            value, precision = resolve_expression(kind, m, anchor, future)
            found.append(DateMatch(value, precision if value else None, m.start(), m.end(), "point", m.group(0)))
    return sorted(found, key=lambda d: d.start)


def shift_anaphoric(text: str, previous: str | None) -> str | None:
    """The date an anaphoric expression names, given the date last mentioned before it."""
    base = _parse_pub(previous)
    if base is None:
        return None
    lowered = text.lower()
    count = re.match(r"(\w+) (day|week)s? (later|earlier)$", lowered)
    if count and count_of(count.group(1)):  # "two days later", "a week earlier"
        days = count_of(count.group(1)) * (7 if count.group(2) == "week" else 1)
        return (base + timedelta(days=days if count.group(3) == "later" else -days)).isoformat()
    if "next" in lowered or "following" in lowered:
        return (base + timedelta(days=1)).isoformat()
    if "before" in lowered or "previous" in lowered:
        return (base - timedelta(days=1)).isoformat()
    return base.isoformat()
