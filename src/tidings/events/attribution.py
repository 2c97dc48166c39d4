"""Attribution: who reports an event ("Reuters reported", "according to state media", "told
Reuters", "a spokesman said").

An outlet fills ``reporter``; a person or body fills ``speaker``. The reporting verb is found
above the predicate (the event in a reported clause) or beside it (a "..., X said" parenthetical).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.actors.coref import OUTLET_NOUNS, DocMemory
from tidings.actors.resolve import ActorResolver, phrase_tokens
from tidings.events.factuality import REPORT_VERBS
from tidings.events.syntax import children, subject_of
from tidings.record import Actor, Attribution

__all__ = ["Report", "find_report", "report_verb", "continued_quote"]


@dataclass(frozen=True)
class Report:
    """A reporting act: its verb (for its date) and the attribution it gives."""

    verb: Token | None
    attribution: Attribution


def report_verb(token: Token) -> Token | None:
    """The closest reporting verb governing ``token``, or a parenthetical one beside it, or,
    in a quotation that goes on after its attribution, the verb of the sentence before
    ("'…,' Ned Price told Reuters. 'We hope that Iran …'")."""
    node = token
    while True:
        for child in node.children:
            if child.dep_ in ("parataxis", "advcl", "conj") and child.lemma_ in REPORT_VERBS \
                    and child.i > token.i:
                return child
        if node.head.i == node.i:
            return continued_quote(token)
        if node.head.lemma_ in REPORT_VERBS and node.dep_ in ("ccomp", "parataxis", "dobj", "xcomp", "advcl"):
            return node.head
        node = node.head


_QUOTES = ('"', "\u201c", "\u2018", "'")


def continued_quote(token: Token) -> Token | None:
    """The reporting verb of the previous sentence when ``token``'s sentence is a quotation
    with no attribution of its own that follows an attributed quotation."""
    sent = token.sent
    if sent.start == 0 or not sent.text.lstrip().startswith(_QUOTES):
        return None
    if any(t.lemma_ in REPORT_VERBS and t.pos_ == "VERB" and t.i > token.i for t in sent):
        return None
    previous = sent.doc[sent.start - 1].sent
    if not any(q in previous.text for q in _QUOTES):
        return None
    verbs = [t for t in previous if t.lemma_ in REPORT_VERBS and t.pos_ == "VERB" and subject_of(t) is not None]
    return verbs[-1] if verbs else None


def _according_to(token: Token) -> Token | None:
    for t in token.sent:
        if t.lower_ == "according" and t.dep_ == "prep":
            for to in children(t, "prep"):
                objects = children(to, "pobj")
                if objects:
                    return objects[0]
    return None


def _is_media(actor: Actor | None, head: Token) -> bool:
    if actor is not None and actor.agent == "MED":
        return True
    return any(t.lemma_.lower() in OUTLET_NOUNS for t in phrase_tokens(head))


def _outlet(head: Token, resolver: ActorResolver) -> str | None:
    """The news outlet named in the phrase or its apposition ("the state news agency IRNA",
    "Russia's TASS news agency")."""
    tokens = phrase_tokens(head) + [t for a in head.children if a.dep_ == "appos" for t in phrase_tokens(a)]
    for match in resolver.scan(sorted(tokens, key=lambda t: t.i)):
        if match.entries[0].kind == "media":
            return match.entries[0].name
    return None


def _describe(head: Token, resolver: ActorResolver, day: str | None,
              memory: DocMemory | None) -> tuple[str | None, str | None]:
    """(reporter, speaker) named by the phrase headed by ``head``."""
    outlet = _outlet(head, resolver)
    if outlet:
        return outlet, None
    actor = resolver.resolve(head, day, memory)
    text = " ".join(t.text for t in phrase_tokens(head) if t.dep_ != "case")
    if _is_media(actor, head):
        return (actor.name if actor and actor.name and actor.agent == "MED" else text), None
    return None, text


def find_report(token: Token, resolver: ActorResolver, day: str | None,
                memory: DocMemory | None = None) -> Report | None:
    """The attribution of the event at ``token``, or None when the narrator states it."""
    verb = report_verb(token)
    reporter = speaker = None
    if verb is not None:
        subject = subject_of(verb)
        if subject is not None:
            reporter, speaker = _describe(subject, resolver, day, memory)
        for listener in children(verb, "dobj", "dative"):
            found, _ = _describe(listener, resolver, day, memory)
            reporter = reporter or found
    source = _according_to(token)
    if source is not None:
        found, said = _describe(source, resolver, day, memory)
        reporter, speaker = reporter or found, speaker or said
    if verb is None and source is None:
        return None
    return Report(verb, Attribution(reporter, speaker))
