"""The bundled example articles against their golden events (tests/golden/examples.yaml)."""

from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES

import tidings
from tidings.evaluate import date_accuracy, location_accuracy, matched_pairs, score_documents

GOLDEN = yaml.safe_load((Path(__file__).parent / "golden" / "examples.yaml").read_text())
BASELINE = yaml.safe_load((Path(__file__).parent / "golden" / "baseline.yaml").read_text())
FLOORS = BASELINE["examples"]


def doc_key(doc: tidings.Document) -> str:
    """Golden key of a document: the file name, or the id for JSONL documents."""
    return doc.doc_id if ".jsonl:" in doc.origin else Path(doc.origin).name


@pytest.fixture(scope="module")
def coded(stage) -> dict[str, tidings.Document]:
    return {doc_key(d): d for d in tidings.code([str(EXAMPLES)], stage=stage)}


def test_examples_cover_every_input_kind():
    suffixes = {p.suffix for p in EXAMPLES.iterdir()}
    assert {".txt", ".html", ".jsonl"} <= suffixes
    assert len(GOLDEN) >= 10


def test_every_example_is_coded_and_has_golden_events(coded):
    assert set(coded) == set(GOLDEN)
    for key, doc in coded.items():
        assert doc.events, key
        assert doc.date == str(GOLDEN[key]["publication_date"]), key
        for gold in GOLDEN[key]["events"]:
            assert gold["sentence"] in doc.text, (key, gold["sentence"])


@pytest.mark.parametrize("level", sorted(FLOORS))
def test_golden_f1_stays_above_floor(coded, level):
    score = score_documents(((GOLDEN[k]["events"], coded[k].events) for k in GOLDEN), level)
    assert score.f1 >= FLOORS[level], score.as_dict()


def test_seed_style_events_in_examples(coded):
    doc = coded["maduro-tehran-2022-06-11.txt"]
    consults = [e for e in doc.events if e.event_type == "CONSULT"]
    assert any({e.source.country, e.target.country if e.target else None} == {"VEN", "IRN"} for e in consults)


def test_golden_dates_and_locations_stay_above_floors(coded):
    """Date and location country of the golden events found (same type, sides and sentence)."""
    matched = matched_pairs(((GOLDEN[k]["events"], coded[k].events) for k in GOLDEN), same_sentence=True)
    (days, total), (places, located) = date_accuracy(matched), location_accuracy(matched)
    assert total >= 40 and located == total
    assert days / total >= BASELINE["golden_when_where"]["date"], (days, total)
    assert places / located >= BASELINE["golden_when_where"]["location"], (places, located)
