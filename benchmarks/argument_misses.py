"""The plv_train misses that are argument-finding problems, grouped by a guessed cause.

    .venv/bin/python benchmarks/argument_misses.py [--cause WORD] [--json OUT]

A miss belongs here when tidings emits the gold type but not with the marked pair asserted:
with no target ("type found, target not found"), or with other actors or another factuality
("type found, other actors"), the two argument classes of ``accuracy.py --only plv_train``.
For each record it prints what was emitted (type, actors, factuality, rule) and a cause guessed
from the parse: where the marked mention hangs relative to the predicate that fired (a
preposition the pattern does not list, a clause the slot logic does not reach, an apposition or
relative clause, another candidate chosen, a source from another clause, a pronoun, or the
factuality). The guess is a triage aid for reading the records, not a score.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

from accuracy import Coder, _records, _same_mention  # type: ignore[import-not-found]
from tidings.events.extract import Candidate, attempts
from tidings.record import Event

CLAUSES = {"ccomp", "xcomp", "advcl", "conj", "pcomp", "csubj"}
PRONOUNS = {"it", "they", "he", "she", "we", "them", "him", "her", "its", "their", "this", "who"}


def _types(gold: str) -> set[str]:
    return {"CONCEDE", "RETREAT"} if gold == "YIELD" else {gold}


def _mention(doc: Doc, text: str) -> Span | None:
    """The tokens of the marked mention (first occurrence in the text)."""
    start = doc.text.find(text)
    return doc.char_span(start, start + len(text), alignment_mode="expand") if start >= 0 else None


def _path(token: Token, predicate: Token) -> list[str] | None:
    """Dependency labels from ``token`` up to ``predicate``; None when it is not below it."""
    labels = []
    while token != predicate:
        if token.head == token:
            return None
        labels.append(token.dep_ if token.dep_ != "pobj" else f"pobj<{token.head.lower_}>")
        token = token.head
    return labels


def _fired(coder: Coder, doc: Doc, types: set[str]) -> list[Candidate]:
    """The lexicon candidates of the gold type in the text."""
    found = []
    for token in doc:
        found += [c for _, c in attempts(token, coder.stage.lexicon)
                  if isinstance(c, Candidate) and c.pattern.event in types]
    return found


def _side_cause(side: str, mention: Span | None, cands: list[Candidate]) -> str:
    """Where the marked mention of ``side`` hangs relative to the predicates that fired."""
    if mention is None:
        return f"{side}: marked mention not in the text (an implicit 'a recipient')"
    if mention.root.lower_ in PRONOUNS:
        return f"{side}: pronoun"
    heads = [h for c in cands for h in (c.sources if side == "source" else [t for o in c.targets for t in o])]
    if any(h in mention for h in heads):
        return f"{side}: a candidate head, resolution or choice dropped it"
    paths = [p for p in (_path(mention.root, c.predicate) for c in cands) if p is not None]
    if not paths:
        return f"{side}: outside the predicate's subtree (other clause, control, coordination)"
    path = min(paths, key=len)
    if {"appos", "relcl", "acl"} & set(path):
        return f"{side}: apposition / relative clause"
    if CLAUSES & set(path):
        return f"{side}: in a clause the slots do not reach ({'/'.join(path)})"
    if path[0].startswith("pobj<"):
        return f"{side}: prepositional phrase {path[0][4:]} ({'/'.join(path)})"
    return f"{side}: other slot ({'/'.join(path)})"


def cause(coder: Coder, doc: Doc, gold: dict, typed: list[Event]) -> str:
    """The guessed cause of one argument miss."""
    if any(_same_mention(e.source, gold["source"]) and e.target is not None
           and _same_mention(e.target, gold["target"]) for e in typed):
        return "factuality: " + "/".join(sorted({e.factuality for e in typed}))
    cands = _fired(coder, doc, _types(gold["code"]))
    src_ok = any(_same_mention(e.source, gold["source"]) for e in typed)
    side = "target" if src_ok else "source"
    return _side_cause(side, _mention(doc, gold[side]), cands)


def argument_misses(coder: Coder) -> list[dict]:
    """The plv_train records of the two argument classes, with emitted events and cause."""
    records = _records("plv_train") or []
    events = coder.many([(r["text"], None) for r in records])
    out = []
    for record, emitted in zip(records, events, strict=True):
        gold = record["expected_events"][0]
        typed = [e for e in emitted if e.event_type in _types(gold["code"])]
        if not typed or any(e.target is not None and e.factuality == "asserted" and _same_mention(e.source, gold["source"])
                            and _same_mention(e.target, gold["target"]) for e in typed):
            continue
        klass = "target not found" if all(e.target is None for e in typed) else "other actors"
        out.append({"id": record["id"], "class": klass, "gold": gold["code"], "text": record["marked_text"],
                    "cause": cause(coder, coder.nlp(record["text"]), gold, typed),
                    "emitted": [f"{e.event_type}/{e.cameo} {e.source.text} -> {e.target.text if e.target else None}"
                                f" [{e.factuality}] {e.rule}" for e in typed]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cause", help="print only records whose cause contains this word")
    parser.add_argument("--json", help="also write the records to this file")
    args = parser.parse_args()
    rows = argument_misses(Coder())
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["cause"].split(" (")[0]].append(row)
    for name, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if args.cause and args.cause not in name:
            continue
        print(f"\n## {name} ({len(members)})")
        for row in members:
            print(f"- {row['id']} {row['gold']} [{row['class']}] {row['text']}\n    cause: {row['cause']}")
            print("".join(f"    emitted: {e}\n" for e in row["emitted"]), end="")
    print("\n" + "\n".join(f"{n:4d} {c}" for c, n in Counter(r["class"] for r in rows).most_common()))
    if args.json:
        json.dump(rows, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
