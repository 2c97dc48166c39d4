"""Scoring coded events against hand-coded gold events.

Gold events name actors as ``"<ISO3 or -> <sector or ->"`` ("IRN GOV", "- IGO", "USA -"). An
emitted event matches a gold one when type, source and target agree; ``level="country"`` compares
countries only (an organisation without a country compares by its sector).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tidings.record import Actor, Event

__all__ = ["actor_key", "event_key", "gold_key", "Score", "score_documents", "matched_pairs",
           "factuality_accuracy", "attribution_accuracy", "date_accuracy", "location_accuracy"]


def actor_key(actor: Actor | None, level: str = "full") -> str:
    """``"IRN GOV"``-style key of an actor; ``"- -"`` for none."""
    if actor is None:
        return "- -"
    country, agent = actor.country or "-", actor.agent or "-"
    if level == "country":
        return f"{country} -" if country != "-" else f"- {agent}"
    return f"{country} {agent}"


def _coarse(key: str | None, level: str) -> str:
    key = (key or "- -").strip()
    if level != "country":
        return key
    country, _, agent = key.partition(" ")
    return f"{country} -" if country != "-" else f"- {agent or '-'}"


def event_key(event: Event, level: str = "full") -> tuple[str, str, str]:
    """(type, source, target) of an emitted event."""
    return event.event_type, actor_key(event.source, level), actor_key(event.target, level)


def gold_key(gold: dict[str, Any], level: str = "full") -> tuple[str, str, str]:
    """(type, source, target) of a gold event from the YAML tables."""
    return gold["event"], _coarse(gold.get("source"), level), _coarse(gold.get("target"), level)


@dataclass
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Iterable[tuple], found: Iterable[tuple]) -> tuple[Counter, Counter]:
        """Count one document; returns the (missed, spurious) keys."""
        g, f = Counter(gold), Counter(found)
        hit = g & f
        self.tp += sum(hit.values())
        self.fn += sum((g - hit).values())
        self.fp += sum((f - hit).values())
        return g - hit, f - hit

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def score_documents(pairs: Iterable[tuple[list[dict[str, Any]], list[Event]]],
                    level: str = "full") -> Score:
    """Score (gold events, emitted events) pairs, one pair per document or sentence.

    An act is an emitted event's full (type, source, target) on its date: the same act reported
    twice in a document counts once, as the gold lists each act once, while the same dyad acting
    again on another day is another act, as the gold lists it again. Acts are told apart before
    ``level`` coarsens their keys, so comparing by country never merges two acts.
    """
    score = Score()
    for gold, emitted in pairs:
        acts = {(event_key(e), e.date): e for e in emitted}.values()
        score.add([gold_key(g, level) for g in gold], [event_key(e, level) for e in acts])
    return score


def matched_pairs(pairs: Iterable[tuple[list[dict[str, Any]], list[Event]]],
                  same_sentence: bool = False) -> list[tuple[dict, Event]]:
    """(gold, emitted) event pairs whose (type, source, target) agree, the first emitted one
    for each gold event; ``same_sentence`` also requires the gold event's sentence (when the
    gold names one), for judging dates and places."""
    out = []
    for gold_events, emitted in pairs:
        for gold in gold_events:
            match = [e for e in emitted if event_key(e) == gold_key(gold)]
            if same_sentence and gold.get("sentence"):
                match = [e for e in match if e.sentence == gold["sentence"]]
            if match:
                out.append((gold, match[0]))
    return out


def factuality_accuracy(matched: list[tuple[dict, Event]]) -> float:
    """Share of matched events whose factuality is the gold one (asserted when unstated)."""
    if not matched:
        return 0.0
    return sum(e.factuality == g.get("factuality", "asserted") for g, e in matched) / len(matched)


def _overlap(expected: str, found: str | None) -> bool:
    words = {w for w in expected.lower().split() if len(w) > 2}
    return bool(found) and bool(words & set(found.lower().split()))


def attribution_accuracy(matched: list[tuple[dict, Event]]) -> dict[str, tuple[int, int]]:
    """(right, total) for gold reporters and speakers of matched events (word overlap)."""
    out = {}
    for role in ("reporter", "speaker"):
        wanted = [(g[role], e) for g, e in matched if g.get(role)]
        right = sum(_overlap(str(w), getattr(e.attribution, role) if e.attribution else None) for w, e in wanted)
        out[role] = (right, len(wanted))
    return out


def date_accuracy(matched: list[tuple[dict, Event]]) -> tuple[int, int]:
    """(right, total): the gold date, or no date taken from the text where the gold has none
    (the publication date for an act that happened, no date for one that has not)."""
    right = sum(e.date == str(g["date"]) if g.get("date") else e.date_source in ("publication", None)
                for g, e in matched)
    return right, len(matched)


def location_accuracy(matched: list[tuple[dict, Event]]) -> tuple[int, int]:
    """(right, total) of location countries over gold events that carry a ``location`` key
    (null: the event must have no location)."""
    scored = [(g, e) for g, e in matched if "location" in g]
    right = sum((e.location.country if e.location else None) == g["location"] for g, e in scored)
    return right, len(scored)
