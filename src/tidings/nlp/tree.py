"""Small walks over the dependency tree that several stages share (events, actors, places)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["clause_head", "coordinated", "coordinated_modifiers", "participle_adjective", "tree_distance"]


def clause_head(token: Token) -> Token:
    """The verb whose clause holds ``token`` (a nominal predicate's governing verb)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def coordinated(token: Token, pos: Collection[str] | None = None) -> list[Token]:
    """The token and every token coordinated with it ("Iran and Venezuela"), however the
    parser chained them; ``pos`` keeps only conjuncts of those parts of speech."""
    out = [token]
    for child in token.children:
        if (child.dep_ == "conj" or _listed(token, child)) and (pos is None or child.pos_ in pos):
            out.extend(coordinated(child, pos))
    return out


def coordinated_modifiers(modifier: Token) -> list[Token]:
    """The modifier and those coordinated with it before one head noun ("UK and EU negotiators"),
    also where the parser hangs the second on the head itself rather than on the first."""
    out = coordinated(modifier)
    doc, head = modifier.doc, modifier.head
    if len(out) > 1 or modifier.i + 2 >= head.i or doc[modifier.i + 1].dep_ != "cc" \
            or doc[modifier.i + 1].head.i != modifier.i:
        return out
    after = doc[modifier.i + 2]
    return out + [after] if after.head.i == head.i and after.dep_ in ("compound", "amod", "nmod") else out


def _listed(token: Token, child: Token) -> bool:
    """The parser's apposition in a list of names ("The US, [Russia], and Switzerland"): a name of
    the same kind as its head that is itself coordinated, which no apposition is."""
    return child.dep_ == "appos" and bool(token.ent_type_) and child.ent_type_ == token.ent_type_ \
        and any(c.dep_ == "conj" for c in [*child.children, *token.children])


def tree_distance(token: Token, ancestor: Token, limit: int = 20) -> int:
    """Steps from ``token`` up to ``ancestor`` (or to the root, at most ``limit``): how
    closely a phrase belongs to a verb ("signed a treaty on March 18" is 1 step)."""
    steps, node = 0, token
    while node.i != ancestor.i and node.head.i != node.i and steps < limit:
        node, steps = node.head, steps + 1
    return steps


def participle_adjective(token: Token) -> bool:
    """True for a bare past participle right after a preposition that the parser makes a clause
    of its own, though it only modifies the name after it: "in [occupied] Karabakh", "from
    [besieged] Mariupol"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.dep_ in ("pcomp", "advcl") and token.tag_ in ("VBN", "VBD") and before is not None \
        and before.pos_ == "ADP" and before.dep_ == "prep" \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in token.children)
