"""Time and place: publication dates, event dates and event locations."""

from tidings.timeplace.dates import DateMatch, dateline_date, find_dates, normalize_date

__all__ = ["DateMatch", "dateline_date", "find_dates", "normalize_date"]
