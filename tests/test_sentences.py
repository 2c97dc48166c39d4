"""Table-driven extraction tests: sentence → expected (type, source, target), side by side.

The table is ``tests/data/sentences.yaml``; actors are written "<ISO3 or -> <sector or ->".
A case passes when every expected event is emitted (and none for cases that expect none).
Known misses are listed with their reason in ``sentences_known_misses.yaml`` and run as strict
xfails, so a fix that makes one pass must also remove it from that list.
"""

import hashlib
from pathlib import Path

import pytest
import yaml

from tidings.evaluate import (attribution_accuracy, event_key, factuality_accuracy, gold_key, matched_pairs,
                              score_documents)

DATA = Path(__file__).parent / "data"
CASES = yaml.safe_load((DATA / "sentences.yaml").read_text())
KNOWN_MISSES = yaml.safe_load((DATA / "sentences_known_misses.yaml").read_text()) or {}
BASELINE = yaml.safe_load((Path(__file__).parent / "golden" / "baseline.yaml").read_text())
FLOORS = BASELINE["sentences"]


def case_id(case: dict) -> str:
    return hashlib.sha1(case["sentence"].encode("utf-8")).hexdigest()[:8]


def test_table_is_well_formed():
    assert len(CASES) >= 250
    assert len({case_id(c) for c in CASES}) == len(CASES)
    assert set(KNOWN_MISSES) <= {case_id(c) for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_sentence(case, code_sentence, request):
    if case_id(case) in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_MISSES[case_id(case)]["reason"], strict=True))
    found = {event_key(e) for e in code_sentence(case["sentence"], str(case["date"]))}
    expected = {gold_key(g) for g in case["events"] or []}
    if expected:
        assert expected <= found, f"missing {sorted(expected - found)}; emitted {sorted(found)}"
    else:
        assert not found, f"expected no event; emitted {sorted(found)}"


@pytest.fixture(scope="module")
def table_pairs(code_sentence) -> list:
    return [(c["events"] or [], code_sentence(c["sentence"], str(c["date"]))) for c in CASES]


def test_table_scores_stay_above_floors(table_pairs):
    for level, floor in FLOORS.items():
        assert score_documents(table_pairs, level).f1 >= floor, level


def test_factuality_and_attribution_of_matched_events(table_pairs):
    matched = matched_pairs(table_pairs)
    assert len(matched) >= 150
    assert factuality_accuracy(matched) >= BASELINE["factuality"]
    for role, (right, total) in attribution_accuracy(matched).items():
        assert total and right / total >= BASELINE["attribution"], role
