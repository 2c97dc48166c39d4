"""Blame in reported speech: "the Pakistani army said the TTP was responsible for the
bombing", "Kyiv said Russia was behind the cyberattack", "officials said Hamas was to blame"
accuse the subject of the clause (CAMEO 112) on the speaker's word.

The clause must be the complement of a reporting verb, have "be" as its verb with "responsible"
(or "culpable"), "behind" or "to blame", not be negated, and have a subject of its own that is
a name or noun: a pronoun is mostly the speaker, who then claims the act ("Hamas said it was
behind the attack"). A "for" phrase or "behind" must name a harmful act ("responsible for
security" is a duty, no blame); "responsible" on its own blames. The accusation is stated, so
it is asserted.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from tidings.events.candidate import Candidate, lemma_of
from tidings.events.factuality import REPORT_VERBS
from tidings.events.lexicon import rule_pattern
from tidings.events.syntax import children, conjuncts, infinitive, prep_objects, subject_of

__all__ = ["blame_candidates", "BLAME"]


BLAME = rule_pattern("accuse.said_responsible", "ACCUSE", "112", "ccomp-subj")
_RESPONSIBLE = frozenset({"responsible", "culpable"})
#: Harmful acts one is blamed for ("responsible for the bombing", "behind the cyberattack").
_HARMS = frozenset({
    "attack", "bombing", "blast", "explosion", "killing", "murder", "assassination", "death", "massacre",
    "shooting", "shelling", "strike", "airstrike", "raid", "ambush", "abduction", "kidnapping", "violence",
    "unrest", "riot", "crash", "downing", "fire", "arson", "sabotage", "hack", "hacking", "cyberattack",
    "leak", "poisoning", "atrocity", "crime", "incident", "destruction", "disappearance", "plot",
})


def _harmful(nouns: list[Token]) -> bool:
    return any(lemma_of(n) in _HARMS or lemma_of(n).split("-")[-1] in _HARMS for n in nouns)


def _blames(clause: Token) -> bool:
    """True when a "be" clause lays a harmful act at its subject's door."""
    if lemma_of(clause) != "be" or children(clause, "neg"):
        return False
    for word in children(clause, "acomp"):
        if lemma_of(word) in _RESPONSIBLE and not children(word, "neg"):
            acts = prep_objects(word, ("for",))
            return not acts or _harmful(acts)
    if _harmful(prep_objects(clause, ("behind",))):
        return True
    return any(lemma_of(v) == "blame" and infinitive(v)
               for v in children(clause, "xcomp"))


def blame_candidates(sent: Span) -> Iterator[list[Candidate]]:
    """An ACCUSE candidate for every blame reported in the sentence."""
    for clause in sent:
        if clause.dep_ != "ccomp" or lemma_of(clause.head) not in REPORT_VERBS or not _blames(clause):
            continue
        speaker, blamed = subject_of(clause.head), subject_of(clause)
        if speaker is None or blamed is None or blamed.pos_ == "PRON":
            continue
        yield [Candidate(clause.head, BLAME, tuple(conjuncts(speaker)), (tuple(conjuncts(blamed)),), "active")]
