"""Who holds what an act is about, when only a nationality word says so.

"seized Iranian oil" is aimed at Iran, the owner of the oil; "release 50 hostages in exchange
for 150 prisoners held in Israeli prisons" implies a release by Israel, the prisoners' holder.
A vehicle named as what is sent or hit stands for its load or riders ("sent trucks loaded
with food", "struck a bus carrying soldiers"). These helpers find the words; the event stage
turns them into actors.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tidings import settings
from tidings.actors.kb import KnowledgeBase
from tidings.events.candidate import lemma_of
from tidings.events.syntax import agent_of, children, conjuncts, direct_object, prep_objects
from tidings.record import Actor

__all__ = ["owners_of", "owner_words", "swapped_for", "holder_words", "states_named", "cargo", "occupants", "matter_parties"]

#: Goods whose owner a nationality names ("seized Iranian oil", "froze Russian assets").
GOODS = frozenset({"oil", "fuel", "gasoline", "crude", "gas", "grain", "weapon", "arm", "fund", "reserve",
                   "cash", "gold", "good", "shipment", "consignment", "load"})
#: Verbs of holding captives ("prisoners held in Israeli jails", "detained by Iran").
_HOLDING = frozenset({"hold", "detain", "jail", "imprison", "keep"})
#: Words that open the question or claim an inquiry examines ("whether the envoy was spied on").
_QUESTION_MARKS = frozenset({"whether", "if", "that"})


def _nationalities(nouns: Iterable[Token]) -> list[Token]:
    return [m for n in nouns for m in n.children if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE")]


def owner_words(verb: Token, property_nouns: frozenset[str]) -> list[Token]:
    """Nationality words naming the owner of what ``verb`` seizes or freezes: "seized Iranian
    oil", "froze Russian assets", "seized the cargoes of tankers carrying Iranian fuel"."""
    obj = direct_object(verb)
    if obj is None or obj.lemma_.lower() not in property_nouns | GOODS:
        return []
    nouns = [obj, *prep_objects(obj, ("of",))]
    nouns += [d for n in list(nouns) for c in children(n, "acl", "relcl") for d in children(c, "dobj")]
    return _nationalities(nouns)


def swapped_for(predicate: Token) -> Token | None:
    """What an act is done in exchange for: "release 50 hostages [in exchange for] 150
    prisoners" (the parser may hang the phrase anywhere under the act)."""
    for token in predicate.subtree:
        if token.lemma_.lower() == "exchange" and token.dep_ == "pobj" and token.head.lower_ == "in":
            return next(iter(prep_objects(token, ("for",))), None)
    return None


def holder_words(noun: Token) -> list[Token]:
    """Who holds the captives a noun names: the agent of "held by Israel", or the nationality of
    the place of "held in Israeli prisons"."""
    held = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _HOLDING]
    agents = [a for v in held for a in (agent_of(v),) if a is not None]
    return agents + _nationalities(o for v in held for o in prep_objects(v, ("in",)))


def states_named(words: Iterable[Token], kb: KnowledgeBase) -> list[Actor]:
    """The states that country names and nationality words stand for, as bare countries."""
    entries = [e for w in words for e in kb.lookup([w.text])
               if e.kind in ("country", "demonym") and e.country and not e.agent]
    return [Actor(e.name, e.name, e.country, None, None, e.country) for e in entries]


def cargo(noun: Token) -> list[Token]:
    """What a vehicle named as the object carries: "sent trucks loaded with food", "a convoy
    carrying medicine", "planes of aid" are sendings of food, medicine and aid."""
    if lemma_of(noun) not in settings.CARRIER_NOUNS:
        return []
    held = [o for v in children(noun, "acl") if lemma_of(v) in ("load", "carry", "laden", "fill", "pack", "transport")
            for o in children(v, "dobj") + prep_objects(v, ("with",))]
    return [t for o in held + prep_objects(noun, ("of",)) for t in conjuncts(o)]


def occupants(options: tuple[tuple[Token, ...], ...]) -> tuple[tuple[Token, ...], ...]:
    """Who rides the vehicle an attack hits, as a later option: "struck a bus carrying soldiers",
    "ambushed a convoy of police officers" are attacks on the soldiers and the officers."""
    riders = tuple(t for option in options for head in option for t in cargo(head))
    return (riders,) if riders else ()


def owners_of(noun: Token) -> list[Token]:
    """The possessor and the "of" objects of a common noun: "Navalny's [death]", "the
    [accounts] of Wirecard"."""
    return children(noun, "poss") + prep_objects(noun, ("of",)) if noun.pos_ == "NOUN" else []


def matter_parties(predicate: Token, options: tuple[tuple[Token, ...], ...]) -> tuple[tuple[Token, ...], ...]:
    """Whose affairs an investigation looks into, as later options for when the matter named is
    no actor: the doer of the act looked into ("an inquiry into abuses by the army", "crimes
    committed by the militia"), its owner ("an inquiry into Navalny's death", "a probe into the
    accounts of Wirecard"), the owner's owner ("the accounts of a subsidiary of Gazprom"), and the subject
    of the question or claim examined ("investigated whether the mayor took bribes", "an inquiry
    into claims that two soldiers abused detainees"). The victim of an investigated act is its
    target, as for an investigated strike."""
    heads = [h for option in options for h in option]
    doers = [d for h in heads if h.pos_ == "NOUN"
             for d in prep_objects(h, ("by",)) + [a for c in children(h, "acl") for a in (agent_of(c),) if a is not None]]
    owners = [o for h in heads for o in owners_of(h)]
    deeper = [o for h in owners for o in owners_of(h)]
    holders = [predicate, *children(predicate, "dobj")]
    clauses = [c for h in holders + heads for c in children(h, "ccomp", "acl")]
    clauses += [c for h in holders for p in children(h, "prep") for c in children(p, "pcomp")]
    questioned = [s for c in clauses if any(m.lower_ in _QUESTION_MARKS for m in children(c, "mark"))
                  for s in children(c, "nsubj", "nsubjpass")]
    found_in = (doers, owners, deeper, questioned)
    return tuple(tuple(t for h in found for t in conjuncts(h)) for found in found_in if found)
