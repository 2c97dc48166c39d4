"""Evaluations: "Zelensky called the strike on Odesa barbaric" is an ACCUSE (CAMEO 111) of the
strike's doer; "Lula called the talks a historic step" a SUPPORT (051) of the talks' parties.

A verb of naming ("call", "describe … as", "brand", "label") with a direct object and an
evaluative word after the object makes the event; the word lists are data
(``data/evaluations.yaml``). The evaluation replaces the verb's other readings ("called the
strike barbaric" is no call for a strike). A subject said to be "critical of" someone
criticises them (ACCUSE 111); someone a speaker says is not welcome is rejected (REJECT 120).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Span, Token

from tidings.datafiles import read_mapping
from tidings.errors import DataError
from tidings.events.candidate import Candidate, lemma_of
from tidings.events.factuality import REPORT_VERBS
from tidings.events.lexicon import Pattern, rule_pattern
from tidings.events.syntax import children, conjuncts, direct_object, issued_document, prep_objects, subject_of

__all__ = ["evaluation_candidates", "stance_candidates", "Evaluations", "load_evaluations", "read_evaluations",
           "CRITICISE", "PRAISE", "CRITICAL_OF", "UNWELCOME"]


CRITICISE = rule_pattern("accuse.evaluation", "ACCUSE", "111", "dobj")
PRAISE = rule_pattern("support.evaluation", "SUPPORT", "051", "dobj")
CRITICAL_OF = rule_pattern("accuse.critical_of", "ACCUSE", "111", "of")
UNWELCOME = rule_pattern("reject.unwelcome", "REJECT", "120", "ccomp-subj")
#: Adjectives of disapproval whose "of" object the subject criticises ("Beijing has been sharply
#: critical of Manila", "the opposition remained critical of the president").
_CRITICAL = frozenset({"critical", "dismissive", "contemptuous", "scornful", "disparaging"})


@dataclass(frozen=True)
class Evaluations:
    """Verbs of naming and the evaluative words (single words and two-word phrases)."""

    verbs: frozenset[str]
    negative: frozenset[str]
    positive: frozenset[str]

    def judge(self, words: list[str]) -> Pattern | None:
        """CRITICISE when a negative word or phrase (up to three words) is among ``words``, else
        PRAISE when a positive one is ("a historic mistake" is criticism), else None."""
        phrases = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words))}
        if phrases & self.negative:
            return CRITICISE
        return PRAISE if phrases & self.positive else None


def read_evaluations(path: Path) -> Evaluations:
    """Load and validate an evaluations file; errors name the file and the missing key."""
    data = read_mapping(path, "evaluations", "a mapping with verbs, negative and positive")
    lists = {}
    for key in ("verbs", "negative", "positive"):
        if not isinstance(data.get(key), list) or not all(isinstance(w, str) for w in data[key]):
            raise DataError(f"'{key}' must be a list of words", path=str(path))
        lists[key] = frozenset(w.lower() for w in data[key])
    if lists["negative"] & lists["positive"]:
        raise DataError(f"words in both lists: {sorted(lists['negative'] & lists['positive'])}", path=str(path))
    return Evaluations(lists["verbs"], lists["negative"], lists["positive"])


@lru_cache(maxsize=1)
def load_evaluations() -> Evaluations:
    """The shipped evaluations, loaded once per process."""
    return read_evaluations(Path(str(resources.files("tidings.events").joinpath("data/evaluations.yaml"))))


_COMPLEMENTS = frozenset({"oprd", "xcomp", "acomp", "attr", "dobj", "ccomp", "npadvmod"})


def _complement(verb: Token, obj: Token) -> list[str]:
    """Lemmas of the verb's complement after its object ("called the sanctions illegal",
    "described the visit as a provocation"), not its adjuncts ("called up reservists after the
    attack"); or, when the parser swallowed the complement into the object ("the strike on
    Odesa barbaric"), the word that ends the object phrase, as written ("goods" is no "good")."""
    parts = [c for c in verb.children if c.i > obj.i and c.i != obj.i
             and (c.dep_ in _COMPLEMENTS or c.dep_ == "prep" and c.lower_ == "as")]
    parts += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"]
    words = [t.lemma_.lower() for part in parts for t in part.subtree if not t.is_punct]
    last = verb.doc[obj.right_edge.i]
    return words or ([last.lower_] if last.i > obj.i and last.dep_ in ("pobj", "amod", "acomp", "oprd") else [])


def _said_of(noun: Token) -> list[Token]:
    """Indefinite appositions right after the noun, with no comma between: the parser's reading
    of a predicate noun ("called Australia's ambassador [a very foolish man]")."""
    return [a for a in children(noun, "appos")
            if a.left_edge.lower_ in ("a", "an") and not noun.doc[a.left_edge.i - 1].is_punct]


def _judged_object(verb: Token) -> tuple[Token | None, list[str]]:
    """The object named and the words said of it, also when the parser hangs the evaluation on
    the object as an apposition, or makes the object a predicate complement of its own ("called
    [the French president] [a disgrace]", "called [the North Korean
    leader] [a madman]")."""
    complements = children(verb, "oprd")
    obj = direct_object(verb) or next((c for c in complements if _said_of(c)), None) \
        or (complements[0] if len(complements) > 1 else None)
    if obj is None:
        return None, []
    said = [t.lemma_.lower() for a in _said_of(obj) for t in a.subtree if not t.is_punct]
    return obj, _complement(verb, obj) + said


def evaluation_candidates(sent: Span, evaluations: Evaluations | None = None) -> Iterator[list[Candidate]]:
    """An ACCUSE or SUPPORT candidate for every evaluation in the sentence."""
    evaluations = evaluations or load_evaluations()
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in evaluations.verbs or any(c.dep_ == "prt" for c in verb.children):
            continue  # "called up reservists", "called off the strike" are other verbs
        (obj, words), subject = _judged_object(verb), subject_of(verb)
        if obj is None or subject is None:
            continue
        pattern = evaluations.judge(words)
        if pattern is not None:
            yield [Candidate(verb, pattern, tuple(conjuncts(subject)), (tuple(conjuncts(obj)),), "active")]


def stance_candidates(sent: Span) -> Iterator[list[Candidate]]:
    """An ACCUSE for every subject said to be critical of someone, and a REJECT for everyone a
    speaker says is not welcome. Unlike evaluations, these replace no reading of their verb."""
    yield from _critical_of(sent)
    yield from _unwelcome(sent)


def _critical_of(sent: Span) -> Iterator[list[Candidate]]:
    """"X was (remained, has been) critical of Y": the verb carries the factuality ("was not
    critical of" is negated). A document its issuer made, described as critical of Y, is the
    issuer's criticism: "the panel issued a report critical of Y" (the issuing verb carries it)."""
    for adj in sent:
        document = adj.dep_ == "amod" and issued_document(adj.head)
        if adj.dep_ != "acomp" and not document or adj.lemma_.lower() not in _CRITICAL:
            continue
        verb = adj.head.head if document else adj.head
        subject, objects = subject_of(verb), prep_objects(adj, ("of",))
        if subject is not None and objects:
            yield [Candidate(verb, CRITICAL_OF, tuple(conjuncts(subject)),
                             (tuple(t for o in objects for t in conjuncts(o)),), "active")]


def _denied(copula: Token) -> bool:
    """True for a copula negated by "not", "never" or "no longer"."""
    return any(c.dep_ == "neg" or c.lower_ == "longer" and children(c, "neg") for c in copula.children)


def _unwelcome(sent: Span) -> Iterator[list[Candidate]]:
    """"Mexico said the Peruvian ambassador was no longer welcome", "Moscow said British
    diplomats were unwelcome": the speaker rejects the one it names (REJECT 120). The statement
    is made, so it is coded as stated ("demand" form), not as the negated copula."""
    for adj in sent:
        copula = adj.head
        if adj.dep_ != "acomp" or not (adj.lower_ == "unwelcome" or adj.lower_ == "welcome" and _denied(copula)):
            continue
        if copula.dep_ != "ccomp" or lemma_of(copula.head) not in REPORT_VERBS:
            continue
        speaker, unwanted = subject_of(copula.head), subject_of(copula)
        if speaker is not None and unwanted is not None and unwanted.pos_ != "PRON":
            yield [Candidate(copula, UNWELCOME, tuple(conjuncts(speaker)), (tuple(conjuncts(unwanted)),), "demand")]
