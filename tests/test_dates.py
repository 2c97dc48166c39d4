"""Date expressions resolved against the publication date; the parser never raises."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.timeplace.dates import dateline_date, find_dates, normalize_date

PUB = "2021-09-07"  # a Tuesday

CASES = [
    # text, publication, expected (date, precision) of the first point expression
    ("met on August 4, 2021", PUB, ("2021-08-04", "day")),
    ("on 4 Aug. 2021 the talks", PUB, ("2021-08-04", "day")),
    ("signed 2021-08-04 in Caracas", PUB, ("2021-08-04", "day")),
    ("On June 9, two warships turned", PUB, ("2021-06-09", "day")),
    ("on December 20 the envoy arrived", PUB, ("2020-12-20", "day")),
    ("on Friday the ministers met", PUB, ("2021-09-03", "day")),
    ("on Tuesday the ministers met", PUB, ("2021-09-07", "day")),
    ("yesterday the army said", PUB, ("2021-09-06", "day")),
    ("two days ago the talks failed", PUB, ("2021-09-05", "day")),
    ("earlier this month Iran said", PUB, ("2021-09-01", "month")),
    ("last month Iran said", PUB, ("2021-08-01", "month")),
    ("last year the deal collapsed", PUB, ("2020-01-01", "year")),
    ("in March the deal collapsed", PUB, ("2021-03-01", "month")),
    ("in October the deal collapsed", PUB, ("2020-10-01", "month")),
    ("in March 2019 the deal collapsed", PUB, ("2019-03-01", "month")),
    ("in 2019 the deal collapsed", PUB, ("2019-01-01", "year")),
]


@pytest.mark.parametrize(("text", "pub", "expected"), CASES)
def test_point_dates(text, pub, expected):
    points = [d for d in find_dates(text, pub) if d.kind == "point"]
    assert (points[0].date, points[0].precision) == expected


def test_future_weekday_and_month():
    assert find_dates("will meet on Friday", PUB, future=True)[0].date == "2021-09-10"
    assert find_dates("will meet on June 9", PUB, future=True)[0].date == "2022-06-09"


@pytest.mark.parametrize("text", ["Since 1979, Iran has tried", "in the 1990s", "from 2010 to 2015"])
def test_spans_are_not_event_days(text):
    found = find_dates(text, PUB)
    assert found and all(d.kind == "span" and d.date is None for d in found)


def test_relative_dates_need_a_publication_date():
    assert all(d.date is None for d in find_dates("on Friday", None))


def test_dateline():
    assert dateline_date(["Iran Looks for Partners", "By A. Writer", "September 07, 2021"]) == "2021-09-07"
    assert dateline_date(["No date here"]) is None


def test_normalize():
    assert normalize_date("2022-06-11T08:00:00Z") == "2022-06-11"
    assert normalize_date("June 11, 2022") == "2022-06-11"
    assert normalize_date("2022-02-30") is None
    assert normalize_date("soon") is None


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates().map(str), st.text(max_size=12)), st.booleans())
def test_parser_never_raises(text, pub, future):
    for found in find_dates(text, pub, future):
        assert found.date is None or len(found.date) == 10
    normalize_date(text)
    dateline_date([text])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["June", "Sept.", "Feb", "May"]), st.integers(-5, 99), st.integers(0, 9999))
def test_written_dates_never_raise(month, day, year):
    for found in find_dates(f"on {month} {day}, {year} and {day} {month}", "2021-09-07"):
        assert found.kind in ("point", "span")


def test_anaphoric_dates_refer_to_the_last_day_named(code_sentence):
    events = code_sentence("China fired missiles toward Taiwan on August 4. Taiwan condemned China the same day. "
                           "Japan summoned China's ambassador the next day.", date="2022-08-06")
    dates = {e.source.country: e.date for e in events}
    assert dates == {"CHN": "2022-08-04", "TWN": "2022-08-04", "JPN": "2022-08-05"}


def test_counted_days_later_shift_every_event_of_their_sentence(code_sentence):
    events = code_sentence("Kenyan police fired tear gas at protesters in Nairobi on June 25. Three days later, "
                           "officers raided a church in Nairobi and detained forty activists.", date="2024-07-10")
    later = [e for e in events if e.event_type == "COERCE"]
    assert len(later) == 2 and {e.date for e in later} == {"2024-06-28"}


def test_a_statement_with_a_day_dates_the_threat_it_carries(code_sentence):
    events = code_sentence("Israeli jets struck Beirut on April 2. Iran's president warned that day that "
                           "Tehran would retaliate if Israel attacked Iranian targets again.", date="2024-04-05")
    threat = next(e for e in events if e.event_type == "THREATEN")
    assert (threat.source.code, threat.date) == ("IRNGOV", "2024-04-02")


def test_single_date_of_a_sentence_applies_to_its_events(code_sentence):
    events = code_sentence("Police fired tear gas at people who marched through Lima on January 19.", date="2023-02-16")
    assert events and all(e.date == "2023-01-19" and e.date_source == "text" for e in events)


def test_shift_anaphoric():
    from tidings.timeplace.dates import shift_anaphoric

    assert shift_anaphoric("the same day", "2022-08-04") == "2022-08-04"
    assert shift_anaphoric("the next day", "2022-08-04") == "2022-08-05"
    assert shift_anaphoric("the day before", "2022-08-04") == "2022-08-03"
    assert shift_anaphoric("that day", None) is None
    assert shift_anaphoric("two days later", "2022-08-04") == "2022-08-06"
    assert shift_anaphoric("a week earlier", "2022-08-04") == "2022-07-28"
