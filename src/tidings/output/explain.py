"""Rendering an explanation (``tidings explain``) for the terminal."""

from __future__ import annotations

from typing import IO, Any

from rich.console import Console
from rich.table import Table

__all__ = ["print_explanation"]


def _parse_table(sentence: dict[str, Any]) -> Table:
    table = Table(title=sentence["text"], title_justify="left", show_edge=False)
    for column in ("i", "text", "lemma", "pos", "dep", "head", "ent"):
        table.add_column(column)
    for t in sentence["tokens"]:
        table.add_row(str(t["i"]), t["text"], t["lemma"], t["pos"], t["dep"], str(t["head"]), t["ent"] or "")
    return table


def _pattern_line(p: dict[str, Any]) -> str:
    if not p["matched"]:
        return f"    - {p['pattern']}: no match ({p['why']})"
    sources = ", ".join(f"{s['head']}→{s['actors'] or 'unresolved'}" for s in p["sources"])
    targets = " | ".join(", ".join(f"{t['head']}→{t['actors'] or 'unresolved'}" for t in option)
                         for option in p["targets"]) or "none"
    verdict = f"{p['events']} event(s)" if p["events"] else f"no event ({p['why']})"
    return (f"    - {p['pattern']} [{p['event']} {p['cameo']}, {p['form']}]: source {sources}; "
            f"target {targets}; {verdict}")


def print_explanation(report: dict[str, Any], out: IO[str] | None = None) -> None:
    """The parse, each predicate with its patterns, and the final events."""
    console = Console(file=out, width=None if out is None else 160, highlight=False)
    for sentence in report["sentences"]:
        console.print(_parse_table(sentence))
        if not sentence["predicates"]:
            console.print("  no word of this sentence is a predicate of the lexicon")
        for pred in sentence["predicates"]:
            console.print(f"  predicate '{pred['token']}' (lemma {pred['lemma']}, {pred['pos']}):", markup=False)
            for p in pred["patterns"]:
                console.print(_pattern_line(p), markup=False)
    console.print(f"\n{len(report['events'])} event(s):")
    for e in report["events"]:
        target = e["target"]["code"] if e["target"] else "-"
        console.print(f"  {e['event_type']} {e['cameo']} {e['source']['code']} -> {target} "
                      f"[{e['factuality']}] {e['date'] or ''} rule {e['rule']}", markup=False)
