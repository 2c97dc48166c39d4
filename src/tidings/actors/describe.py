"""``tidings actor``: how one mention resolves, and why.

:func:`describe` finds the mention in its context (the last occurrence of the text), reads the
context's earlier mentions for coreference, resolves the mention on the date, and reports the
actor with the knowledge-base entry and the dated role that gave it.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from tidings.actors.coref import observe
from tidings.actors.kb import KnowledgeBase, Role
from tidings.actors.resolve import ActorResolver, phrase_tokens
from tidings.errors import UsageError
from tidings.record import Actor

__all__ = ["describe", "find_mention"]


def find_mention(doc: Doc, text: str) -> Token:
    """The head token of the last occurrence of ``text`` in ``doc`` (whole words preferred)."""
    start = doc.text.rfind(text)
    if start < 0:
        start = doc.text.lower().rfind(text.lower())
    if start < 0:
        raise UsageError(f"{text!r} does not occur in the context")
    span = doc.char_span(start, start + len(text), alignment_mode="expand")
    return span.root


def _role(role: Role | None) -> dict[str, Any] | None:
    if role is None:
        return None
    return {"title": role.title, "country": role.country, "agent": role.agent,
            "start": role.start or None, "end": role.end}


def _entry(kb: KnowledgeBase, actor: Actor, day: str | None) -> dict[str, Any] | None:
    entry = kb.by_name.get(actor.name or "")
    if entry is not None and entry.country != actor.country and entry.kind != "person":
        same = [e for e in kb.lookup((actor.name or "").split()) if e.country == actor.country]
        entry = same[0] if same else entry
    if entry is None:
        return None
    out: dict[str, Any] = {"kind": entry.kind, "name": entry.name}
    if entry.kind == "person":
        out["role"] = _role(entry.role_on(day, former=True))
    return out


def _matches(resolver: ActorResolver, head: Token) -> list[dict[str, str]]:
    tokens = phrase_tokens(head, loose=True)
    found = [{"text": " ".join(t.text for t in tokens[m.start: m.end]), "kind": m.entries[0].kind,
              "entry": m.entries[0].name} for m in resolver.scan(tokens)]
    for t in tokens:
        agent = resolver.kb.sector([t.text]) or resolver.kb.sector([t.lemma_])
        if agent:
            found.append({"text": t.text, "kind": "sector", "entry": agent})
    return found


def describe(text: str, kb: KnowledgeBase, nlp, date: str | None = None,  # noqa: ANN001 - spaCy Language
             context: str | None = None) -> dict[str, Any]:
    """The resolution of ``text`` (in ``context`` when given) on ``date``, as a JSON-ready dict."""
    if not text.strip():
        raise UsageError("the actor text is empty")
    doc = nlp(context if context else text)
    head = find_mention(doc, text)
    resolver = ActorResolver(kb)
    memory = observe(doc, resolver, date)
    actor = resolver.resolve(head, date, memory) or resolver.resolve(head, date, memory, loose=True)
    actor = actor or Actor(text)
    alone = resolver.resolve(head, date) or resolver.resolve(head, date, loose=True)
    via = "phrase" if alone == actor else "context"
    return {"text": text, "date": date, "name": actor.name, "country": actor.country,
            "agent": actor.agent, "org": actor.org, "code": actor.code,
            "entry": _entry(kb, actor, date), "matched": _matches(resolver, head),
            "head": head.text, "via": via}
