"""The documented event record (docs/schema.md) is what the code emits."""

import json
import re

from conftest import ROOT

from tidings.codes import PLOVER_TYPES
from tidings.record import EVENT_FIELDS, FACTUALITY

ACTOR_FIELDS = ["text", "name", "country", "agent", "org", "code"]


def test_documented_fields_match_record():
    text = (ROOT / "docs" / "schema.md").read_text()
    fields = re.findall(r"^\| `(\w+)` \| (?:string|number|integer|actor|object|\[int)", text, flags=re.M)
    assert tuple(fields) == EVENT_FIELDS


def test_documented_actor_fields():
    text = (ROOT / "docs" / "schema.md").read_text()
    actor_part = text.split("An **actor** is", 1)[1].split("###", 1)[0]
    assert re.findall(r"^\| `(\w+)` \|", actor_part, flags=re.M) == ACTOR_FIELDS


def check_event(record: dict) -> None:
    """Assert that one JSON event has the documented shape."""
    assert list(record) == list(EVENT_FIELDS)
    assert record["event_type"] in PLOVER_TYPES
    assert re.fullmatch(r"\d{2,4}", record["cameo"])
    assert record["quad_class"] in (1, 2, 3, 4)
    assert record["factuality"] in FACTUALITY
    assert list(record["source"]) == ACTOR_FIELDS
    assert record["target"] is None or list(record["target"]) == ACTOR_FIELDS
    for actor in (record["source"], record["target"]):
        if actor and actor["country"]:
            assert re.fullmatch(r"[A-Z]{3}", actor["country"])
    assert record["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
    assert record["date_precision"] in (None, "day", "month", "year")
    assert record["date_source"] in (None, "text", "publication")
    assert record["location"] is None or set(record["location"]) == {"name", "country", "lat", "lon"}
    assert record["attribution"] is None or set(record["attribution"]) == {"reporter", "speaker"}
    start, end = record["span"]
    assert 0 <= start < end
    assert record["rule"] and 0 < record["confidence"] <= 1


def test_emitted_events_follow_schema(code_sentence):
    events = code_sentence("Venezuelan police arrested two opposition activists in Caracas on Tuesday, "
                           "Reuters reported.")
    assert events
    for event in events:
        check_event(json.loads(json.dumps(event.to_dict())))
    assert events[0].attribution.reporter == "Reuters"
