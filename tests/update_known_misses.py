"""Rewrite the lists of known misses after a change to the extractor.

    .venv/bin/python tests/update_known_misses.py

The lists (tests/data/sentences_known_misses.yaml, lexicon_known_misses.yaml and
actors_known_misses.yaml, timeplace_known_misses.yaml) make the
table tests strict xfails: a case that starts passing fails its test until it is removed here.
Review the diff of the lists before committing: a case that moves from passing to a known miss
is a regression to explain, not to accept silently.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from test_actor_table import CASES as ACTOR_CASES
from test_actor_table import case_id as actor_case_id
from test_actor_table import resolved
from test_sentences import CASES, case_id
from test_timeplace_tables import DATES, PLACES, expected_date, resolved_country, resolved_date
from test_timeplace_tables import case_id as timeplace_case_id

from tidings.evaluate import event_key, gold_key
from tidings.events import EventStage
from tidings.nlp import load_nlp
from tidings.record import Document

DATA = Path(__file__).parent / "data"


def _code(stage: EventStage, text: str, date: str) -> list:
    return stage(Document("t", text, "<test>", date=date), load_nlp()(text)).events


def sentence_misses(stage: EventStage) -> dict:
    out = {}
    for case in CASES:
        found = {event_key(e) for e in _code(stage, case["sentence"], str(case["date"]))}
        expected = {gold_key(g) for g in case["events"] or []}
        if expected and not expected <= found:
            reason = "misses " + "; ".join(" ".join(k) for k in sorted(expected - found))
        elif not expected and found:
            reason = "codes an event where none is expected: " + "; ".join(" ".join(k) for k in sorted(found))
        else:
            continue
        out[case_id(case)] = {"sentence": case["sentence"], "reason": reason}
    return out


def lexicon_misses(stage: EventStage) -> dict:
    out = {}
    for pattern in stage.lexicon.patterns:
        rules = sorted({e.rule.split("/")[0] for e in _code(stage, pattern.example, "2024-01-10")})
        if pattern.id not in rules:
            out[pattern.id] = (f"the parse gives another reading ({', '.join(rules)})" if rules
                               else "no event: the parse does not give this pattern its arguments")
    return out


def actor_misses() -> dict:
    out = {}
    for case in ACTOR_CASES:
        found = resolved(case)
        if found != case["expect"]:
            out[actor_case_id(case)] = {"phrase": case["phrase"], "date": str(case["date"]),
                                        "reason": f"resolves to {found}, not {case['expect']}"}
    return out


def timeplace_misses() -> dict:
    out = {}
    for case in DATES:
        found = resolved_date(case)
        if found != expected_date(case):
            out[timeplace_case_id(case)] = {"sentence": case["sentence"], "reason": f"date {found}"}
    for case in PLACES:
        found = resolved_country(case)
        if found != case["country"]:
            out[timeplace_case_id(case)] = {"sentence": case["sentence"], "reason": f"place {found}"}
    return out


def _write(path: Path, header: str, data: dict) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(header)
        yaml.safe_dump(data, out, sort_keys=True, width=200, allow_unicode=True)


def main() -> None:
    stage = EventStage()
    _write(DATA / "sentences_known_misses.yaml",
           "# Sentences of sentences.yaml the extractor does not code as expected yet, with what goes wrong.\n"
           "# tests/test_sentences.py runs them as strict xfails; regenerate with tests/update_known_misses.py.\n",
           sentence_misses(stage))
    _write(DATA / "lexicon_known_misses.yaml",
           "# Lexicon entries whose example sentence the extractor does not code with that entry yet.\n"
           "# tests/test_lexicon.py runs them as strict xfails; regenerate with tests/update_known_misses.py.\n",
           lexicon_misses(stage))
    _write(DATA / "actors_known_misses.yaml",
           "# Cases of actors.yaml the resolver does not get right yet, with what it gives instead.\n"
           "# tests/test_actor_table.py runs them as strict xfails; regenerate with tests/update_known_misses.py.\n",
           actor_misses())
    _write(DATA / "timeplace_known_misses.yaml",
           "# Cases of dates.yaml and places.yaml not resolved as expected yet, with what comes out.\n"
           "# tests/test_timeplace_tables.py runs them as strict xfails; regenerate with tests/update_known_misses.py.\n",
           timeplace_misses())


if __name__ == "__main__":
    main()
