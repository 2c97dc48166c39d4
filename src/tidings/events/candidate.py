"""The candidate record shared by the extractor's readers: a predicate matched by a pattern with
the heads of its source and target phrases, and the lemma and modifier tests they all use."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.events.lexicon import Pattern

__all__ = ["Candidate", "lemma_of", "has_modifiers", "modified_by", "XCOMP_PREPS", "HOSTILE_TYPES"]


@dataclass(frozen=True)
class Candidate:
    """A predicate matched by a pattern, with the heads of its source and target phrases."""

    predicate: Token
    pattern: Pattern
    sources: tuple[Token, ...]
    targets: tuple[tuple[Token, ...], ...]  # alternatives, best slot first
    form: str  # active, passive or nominal
    consumed: Token | None = None  # the object noun a light-verb pattern used up
    via: str = ""  # how a side no phrase names was found: "+place", "+government", "+act", "+crowd", "+order"

    @property
    def rule(self) -> str:
        return f"{self.pattern.id}/{self.form}{self.via}"


#: Lemmas the spaCy lemmatiser gets wrong for verbs news uses, mapped to the true lemma.
LEMMA_FIXES = {"stag": "stage", "wag": "wage", "forgave": "forgive", "unbanne": "unban", "datum": "data",
               "retook": "retake", "extoll": "extol"}


#: Word forms the lemmatiser gets wrong whatever the lemma ("hoped" → "hop", "raped" → "rap",
#: while "rapped" is "rap", to criticise).
FORM_FIXES = {"hoped": "hope", "hoping": "hope", "dined": "dine", "raped": "rape", "raping": "rape"}


def lemma_of(token: Token) -> str:
    """The token's lower-case lemma, with the lemmatiser's known slips corrected."""
    lemma = FORM_FIXES.get(token.lower_) or token.lemma_.lower()
    return LEMMA_FIXES.get(lemma, lemma)


#: Prepositions that carry a to-clause's target ("agreed to lend $1 billion to Indonesia").
XCOMP_PREPS = ("to", "with", "into", "for", "on", "against", "from")
#: Material hostile types, whose purpose clauses and vehicles' riders name their targets.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE"})


def has_modifiers(token: Token, modifiers: tuple[str, ...]) -> bool:
    """True when the words before the noun are the pattern's modifiers ("drone strike")."""
    if not modifiers:
        return True
    words = {lemma_of(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    words |= {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    return all(m in words for m in modifiers)


def modified_by(token: Token, words: tuple[str, ...]) -> str:
    """The first of ``words`` that modifies the noun ("a [rescue] operation"), or ""."""
    return next((m.lower_ for m in token.children if m.dep_ in ("compound", "amod", "nmod")
                 and (lemma_of(m) in words or m.lower_ in words)), "")
