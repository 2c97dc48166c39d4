"""Table-driven actor tests: (phrase, date, context) → (country, sector), side by side.

The table is ``tests/data/actors.yaml`` (written by hand, see its header for the conventions).
Each case runs through :func:`tidings.actor`, as ``tidings actor`` does. Known misses are listed
with their reason in ``actors_known_misses.yaml`` and run as strict xfails; the share resolved
right must stay at or above the floor in ``tests/golden/baseline.yaml``.
"""

import hashlib
import re
from pathlib import Path

import pytest
import yaml

import tidings

DATA = Path(__file__).parent / "data"
CASES = yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))
KNOWN_MISSES = yaml.safe_load((DATA / "actors_known_misses.yaml").read_text(encoding="utf-8")) or {}
FLOOR = yaml.safe_load((Path(__file__).parent / "golden" / "baseline.yaml").read_text())["actors"]
EXPECT = re.compile(r"^([A-Z]{3}|-) ([A-Z]{3}|-)$")


def case_id(case: dict) -> str:
    key = f"{case['phrase']}|{case['date']}|{case.get('context', '')}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def resolved(case: dict) -> str:
    found = tidings.actor(case["phrase"], str(case["date"]), case.get("context"))
    return f"{found['country'] or '-'} {found['agent'] or '-'}"


def test_table_is_well_formed():
    assert len(CASES) >= 300
    assert len({case_id(c) for c in CASES}) == len(CASES)
    assert set(KNOWN_MISSES) <= {case_id(c) for c in CASES}
    for case in CASES:
        assert EXPECT.match(case["expect"]), case
        assert case["phrase"] in case.get("context", case["phrase"]), case


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_actor(case, request):
    if case_id(case) in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_MISSES[case_id(case)]["reason"], strict=True))
    assert resolved(case) == case["expect"]


def test_accuracy_stays_above_floor():
    right = sum(resolved(c) == c["expect"] for c in CASES)
    assert right / len(CASES) >= FLOOR, f"{right}/{len(CASES)} = {right / len(CASES):.3f} < {FLOOR}"
