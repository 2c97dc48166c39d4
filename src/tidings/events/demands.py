"""Demands in reported speech: "The U.S. said North Korea must disarm first" is a demand (CAMEO
100) from the speaker to North Korea; "Amnesty said Peru should investigate the killings" an
appeal (CAMEO 020).

The clause must be the complement of a reporting verb, carry "must", "should", "ought to", "has
to" or "needs to" (or be a bare subjunctive under "insist": "Ankara insisted that Stockholm
extradite them"), and have a subject of its own that is a name or noun, not a pronoun (which
is mostly the speaker: "Iran said it must defend itself"). The demand itself is stated, so it
is asserted; the demanded act is coded apart, as hypothetical, when it is in the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from tidings.events.candidate import Candidate
from tidings.events.factuality import REPORT_VERBS, mandative
from tidings.events.lexicon import Pattern, rule_pattern
from tidings.events.syntax import conjuncts, subject_of

__all__ = ["demand_candidates", "DEMAND", "APPEAL"]


DEMAND = rule_pattern("request.must_clause", "REQUEST", "100", "ccomp-subj")
APPEAL = rule_pattern("request.should_clause", "REQUEST", "020", "ccomp-subj")
_MUST = frozenset({"must"})
_SHOULD = frozenset({"should", "ought"})
_OBLIGED = frozenset({"have", "need"})  # "has to", "needs to" (with a to-infinitive)


def _strength(verb: Token) -> Pattern | None:
    """DEMAND for "must", "has to", "needs to" (present tense: "had to flee" is no demand) and
    the subjunctive after "insist"; APPEAL for "should", "ought to"; else None."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & _MUST or mandative(verb):
        return DEMAND
    if aux & _SHOULD:
        return APPEAL
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _OBLIGED and "to" in aux and head.tag_ in ("VBZ", "VBP"):
        return DEMAND
    return None


def _demanded(verb: Token) -> tuple[Token, Pattern] | None:
    """The clause (its top verb) and pattern when ``verb`` is a demanded act under a report."""
    pattern = _strength(verb)
    clause = verb.head if pattern is DEMAND and verb.dep_ == "xcomp" else verb
    if pattern is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORT_VERBS:
        return None
    return clause, pattern


def demand_candidates(sent: Span) -> Iterator[list[Candidate]]:
    """A REQUEST candidate for every demand or appeal reported in the sentence."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        found = _demanded(verb)
        if found is None:
            continue
        clause, pattern = found
        speaker, addressee = subject_of(clause.head), subject_of(clause)
        if speaker is None or addressee is None or addressee.pos_ == "PRON" or addressee.dep_ == "nsubjpass":
            continue
        yield [Candidate(verb, pattern, tuple(conjuncts(speaker)), (tuple(conjuncts(addressee)),), "demand")]
