"""Wire datelines: place, day (with or without year) and agency of a story."""

from datetime import date

import pytest

import tidings
from tidings.ingest.readers import iter_documents
from tidings.timeplace.dateline import dateline_length, find_dateline, resolve_dateline

WIRE = ("Venezuela expels envoy\n\nCARACAS, June 12 (Reuters) - Venezuela expelled the Spanish "
        "ambassador on Friday, the foreign ministry said.\n\nSpain condemned the expulsion.\n")


@pytest.mark.parametrize(("line", "expected"), [
    ("CARACAS, June 12 (Reuters) - Venezuela expelled", ("Caracas", None, 6, 12, None, "Reuters")),
    ("TEHRAN, Iran, Aug. 5, 2021 (AP) \u2014 Iran said", ("Tehran", "Iran", 8, 5, 2021, "AP")),
    ("BOGOTA (Reuters) - Colombia's government", ("Bogota", None, None, None, None, "Reuters")),
    ("ST. PETERSBURG, Russia, July 24 - Two ships", ("St. Petersburg", "Russia", 7, 24, None, None)),
    ('NAIROBI (AP) " Kenya\'s president', ("Nairobi", None, None, None, None, "AP")),  # a dash lost to encoding
])
def test_datelines_are_read(line, expected):
    found = find_dateline([line])
    assert (found.place, found.region, found.month, found.day, found.year, found.agency) == expected


@pytest.mark.parametrize("line", ["The president said - in a long speech - that", "In Caracas, police fired",
                                  "Iran and Venezuela signed a deal on June 12.",
                                  'NAIROBI (AP) "We will not resign," the minister said'])
def test_sentences_are_not_datelines(line):
    assert find_dateline([line]) is None and dateline_length(line) == 0


def test_yearless_day_takes_the_year_on_or_before_the_reference():
    line = find_dateline(["CARACAS, December 30 (Reuters) - x"])
    assert resolve_dateline(line, "2022-01-03") == "2021-12-30"
    assert resolve_dateline(line, "2022-12-31") == "2022-12-30"
    assert resolve_dateline(line) <= date.today().isoformat()


def test_wire_story_date_place_and_agency(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE)
    doc = next(iter_documents([str(path)], "2021-09-07"))
    assert (doc.date, doc.date_source, doc.source) == ("2021-06-12", "dateline", "Reuters")
    events = list(tidings.code([str(path)], date="2021-09-07"))[0].events
    expel = next(e for e in events if e.target is not None and e.target.country == "ESP")
    assert expel.date == "2021-06-11"  # "on Friday" before Saturday 12 June; the dateline day is not the event's
    assert expel.location.country == "VEN" and expel.attribution.reporter == "Reuters"
    later = [e for e in events if "condemned" in e.sentence]
    assert later and all(e.location is not None and e.location.name == "Caracas" for e in later)


@pytest.mark.parametrize(("text", "source"), [
    ("KABUL (Pajhwok): President Ashraf Ghani met members of the Afghan peace delegation on Monday.", "AFGGOV"),
    ("MOSCOW - A court in Ecuador revoked the detention order against a former foreign minister.", "ECUJUD"),
    ("CARACAS, June 12 (Reuters) - Venezuelan police arrested three opposition activists.", "VENCOP"),
    ('MOSCOW (AP) " Ukrainian President Volodymyr Zelenskyy on Monday granted citizenship to a Russian journalist.',
     "UKRGOV"),
])
def test_a_dateline_is_never_the_subject_of_the_first_sentence(text, source):
    events = tidings.code_text(text, date="2023-06-14")
    assert events and all(e.source.code == source for e in events), [(e.event_type, e.source.code) for e in events]
