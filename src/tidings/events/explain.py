"""``tidings explain``: why a sentence gives the events it gives.

:func:`explain` returns a JSON-ready report (the command's ``--format json``): the parse, every
predicate of the lexicon with each pattern tried and what happened to it (matched, or the
reason it did not), the actors its arguments resolve to, and the final events.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from tidings.actors.coref import DocMemory, observe
from tidings.events.blame import blame_candidates
from tidings.events.conditional import conditional_candidates
from tidings.events.demands import demand_candidates
from tidings.events.evaluations import evaluation_candidates, stance_candidates
from tidings.events.extract import Candidate, attempts
from tidings.events.stage import EventStage
from tidings.nlp import load_nlp
from tidings.record import Document

__all__ = ["explain"]


def _token_row(t: Token) -> dict[str, Any]:
    return {"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "tag": t.tag_, "dep": t.dep_,
            "head": t.head.i, "ent": t.ent_type_ or None}


def _actors(stage: EventStage, heads: tuple[Token, ...], day: str | None, loose: bool) -> list[dict[str, Any]]:
    out = []
    for head in heads:
        found = stage.resolver.resolve_all(head, day, None, loose=loose)
        out.append({"head": head.text, "actors": [a.code or a.name for a in found if a.known] or None})
    return out


def _targets(stage: EventStage, cand: Candidate, record: Document, memory: DocMemory) -> list[list[dict[str, Any]]]:
    """The target option the stage chose with its actors, or every option unresolved."""
    heads, found = stage.targets(cand, record.date, memory)
    if heads:
        return [[{"head": h.text, "actors": [a.code or a.name for a in found if a.known] or None} for h in heads]]
    return [[{"head": h.text, "actors": None} for h in option] for option in cand.targets]


def _matched(stage: EventStage, cand: Candidate, record: Document, memory: DocMemory,
             countries) -> dict[str, Any]:  # noqa: ANN001
    events = stage.code_candidate(cand, record, memory, countries)
    info: dict[str, Any] = {
        "pattern": cand.pattern.id, "matched": True, "form": cand.form,
        "cameo": cand.pattern.cameo, "event": cand.pattern.event,
        "sources": _actors(stage, cand.sources, record.date, cand.form == "nominal"),
        "targets": _targets(stage, cand, record, memory),
        "events": len(events)}
    if not events:
        resolved = any(s["actors"] for s in info["sources"])
        info["why"] = ("it needs a target and none resolves to an actor" if resolved
                       else "no source resolves to a known actor")
    return info


def _predicate(stage: EventStage, token: Token, tries: list, record: Document, memory: DocMemory,
               countries) -> dict[str, Any]:  # noqa: ANN001
    tried = []
    for pattern, result in tries:
        if isinstance(result, Candidate):
            tried.append(_matched(stage, result, record, memory, countries))
        else:
            tried.append({"pattern": pattern.id, "matched": False, "why": result})
    return {"token": token.text, "i": token.i, "lemma": token.lemma_, "pos": token.pos_, "patterns": tried}


def explain(text: str, date: str | None = None, stage: EventStage | None = None) -> dict[str, Any]:
    """The parse, the predicates and patterns tried, and the events of ``text``."""
    stage = stage or EventStage()
    doc = load_nlp()(text)
    record = Document(doc_id="explain", text=text, origin="<explain>", date=date)
    memory = observe(doc, stage.resolver, date)
    countries = memory.countries
    sentences = []
    for sent in doc.sents:
        tries = ((t, attempts(t, stage.lexicon)) for t in sent)
        predicates = [_predicate(stage, t, found, record, memory, countries) for t, found in tries if found]
        for found in [*evaluation_candidates(sent), *conditional_candidates(sent, stage.lexicon), *demand_candidates(sent),
                      *blame_candidates(sent), *stance_candidates(sent)]:
            predicates += [_predicate(stage, c.predicate, [(c.pattern, c)], record, memory, countries) for c in found]
        sentences.append({"text": sent.text, "tokens": [_token_row(t) for t in sent], "predicates": predicates})
    events = stage(record, doc).events
    return {"text": text, "date": date, "sentences": sentences, "events": [e.to_dict() for e in events]}
