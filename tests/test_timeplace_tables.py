"""Table-driven date and place tests: sentence, publication date, trigger → date / place.

``tests/data/dates.yaml`` (date, precision, source) and ``tests/data/places.yaml`` (country of
the place) were written by hand; see their headers for the conventions. Each case resolves the
trigger word's clause with :func:`tidings.events.when.event_date` / ``event_place``, the
functions the event stage uses. Known misses are strict xfails listed with their reason in
``timeplace_known_misses.yaml``; the share right must stay at or above the floors in
``tests/golden/baseline.yaml``.
"""

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from tidings.actors import ActorResolver, load_kb
from tidings.actors.coref import count_countries, observe
from tidings.events.when import event_date, event_place
from tidings.nlp import load_nlp

DATA = Path(__file__).parent / "data"
DATES = yaml.safe_load((DATA / "dates.yaml").read_text(encoding="utf-8"))
PLACES = yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf-8"))
KNOWN_MISSES = yaml.safe_load((DATA / "timeplace_known_misses.yaml").read_text(encoding="utf-8")) or {}
FLOORS = yaml.safe_load((Path(__file__).parent / "golden" / "baseline.yaml").read_text())["timeplace"]
_PRECISION = {"day": 10, "month": 7, "year": 4}


def case_id(case: dict) -> str:
    return hashlib.sha1(f"{case['sentence']}|{case['trigger']}".encode("utf-8")).hexdigest()[:8]


def _trigger(case: dict):  # noqa: ANN202 - a spaCy Token
    doc = load_nlp()(case["sentence"])
    found = re.search(rf"\b{re.escape(case['trigger'])}\b", doc.text)
    return doc.char_span(found.start(), found.end(), alignment_mode="expand")[0]


def resolved_date(case: dict) -> tuple:
    day, precision, source = event_date(_trigger(case), case["published"])
    return (day[: _PRECISION.get(precision, 10)] if day else None), precision, source


def resolved_country(case: dict) -> str | None:
    token = _trigger(case)
    resolver = ActorResolver(load_kb())
    memory = observe(token.doc, resolver, case["published"])
    actors = {m.actor.country for m in memory.mentions if m.actor.country}
    place = event_place(token, set(count_countries(token.doc, resolver)), actors=actors)
    return place.country if place is not None else None


def expected_date(case: dict) -> tuple:
    return case["date"], case["precision"], case["source"]


def _xfail_known(case: dict, request) -> None:  # noqa: ANN001
    if case_id(case) in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_MISSES[case_id(case)]["reason"], strict=True))


def test_tables_are_well_formed():
    assert len(DATES) >= 150 and len(PLACES) >= 100
    ids = [case_id(c) for c in DATES + PLACES]
    assert len(set(ids)) == len(ids) and set(KNOWN_MISSES) <= set(ids)
    for case in DATES + PLACES:
        assert re.search(rf"\b{re.escape(case['trigger'])}\b", case["sentence"]), case


@pytest.mark.parametrize("case", DATES, ids=case_id)
def test_date(case, request):
    _xfail_known(case, request)
    assert resolved_date(case) == expected_date(case)


@pytest.mark.parametrize("case", PLACES, ids=case_id)
def test_place(case, request):
    _xfail_known(case, request)
    assert resolved_country(case) == case["country"]


def test_date_and_place_accuracy_stay_above_floors():
    dates = sum(resolved_date(c) == expected_date(c) for c in DATES) / len(DATES)
    places = sum(resolved_country(c) == c["country"] for c in PLACES) / len(PLACES)
    assert dates >= FLOORS["dates"] and places >= FLOORS["places"], (dates, places)


@pytest.mark.parametrize(("name", "country"), [
    ("Golan Heights", "SYR"), ("Donbass", "UKR"), ("Darfur", "SDN"), ("Iraqi Kurdistan", "IRQ"),
    ("Nagorno-Karabakh", "AZE"), ("Sinai", "EGY"), ("Kashmir Valley", "IND"), ("Eastern Ghouta", "SYR"),
])
def test_shipped_areas_resolve_to_their_country(name, country):
    from tidings.timeplace.places import load_gazetteer

    place = load_gazetteer().lookup(name)
    assert place is not None and place.country == country, place


def test_a_bad_area_row_names_the_file_and_line(tmp_path):
    from tidings.errors import DataError
    from tidings.timeplace.places import load_gazetteer

    path = tmp_path / "areas.csv"
    path.write_text("name,aliases,country,lat,lon,population\nOk,,SYR,33,35,1\nBad,,XXX,1,2,3\n")
    with pytest.raises(DataError, match=r"areas\.csv:3: unknown country code 'XXX'") as err:
        load_gazetteer()._areas(path)
    assert "areas.csv" in str(err.value)
