"""Shared fixtures: the spaCy pipeline and the event stage are loaded once per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tidings.events import EventStage
from tidings.nlp import load_nlp
from tidings.record import Document, Event

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def stage() -> EventStage:
    return EventStage()


@pytest.fixture(scope="session")
def code_sentence(stage: EventStage):  # noqa: ANN201 - returns a function
    """Code one sentence (or short text) with a publication date; returns its events."""
    nlp = load_nlp()

    def run(text: str, date: str | None = "2024-01-10") -> list[Event]:
        record = Document(doc_id="t", text=text, origin="<test>", date=date)
        return stage(record, nlp(text)).events

    return run


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``tidings`` command as a user would; stdout and stderr are captured."""
    exe = Path(sys.executable).with_name("tidings")
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, cwd=cwd, env=env,
                          timeout=600, check=False)
