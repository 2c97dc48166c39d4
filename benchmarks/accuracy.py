"""Accuracy of tidings on public gold sets and on its own golden corpus.

    .venv/bin/python benchmarks/accuracy.py [--only NAME ...] [--failures N]

Sets (the public ones are read from ../shared/benchmarks and skipped when absent):

- plv_train: share of marked (source, target) pairs for which tidings emits an event with that
  direction and the gold type (YIELD counts as CONCEDE or RETREAT); ``asserted`` counts only
  events whose factuality is asserted, ``any`` counts every factuality. An emitted actor is the
  marked mention when they share a word in the actor's text or in the name it resolved to (a
  pronoun "it" resolved to the ELN is the marked "The ELN").
- petrarch2_gsr: on records with expected events, the share of expected events matched by CAMEO
  root code, by dyad (source and target country or IGO), and by both; on records that expect
  none, the share where tidings emits an event.
- case2021: share of records whose ACLED sub-event type (mapped through acled_to_plover.yaml)
  agrees with a type tidings emits; out-of-scope labels reported apart.
- own: precision, recall and F1 of (type, source, target) on the examples' golden events and on
  the test-sentence table, with date and location accuracy on the matched golden events.
- petrarch2_unit (optional): the PETRARCH2 unit tests coded with benchmarks/petrarch2_actors.yaml
  for their fictional actors; share of expected (source, target) codings reproduced.

Benchmark data are for measuring only: nothing here is trained on them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
sys.path.insert(0, str(ROOT / "tests"))

from tidings.events import EventStage  # noqa: E402
from tidings.evaluate import (attribution_accuracy, date_accuracy, factuality_accuracy,  # noqa: E402
                              location_accuracy, matched_pairs, score_documents)
from tidings.nlp import load_nlp  # noqa: E402
from tidings.record import Document, Event  # noqa: E402

_STOP = {"the", "a", "an", "of", "in", "and", "to", "s", "'s", "its", "his", "her", "their"}


def _records(name: str) -> list[dict] | None:
    path = SHARED / name / "records.jsonl"
    return [json.loads(line) for line in path.open()] if path.exists() else None


class Coder:
    """Codes texts with one shared pipeline."""

    def __init__(self) -> None:
        self.nlp, self.stage = load_nlp(), EventStage()

    def __call__(self, text: str, date: str | None) -> list[Event]:
        record = Document(doc_id="bench", text=text, origin="<bench>", date=date)
        return self.stage(record, self.nlp(text)).events

    def many(self, items: list[tuple[str, str | None]]) -> list[list[Event]]:
        out = []
        for doc, (text, date) in zip(self.nlp.pipe([t for t, _ in items], batch_size=32), items, strict=True):
            out.append(self.stage(Document("bench", text, "<bench>", date=date), doc).events)
        return out


def _words(text: str) -> set[str]:
    return {re.sub(r"'s$", "", w) for w in re.findall(r"[\w']+", text.lower()) if w not in _STOP}


def _same_mention(actor, marked: str) -> bool:  # noqa: ANN001
    """The emitted actor is the marked mention: they share a word, either in the actor's own
    text or in the name it resolved to ("it" resolved to "the ELN" is the ELN)."""
    m = _words(marked)
    return any(bool(w and m and (w & m)) for w in (_words(actor.text), _words(actor.name or "")))


def plv(coder: Coder, failures: int) -> dict:
    records = _records("plv_train")
    if records is None:
        return {"skipped": "../shared/benchmarks/plv_train not found"}
    events = coder.many([(r["text"], None) for r in records])
    hits, errors = Counter(), Counter()
    missed = []
    for record, emitted in zip(records, events, strict=True):
        gold = record["expected_events"][0]
        types = {"CONCEDE", "RETREAT"} if gold["code"] == "YIELD" else {gold["code"]}
        match = [e for e in emitted if e.event_type in types and e.target is not None
                 and _same_mention(e.source, gold["source"]) and _same_mention(e.target, gold["target"])]
        hits["any"] += bool(match)
        hits["asserted"] += any(e.factuality == "asserted" for e in match)
        hits["type_only"] += any(e.event_type in types for e in emitted)
        if not match:
            errors.update(_actor_errors(coder, record, gold, [e for e in emitted if e.event_type in types]))
        if not match and len(missed) < failures:
            missed.append({"text": record["marked_text"], "gold": gold["code"],
                           "emitted": [f"{e.event_type} {e.source.text} -> {e.target.text if e.target else None}" for e in emitted]})
    n = len(records)
    return {"pairs": n, "asserted": round(hits["asserted"] / n, 3), "any": round(hits["any"] / n, 3),
            "type_only": round(hits["type_only"] / n, 3), "actor_errors_of_misses": dict(errors), "failures": missed}


def _actor_errors(coder: Coder, record: dict, gold: dict, typed: list[Event]) -> list[str]:
    """Why a missed pair is (also) an actor problem: a marked mention the resolver cannot code,
    or the gold type emitted with no target or with other actors."""
    from tidings.actors.describe import describe
    from tidings.actors.kb import load_kb

    out = []
    for side in ("source", "target"):
        try:
            found = describe(gold[side], load_kb(), coder.nlp, record.get("date"), record["text"])
        except Exception:  # noqa: BLE001 - a mention the tokenizer splits differently from the text
            found = {"country": None, "agent": None, "org": None}
        if not (found["country"] or found["agent"] or found["org"]):
            out.append(f"{side} mention not coded")
    if typed and all(e.target is None for e in typed):
        out.append("type found, target not found")
    elif typed:
        out.append("type found, other actors")
    return out or ["event not found (actors resolvable)"]


def _phoenix(actor) -> str:  # noqa: ANN001
    if actor is None:
        return "---"
    return actor.country or ("IGO" if actor.agent == "IGO" else "---")


def gsr(coder: Coder, failures: int) -> dict:
    records = _records("petrarch2_gsr_validation")
    if records is None:
        return {"skipped": "../shared/benchmarks/petrarch2_gsr_validation not found"}
    events = coder.many([(r["text"], r.get("date")) for r in records])
    hits, total, noisy, empty = Counter(), 0, 0, 0
    missed = []
    for record, emitted in zip(records, events, strict=True):
        if record["expected_no_event"]:
            empty += 1
            noisy += bool(emitted)
            continue
        for gold in record["expected_events"]:
            total += 1
            root = gold["code"][:2]
            dyad = (gold["source"][:3], gold["target"][:3])
            got_root = any(e.cameo[:2] == root for e in emitted)
            got_dyad = any((_phoenix(e.source), _phoenix(e.target)) == dyad for e in emitted)
            got_both = any(e.cameo[:2] == root and (_phoenix(e.source), _phoenix(e.target)) == dyad for e in emitted)
            hits.update(root=got_root, dyad=got_dyad, both=got_both)
            if not got_both and len(missed) < failures:
                missed.append({"text": record["text"], "gold": gold,
                               "emitted": [f"{e.cameo} {_phoenix(e.source)}->{_phoenix(e.target)}" for e in emitted]})
    return {"expected_events": total, "root": round(hits["root"] / total, 3),
            "dyad": round(hits["dyad"] / total, 3), "root_and_dyad": round(hits["both"] / total, 3),
            "no_event_records": empty, "events_on_no_event_records": noisy, "failures": missed}


def _unit_code(actor) -> str:  # noqa: ANN001
    """An actor as the PETRARCH unit tests write it: the entry's own code, or the country."""
    if actor is None:
        return "---"
    return actor.code if actor.code and not actor.country else (actor.country or actor.code or "---")


def petrarch2_unit(coder: Coder, failures: int) -> dict:
    """Optional (issue 4): the PETRARCH2 unit-test records, coded with an actor file for their
    fictional actors (benchmarks/petrarch2_actors.yaml): share of expected (source, target)
    codings reproduced exactly, and with the CAMEO root as well."""
    records = _records("petrarch2_unit_tests")
    if records is None:
        return {"skipped": "../shared/benchmarks/petrarch2_unit_tests not found"}
    from tidings.api import make_stage

    stage = make_stage([ROOT / "benchmarks" / "petrarch2_actors.yaml"])
    scored = [r for r in records if r["expected_events"] and not r.get("expected_error")]
    hits, total, missed = Counter(), 0, []
    for record in scored:
        doc = Document(doc_id="unit", text=record["text"], origin="<bench>", date=record.get("date"))
        emitted = stage(doc, coder.nlp(record["text"])).events
        pairs = {(_unit_code(e.source), _unit_code(e.target)): e.cameo for e in emitted}
        for gold in record["expected_events"]:
            total += 1
            code = pairs.get((gold["source"], gold["target"]))
            hits.update(dyad=code is not None, root=code is not None and code[:2] == str(gold["code"])[:2])
            if code is None and len(missed) < failures:
                missed.append({"id": record["id"], "gold": gold, "emitted": sorted(pairs)})
    return {"records": len(scored), "expected_codings": total, "dyad": f"{hits['dyad']}/{total}",
            "dyad_and_root": f"{hits['root']}/{total}", "failures": missed}


def case2021(coder: Coder, failures: int) -> dict:
    records = _records("case2021_task2_finegrained")
    if records is None:
        return {"skipped": "../shared/benchmarks/case2021_task2_finegrained not found"}
    mapping = yaml.safe_load((ROOT / "benchmarks" / "acled_to_plover.yaml").read_text())
    events = coder.many([(r["text"], None) for r in records])
    agree, scored, out_scope, out_quiet = 0, 0, 0, 0
    per_label: dict[str, list[int]] = {}
    for record, emitted in zip(records, events, strict=True):
        label = record["expected_events"][0]["code"]
        wanted = set(mapping[label])
        if not wanted:
            out_scope += 1
            out_quiet += not emitted
            continue
        scored += 1
        ok = any(e.event_type in wanted for e in emitted)
        agree += ok
        per_label.setdefault(label, [0, 0])
        per_label[label][0] += ok
        per_label[label][1] += 1
    return {"scored": scored, "agreement": round(agree / scored, 3),
            "out_of_scope": out_scope, "out_of_scope_without_events": out_quiet,
            "per_label": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_label.items())}}


def own(coder: Coder, failures: int) -> dict:
    import tidings
    from test_examples import doc_key

    golden = yaml.safe_load((ROOT / "tests" / "golden" / "examples.yaml").read_text())
    coded = {doc_key(d): d for d in tidings.code([str(ROOT / "examples")], stage=coder.stage)}
    pairs = [(golden[k]["events"], coded[k].events) for k in golden]
    dated = matched_pairs(pairs, same_sentence=True)
    (days, total), (places, located) = date_accuracy(dated), location_accuracy(dated)
    cases = yaml.safe_load((ROOT / "tests" / "data" / "sentences.yaml").read_text())
    table = [(c["events"] or [], coder(c["sentence"], str(c["date"]))) for c in cases]
    out = {"examples": {lvl: score_documents(pairs, lvl).as_dict() for lvl in ("full", "country")},
           "examples_date_accuracy": f"{days}/{total} = {days / total:.3f}" if total else None,
           "examples_location_accuracy": f"{places}/{located} = {places / located:.3f}" if located else None,
           "sentences": {lvl: score_documents(table, lvl).as_dict() for lvl in ("full", "country")}}
    for name, data in (("examples", pairs), ("sentences", table)):
        matched = matched_pairs(data)
        out[f"{name}_factuality"] = round(factuality_accuracy(matched), 3)
        out[f"{name}_attribution"] = {k: f"{r}/{t}" for k, (r, t) in attribution_accuracy(matched).items()}
    return out


SETS = {"plv_train": plv, "petrarch2_gsr": gsr, "case2021": case2021, "own": own,
        "petrarch2_unit": petrarch2_unit}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(SETS), help="run only these sets")
    parser.add_argument("--failures", type=int, default=0, help="list up to N failures per set")
    args = parser.parse_args()
    coder = Coder()
    report = {name: fn(coder, args.failures) for name, fn in SETS.items() if not args.only or name in args.only}
    for result in report.values():
        if not args.failures:
            result.pop("failures", None)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
