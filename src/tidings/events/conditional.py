"""Conditional threats and offers: "X will retaliate if Y approves the sale" is a threat from X
to Y; "X is ready to ease sanctions if Y frees the prisoners" is an offer (AGREE) from X to Y.

The act of the main clause decides which: a conflictual act (CAMEO QuadClass 3 or 4) or a verb
of retaliation makes a THREATEN event, a cooperative act an AGREE event (but any act under
"unless" a THREATEN); the doer of the if-clause is the target. The candidates go through the event stage like any other.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from tidings.codes import cameo_code
from tidings.events.extract import Candidate, candidates_for
from tidings.events.lexicon import Lexicon, Pattern, rule_pattern
from tidings.events.syntax import children, conjuncts, subject_of

__all__ = ["conditional_candidates", "condition_of", "THREAT", "OFFER", "ANSWER"]

_IF = frozenset({"if", "unless", "should"})
#: Verbs of retaliation that are threats whatever their object ("will respond", "will retaliate").
RETALIATION = frozenset({"retaliate", "respond", "react", "punish", "avenge", "strike", "hit",
                         "take", "pay", "face", "regret", "suffer"})


THREAT = rule_pattern("threaten.if_clause", "THREATEN", "130", "if")
MILITARY_THREAT = rule_pattern("threaten.if_clause_force", "THREATEN", "138", "if")
OFFER = rule_pattern("agree.if_clause", "AGREE", "030", "if")
ANSWER = rule_pattern("threaten.met_with", "THREATEN", "130", "with")
MILITARY_ANSWER = rule_pattern("threaten.met_with_force", "THREATEN", "138", "with")


def condition_of(verb: Token) -> Token | None:
    """The verb of an if-clause attached to ``verb``."""
    for clause in children(verb, "advcl"):
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "aux")}
        if marks & _IF:
            return clause
    return None


def _kind(verb: Token, clause: Token, lexicon: Lexicon) -> Pattern | None:
    """THREAT or OFFER by the act of the main clause. An act done "unless" the other side acts
    is always a threat: the other side must act to avert it ("would let refugees into Europe
    unless the EU paid more"), or to keep a favour it would otherwise lose."""
    found = candidates_for(verb, lexicon)
    if found:
        code = cameo_code(found[0].pattern.cameo)
        unless = any(c.lower_ == "unless" for c in children(clause, "mark"))
        if code is not None and code.quad_class in (1, 2) and not unless:
            return OFFER
        return MILITARY_THREAT if found[0].pattern.event in ("ASSAULT", "MOBILIZE") else THREAT
    return THREAT if verb.lemma_.lower() in RETALIATION else None


#: Nouns of the answer a warning promises: "any provocation will be met with a military response".
_ANSWERS = frozenset({"response", "retaliation", "reply", "reaction", "reprisal", "punishment", "force"})
_ANY = frozenset({"any", "every", "further", "another"})


def _answered(verb: Token) -> Candidate | None:
    """A warning that any act "will be met with" a response is a threat by the one who warns
    ("He warned that any provocation would be met with an immediate military response"); its
    target is left to the story (the other side of its main dyad)."""
    answers = [o for p in children(verb, "prep") if p.lower_ == "with" for o in children(p, "pobj")
               if o.lemma_.lower() in _ANSWERS]
    acts = [a for a in children(verb, "nsubjpass") if any(d.lower_ in _ANY for d in children(a, "det", "amod"))]
    speaker = subject_of(verb.head) if verb.dep_ == "ccomp" else None
    if verb.lemma_.lower() != "meet" or not answers or not acts or speaker is None:
        return None
    military = any(m.lower_ in ("military", "armed") for m in answers[0].children) or answers[0].lemma_ == "force"
    return Candidate(verb, MILITARY_ANSWER if military else ANSWER, tuple(conjuncts(speaker)), (), "conditional")


def conditional_candidates(sent: Span, lexicon: Lexicon) -> Iterator[list[Candidate]]:
    """A threat or offer candidate for every main clause that depends on an if-clause, and a
    threat for every warning that any act will be met with a response."""
    for verb in sent:
        answered = _answered(verb) if verb.pos_ == "VERB" else None
        if answered is not None:
            yield [answered]
            continue
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        clause = condition_of(verb)
        if clause is None:
            continue
        pattern, source, target = _kind(verb, clause, lexicon), subject_of(verb), subject_of(clause)
        if pattern is None or source is None or target is None:
            continue
        yield [Candidate(verb, pattern, tuple(conjuncts(source)), (tuple(conjuncts(target)),), "conditional")]
