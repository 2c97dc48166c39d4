"""Target slots: where a lexicon pattern's target slot points on a verb.

A pattern names its target as a slot ("dobj", "dative", "xcomp-dobj", "ccomp-subj" or a
preposition); this module finds the heads that slot points to, including where the parser
hangs them somewhere else than the verb (on the object, its relative clause, the vehicle that
carries it, the meeting at which the act is done). It only reads the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings import settings
from tidings.events.candidate import XCOMP_PREPS, lemma_of
from tidings.events.syntax import (agent_of, children, conjuncts, direct_object, infinitive, is_passive, occasion,
                                   prep_objects)

__all__ = ["slot_heads", "prep_slot", "in_particle", "object_not_party", "object_heads", "LOCATIVE"]

#: Prepositions of where an act happens, not whom it is aimed at.
LOCATIVE = frozenset({"in", "at", "near", "off", "over", "around", "inside", "outside", "across"})
_PARTNER_PREPS = frozenset({"with", "between"})
#: Prepositions that add a second thing to a verb's object, as "and" does ("ammunition alongside aid").
_COMPANION_PREPS = ("alongside", "besides")
#: Prepositions of what a restriction covers, and those by which a flow names its other side.
_SCOPE_PREPS = frozenset({"on", "against"})
_FLOW_PREPS = ("to", "from", "with", "into")


def in_particle(verb: Token, noun: Token) -> bool:
    """True when the noun is the object of the verb's preposition ("into custody") or of one
    under its particle ("away from the talks")."""
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and (prep.head == verb
                                 or prep.head.head == verb and prep.head.dep_ in ("prt", "prep", "advmod"))


def _named_after(verb: Token, obj: Token) -> Token:
    """The name the parser split off a common-noun object as a second object: in "met his
    counterpart French President Emmanuel Macron" both "counterpart" and "Macron" hang on "met";
    the name is the one met."""
    if obj.pos_ not in ("NOUN", "ADJ"):  # the tagger's "his counterpart" as an adjective
        return obj
    after = [c for c in children(verb, "dobj") if c.i > obj.i and c.pos_ == "PROPN"
             and all(t.i in {s.i for s in c.subtree} for t in obj.doc[obj.i + 1:c.i])]
    return after[0] if after else obj


def slot_heads(token: Token, slot: str, obj: Token | None) -> list[Token]:
    """The heads a pattern's target slot finds on ``token``: its direct object, its dative, the
    objects of its to-clause, the subject of its that-clause, or the object of a preposition."""
    readers = {"dobj": _direct_slot, "dative": _dative_slot, "xcomp-dobj": _xcomp_slot, "ccomp-subj": _ccomp_slot}
    return readers[slot](token, obj) if slot in readers else prep_slot(token, slot, obj)


def _direct_slot(token: Token, obj: Token | None) -> list[Token]:
    """The direct object; one found through the particle's preposition is none ("took [him]
    into custody"), and the parser's "called [US Secretary of State Antony Blinken]" is one."""
    found = direct_object(token) if obj is None or in_particle(token, obj) else obj
    found = obj if found is None else found
    if found is None:
        found = next((c for c in children(token, "oprd") if c.pos_ == "PROPN"), None)
    return [_named_after(token, found)] if found is not None else []


def _dative_slot(token: Token, obj: Token | None) -> list[Token]:
    """The indirect object ("granted Spain asylum"), the subject of a passive of giving
    ("González was granted asylum by Spain"), or the parser's "granted [the British government
    permission]"."""
    out = [t for child in children(token, "dative", "iobj")
           for t in (children(child, "pobj") if child.pos_ == "ADP" else [child])]
    if obj is not None and is_passive(token):
        out.extend(children(token, "nsubjpass"))
    if not out and obj is not None:
        out.extend(c for c in children(obj, "compound") if c.pos_ in ("NOUN", "PROPN"))
    return out


def _xcomp_slot(token: Token, obj: Token | None) -> list[Token]:
    """The parties of the to-clause: "agreed to lend $1 billion to Indonesia", "urged X to meet
    Y"; what is made or handed over is none ("agreed to build [a school]", "to send [troops]");
    failing those, the object of its purpose clause ("offered to send troops to help [the
    Philippine army]")."""
    found = []
    for clause in children(token, "xcomp"):
        for verb in [clause, *children(clause, "xcomp", "conj")]:
            objects = children(verb, "dobj")
            made = object_not_party(verb)
            recipients = [d for d in children(verb, "dative") if d.pos_ != "ADP"]  # "to give [Kyiv] tanks"
            held = [o for o in objects if not _meeting_with_party(o)]  # "to break off talks with [the rebels]"
            found += (recipients if made else held) + prep_objects(verb, XCOMP_PREPS)
            found += [o for held in objects  # "sign a deal with Iran", "set up a venture with Toyota"
                      for o in prep_objects(held, ("with",) if made else ("with", "to", "for"))]
    return found or [o for clause in children(token, "xcomp") for c in children(clause, "advcl")
                     if infinitive(c) for o in children(c, "dobj")]


def _meeting_with_party(noun: Token) -> bool:
    """True for a meeting noun that names its other party ("ceasefire talks with
    Hamas"): the party is the one acted on, not the talks, whatever words modify them."""
    return lemma_of(noun) in settings.MEETING_NOUNS and bool(prep_objects(noun, ("with",)))


def _ccomp_slot(token: Token, obj: Token | None) -> list[Token]:
    """The subject of the that-clause: "hoped that Iran would seize", "demanded that Israel withdraw"."""
    return [s for clause in children(token, "ccomp") for s in children(clause, "nsubj")]


def prep_slot(token: Token, slot: str, obj: Token | None) -> list[Token]:
    """The objects of the preposition ``slot`` on the verb, on its object (or the object's
    relative clause, or the vehicle that carries it), or where the parser hangs it."""
    holder = obj if obj is not None else direct_object(token)
    found = prep_objects(token, (slot,)) + (_for_clause_subjects(token, holder) if slot == "for" else [])
    if holder is not None:
        found = [o for h in object_heads(token, holder) for o in prep_objects(h, (slot,))] + found
        if not found:  # "lifted the sanctions it had imposed on India", "granted an order sought by the ACLU"
            found = [o for c in children(holder, "relcl", "acl") for o in prep_objects(c, (slot,)) + _agents(c, slot)]
        loading = next((a for a in list(holder.ancestors)[:3] if a.dep_ == "acl"), None)
        if not found and loading is not None and lemma_of(loading.head) in settings.CARRIER_NOUNS:
            found = prep_objects(loading, (slot,))  # "sent trucks loaded with [food] into Gaza"
    if not found and slot == "of" and obj is not None:  # "hosted the [ASEAN] summit": whose meeting it is
        found = [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if not found and slot in _PARTNER_PREPS:  # "agreed to a ceasefire with Hamas"
        found = [o for noun in prep_objects(token, ("to", "on")) for o in prep_objects(noun, (slot,))]
    if not found and slot in _PARTNER_PREPS:  # "in a meeting with Trudeau, Biden agreed to …"
        found = [o for p in children(token, "prep") if occasion(p) for noun in children(p, "pobj")
                 for o in prep_objects(noun, (slot,))]
    if not found and token.dep_ == "advcl" and token.tag_ == "VBG":  # "arrived in Bangladesh seeking refuge"
        found = prep_objects(token.head, (slot,))
    if not found and slot == "between":  # "launched a mediation effort to resolve the rift between A and B"
        clauses = children(token, "xcomp", "advcl") + (children(holder, "acl", "relcl") if holder is not None else [])
        found = [o for c in clauses for v in [c, *children(c, "xcomp")] for n in children(v, "dobj")
                 for o in prep_objects(n, ("between",))]
    if not found and slot == "against":  # "mobilized troops for a battle against the rebels"
        found = [o for h in (token, holder) if h is not None for n in prep_objects(h, ("for",))
                 for o in prep_objects(n, ("against",))]
    if slot in LOCATIVE:  # "in the Sea of Japan" is where, not whom
        found = [t for t in found if t.ent_type_ not in ("LOC", "FAC")]
    return [end for t in found for end in _flow_ends(t)] if slot in _SCOPE_PREPS else found


def _agents(clause: Token, slot: str) -> list[Token]:
    """The "by" agent of a passive clause on the object, when "by" is the slot sought: "granted
    the injunction sought by [the union]", "approved the request filed by [Kyiv]"."""
    agent = agent_of(clause) if slot == "by" else None
    return [agent] if agent is not None else []


def _flow_ends(noun: Token) -> list[Token]:
    """The other side that a noun of traffic or trade names, whom a restriction on that flow is
    aimed at ("lifted its ban on [flights to] Qatar", "curbs on [imports from] Australia"); any
    other noun stands as it is."""
    if noun.pos_ != "NOUN" or lemma_of(noun) not in settings.FLOW_NOUNS:
        return [noun]
    return prep_objects(noun, _FLOW_PREPS) or [noun]


def object_not_party(verb: Token) -> bool:
    """True for a verb of making or handing over ("build", "set up", "send"): its object is a
    product or a thing handed over, not a target (but "provide Sri Lanka with vaccines")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    names = {lemma_of(verb), f"{lemma_of(verb)} {particle}"}
    given = names & settings.GIVING_VERBS and not prep_objects(verb, ("with",))
    return bool(names & settings.MAKING_VERBS or given)


def _for_clause_subjects(verb: Token, holder: Token | None = None) -> list[Token]:
    """The subjects of a for-to clause, who are asked or allowed to act: "called for Israel to
    halt construction", "gave approval for the UN to deliver aid" (the parser makes "for" its
    marker and may hang the clause on the object)."""
    clauses = children(verb, "advcl", "ccomp", "acl") + (children(holder, "acl") if holder is not None else [])
    return [s for c in clauses if any(m.lower_ == "for" for m in children(c, "mark")) for s in children(c, "nsubj")]


def object_heads(verb: Token, obj: Token) -> list[Token]:
    """The object noun and the heads above it up to the verb's direct object, with that object's
    conjuncts: the parser hangs a recipient on any of them ("sent 500 tonnes of food and [a
    shipment of tents to Syria]")."""
    heads = [obj]
    while heads[-1].dep_ == "pobj" and heads[-1].head.lower_ == "of" and heads[-1].head.head != verb \
            and len(heads) < 4:  # "500 tonnes [of] food"
        heads.append(heads[-1].head.head)
    companions = prep_objects(verb, _COMPANION_PREPS) if obj.i > verb.i else []  # "sent arms alongside [aid to Kyiv]"
    return heads + [c for c in conjuncts(heads[-1]) + companions if c not in heads]
