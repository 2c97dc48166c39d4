"""Candidate events: predicates of the lexicon and the argument tokens of each (verbs here; act
nouns in `events/nominal.py`; the `Candidate` record in `events/candidate.py`).

This module only reads the parse; actors are resolved later. For every verb or noun whose lemma
is in the lexicon it tries the lemma's patterns, most specific first, and yields a
:class:`Candidate` with the tokens that head the source and target phrases.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from tidings import settings
from tidings.actors.resolve import effective_head
from tidings.events.candidate import HOSTILE_TYPES, Candidate, lemma_of, modified_by
from tidings.events.holders import cargo, matter_parties, occupants
from tidings.events.lexicon import Lexicon, Pattern
from tidings.events.nominal import REACTION_VERBS, noun_candidate, noun_doers
from tidings.events.slots import LOCATIVE, in_particle, object_heads, object_not_party, prep_slot, slot_heads
from tidings.events.syntax import (addressees_of, agent_of, children, conjuncts, direct_object, infinitive,
                                   is_passive, prep_objects, subject_of, time_phrase)
from tidings.nlp.tree import participle_adjective

__all__ = ["Candidate", "find_candidates", "candidates_for", "attempts"]


def _specificity(pattern: Pattern) -> int:
    return 2 * bool(pattern.objects) + bool(pattern.particle) + bool(pattern.to_clause) + 2 * len(pattern.modifiers)


def _beside_object(cand: Candidate) -> bool:
    """True when the pattern's object is the object of the particle's preposition while the verb
    has another direct object of its own ("withdrew [observers] from the zone")."""
    if cand.consumed is None or not in_particle(cand.predicate, cand.consumed):
        return False
    own = direct_object(cand.predicate)
    return own is not None and own.i != cand.consumed.i


def _is_verb(token: Token) -> bool:
    verbal = token.pos_ == "VERB" or token.tag_.startswith("VB")
    return verbal and token.dep_ != "amod" and not participle_adjective(token)  # not "in [occupied] Karabakh"


#: Dependencies under which the parser hangs a verb's particle or adjective complement ("set
#: ablaze", "set the hostages free"), and those of the clauses it makes of an adjective ("found
#: [him guilty]", "set them [free] on Monday").
_PARTICLE_DEPS = ("prt", "prep", "advmod", "oprd", "acomp")
_ADJ_CLAUSE_DEPS = ("advcl", "ccomp", "xcomp")


def _has_particle(token: Token, particle: str | None) -> bool:
    if not particle:
        return True
    if any(c.lower_ == particle and not time_phrase(c) and (c.dep_ in _PARTICLE_DEPS or c.dep_ in _ADJ_CLAUSE_DEPS
                                                         and c.pos_ == "ADJ") for c in token.children):
        return True
    # the parser's adjective on the object: "set [free two hostages]", "found [three generals guilty]";
    # or in a clause: "let hundreds of prisoners go free"
    return any(a.lower_ == particle and (a.dep_ == "amod" and (a.i == token.i + 1 or a.i > o.i) or
                                        a.dep_ == "acomp" and o.dep_ in ("ccomp", "xcomp"))
               for o in children(token, "dobj", "ccomp", "xcomp") for a in o.children)


def _particle_tokens(token: Token, particle: str | None) -> list[Token]:
    """The verb's particle words that may hold the pattern's preposition ("walked [away] from")."""
    return [c for c in token.children if particle and c.lower_ == particle and c.dep_ in ("prt", "prep", "advmod")]


def _object(token: Token, pattern: Pattern, passive: bool) -> Token | None:
    """The object noun the pattern asks for: a direct object, or the object of the pattern's own
    particle when it is a preposition ("went on strike", "took to the streets")."""
    deps = ("dobj", "nsubjpass", "attr") if passive else ("dobj", "attr")
    found = list(children(token, *deps)) + _raised_objects(token)
    if pattern.ergative and not passive and not found:  # "peacekeepers deployed to Mali"
        found = [s for s in (subject_of(token),) if s is not None]
    if pattern.particle:
        found += [o for p in children(token, "prep") if p.lower_ == pattern.particle for o in children(p, "pobj")]
        found += [o for p in _particle_tokens(token, pattern.particle)  # "walked away from the talks"
                  for q in children(p, "prep") for o in children(q, "pobj")]
    for child in found:
        if child.tag_ in ("WDT", "WP") and token.dep_ == "relcl":  # "a deal that Iran signed"
            child = token.head
        nouns = conjuncts(child) + conjuncts(effective_head(child))
        for noun in nouns + [c for n in nouns for c in cargo(n)]:
            if lemma_of(noun) in pattern.objects or noun.lower_ in pattern.objects or _named_place(noun, pattern):
                return noun
            if any(c.dep_ == "compound" and lemma_of(c) in pattern.objects for c in noun.children):
                return noun  # "a mediation effort", "aid shipments"
    return None


#: The object word that stands for any place name ("captured Goma", "took over Kirkuk").
PLACE_OBJECT = "<place>"


def _named_place(noun: Token, pattern: Pattern) -> bool:
    """True when the pattern takes any place as its object and the noun is a tagged place name."""
    placed = PLACE_OBJECT in pattern.objects and noun.pos_ == "PROPN" and noun.ent_type_ in ("GPE", "LOC", "FAC")
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "withdrew its troops from Niger": the
    return placed and (noun.dep_ != "pobj" or not children(verb, "dobj"))  # troops, not Niger, are the object


def _raised_objects(verb: Token) -> list[Token]:
    """The object the parser made the subject of the verb's to-clause: "declared [a state of
    emergency] to take effect at midnight", "imposed [a curfew] to last a week"; or of a bare
    participle after it: "will not accept [any refugees] fleeing the war"."""
    clauses = [c for c in children(verb, "ccomp", "xcomp") if infinitive(c)
               or c.tag_ == "VBG" and not children(c, "aux", "mark")]
    return [s for c in clauses for s in children(c, "nsubj") if s.pos_ in ("NOUN", "PROPN")]


def _stray_objects(verb: Token, obj: Token | None, slot: str, lexicon: Lexicon) -> list[Token]:
    """Objects of the last ``slot`` preposition (a recipient: "to", "into") that the parser hung
    deep inside the object phrase or on a participle after it ("returned a pendant engraved with
    the image of Peter the Great [to] Russian authorities", "returned a manuscript, missing since
    1943, [to] Italy"), unless it belongs to another predicate on the way."""
    holder = obj if obj is not None else direct_object(verb)
    if holder is None or holder.i < verb.i:  # an ergative verb's subject
        return []
    holders = object_heads(verb, holder)
    start = max(h.i for h in holders)
    roots = holders + [c for c in children(verb, "advcl", "acl") if c.tag_ in ("VBN", "VBG") and c.i > start]
    preps = [t for r in roots for t in r.subtree
             if t.dep_ == "prep" and t.lower_ == slot and t.i > start and not _owned_on_the_way(t, r, lexicon)]
    return children(max(preps, key=lambda t: t.i), "pobj") if preps else []


def _owned_on_the_way(prep: Token, root: Token, lexicon: Lexicon) -> bool:
    """True when a head between the preposition and ``root`` claims it: a verb with a subject of
    its own, or an event noun that takes it as its target ("events concerning [aid to] Venezuela")."""
    node = prep.head
    while node != root and node.head != node:
        if node.pos_ in ("VERB", "AUX") and children(node, "nsubj", "nsubjpass"):
            return True
        if node.pos_ == "NOUN" and any(prep.lower_ in p.target for p in lexicon.nouns(lemma_of(node))):
            return True
        node = node.head
    return False


def _targets(token: Token, pattern: Pattern, obj: Token | None, lexicon: Lexicon,
             extra: tuple[str, ...] = ()) -> tuple[tuple[Token, ...], ...]:
    """Target heads per slot that yields any, in the pattern's order of preference."""
    options = []
    for slot in pattern.target + tuple(e for e in extra if e not in pattern.target):
        found = slot_heads(token, slot, obj)
        if not found and slot not in _NON_PREP_SLOTS:  # "walked away from the talks with Sanaa"
            found = [o for p in _particle_tokens(token, pattern.particle) for o in prep_objects(p, (slot,))]
        if not found and slot in _TRANSFER_PREPS:
            found = _stray_objects(token, obj, slot, lexicon)
        if found:
            options.append(tuple(t for head in found for t in conjuncts(head) + _included(head)))
    addressees = addressees_of(token) if pattern.event in _SPOKEN_TYPES else []
    if addressees:  # after the verb's own object: "sent a letter to Biden accusing [Iran] of …"
        own = 1 if options and "dobj" in pattern.target and slot_heads(token, "dobj", obj) else 0
        options.insert(own, tuple(t for head in addressees for t in conjuncts(head)))
    if not options and obj is not None and pattern.event == "CONCEDE":
        found = _measure_objects(obj)  # "abandoned his policy of separating [migrant families]"
        options += [tuple(t for head in found for t in conjuncts(head))] if found else []
    return tuple(options)


#: Types of acts done by speaking or writing, which a letter or message carrying them does.
_SPOKEN_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT"})


def _included(head: Token) -> list[Token]:
    """The members a target group names as its instances: "detained dozens of protesters,
    including [opposition leader Alexei Navalny]" detains Navalny as well."""
    return [t for o in prep_objects(head, ("including",)) for t in conjuncts(o)]


def _measure_objects(measure: Token) -> list[Token]:
    """Whom a measure given up acts on, named by the clause of the measure noun ("reversed its
    decision to deport [Afghan refugees]", "abandoned its policy of detaining [migrants]"); what a
    verb of making or handing over moves is no party to it ("a plan to send troops")."""
    clauses = [c for c in children(measure, "acl") if infinitive(c)]
    clauses += [c for p in children(measure, "prep") if p.lower_ == "of" for c in children(p, "pcomp")]
    return [o for c in clauses if not object_not_party(c) for o in children(c, "dobj")]


#: PLOVER types whose events may stand without a recipient when their verb is intransitive.
_INTRANSITIVE_TYPES = frozenset({"PROTEST", "MOBILIZE", "RETREAT", "CONCEDE"})
#: Prepositions of a recipient that the parser often hangs inside a long object phrase.
_TRANSFER_PREPS = frozenset({"to", "into"})
_NON_PREP_SLOTS = frozenset({"dobj", "dative", "xcomp-dobj", "ccomp-subj"})


def _phrasal(pattern: Pattern) -> bool:
    """True when the pattern's sense lives in its preposition ("look into", "call on"); mutual
    verbs are not, since coordinated subjects can stand for the target ("A and B clashed")."""
    return (pattern.pos == "verb" and not pattern.objects and pattern.event not in _INTRANSITIVE_TYPES
            and not pattern.symmetric and not any(slot in _NON_PREP_SLOTS for slot in pattern.target))


#: Particles that leave a verb's sense as it is ("shot down" is still shooting). A pattern with
#: no particle matches a verb with another particle only when it names objects and no pattern of
#: that phrasal verb names the same ones ("called off the strike" is no call for a strike).
_NEUTRAL_PARTICLES = frozenset({"down", "back", "away"})


def _out_of(child: Token) -> bool:
    """The parser's preposition "out" before "of" is the verb's particle: "pushed the rebels out
    of the city" is no push for something."""
    return child.dep_ == "prep" and child.lower_ == "out" and any(p.lower_ == "of" for p in children(child, "prep"))


def _has_to_clause(verb: Token) -> bool:
    """True when ``verb`` has a to-clause, or its object has one the parser hangs on the object's
    participle: "forced a plane flying from Karachi [to land] in Jaipur"."""
    carried = [c for o in children(verb, "dobj") for a in children(o, "acl") if a.tag_ == "VBG"
               for c in children(a, "advcl", "xcomp")]
    return any(c.dep_ in ("xcomp", "ccomp") or c in carried for c in [*verb.children, *carried]
               if any(a.lower_ == "to" for a in c.children))


def _misfit(token: Token, pattern: Pattern, lexicon: Lexicon, passive: bool) -> str | None:
    """Why the verb's form does not fit the pattern (particle, transitivity, to-clause, an object
    that names no actor), or None when it fits."""
    if not _has_particle(token, pattern.particle):
        return f"no particle '{pattern.particle}'"
    named = {p.particle for p in lexicon.verbs(pattern.lemma)}  # "hit back" has patterns of its own
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in named
                     or _out_of(c)), None)
    phrasal = particle and not pattern.particle and (particle not in _NEUTRAL_PARTICLES or particle in named)
    rivals = [p for p in lexicon.verbs(pattern.lemma)
              if p.particle == particle and set(p.objects) & set(pattern.objects)]
    if phrasal and (not pattern.objects or rivals):
        return f"'{pattern.lemma} {particle}' is another verb"  # "called up reservists" is no phone call
    if pattern.transitive and not passive and direct_object(token) is None:
        return "the verb has no direct object here"
    if pattern.intransitive and (passive or direct_object(token) is not None):
        return "the verb has a direct object here"
    if pattern.to_clause and not _has_to_clause(token):
        return "the verb has no to-clause here"
    fought = _unless_object(token, pattern)
    return f"'{fought}' is no actor to act on" if fought else None  # "fight the pandemic", "fight corruption"


def _verb_candidate(token: Token, pattern: Pattern, lexicon: Lexicon) -> Candidate | str:
    passive = is_passive(token) or (token.dep_ == "acl" and token.tag_ == "VBN")
    misfit = _misfit(token, pattern, lexicon, passive)
    if misfit:
        return misfit
    obj = _object(token, pattern, passive) if pattern.objects else None
    if pattern.objects and obj is None:
        return f"the object is not one of: {', '.join(pattern.objects)}"
    if obj is not None and modified_by(obj, pattern.unless_modifier):
        return f"'{modified_by(obj, pattern.unless_modifier)} {obj.lower_}' is another act"
    patient = _ordered_patient(token) if pattern.event in HOSTILE_TYPES else None
    if patient is not None:  # "a court ordered the activist jailed": the court jails the activist
        return _ordered_act(token, pattern, patient, obj)
    source = agent_of(token) if passive else subject_of(token)
    if source is None and pattern.ergative and is_passive(token):  # "Russian troops were deployed"
        source = obj
    if source is None and passive:  # "were killed in Israeli tank shelling": the shelling's doer
        doers = _act_doers(token, lexicon)
        if doers:
            return Candidate(token, pattern, doers, _targets(token, pattern, obj, lexicon), "passive", obj, via="+act")
    by_state = pattern.event in settings.STATE_ACT_TYPES or pattern.lemma in settings.STATE_ACT_VERBS
    if source is None and passive and by_state and is_passive(token):
        return Candidate(token, pattern, (), _targets(token, pattern, obj, lexicon), "passive", obj)  # by the state
    if source is None:
        return "no 'by' agent in the passive" if passive else "no subject, own or inherited"
    if pattern.subjects and lemma_of(effective_head(source)) not in pattern.subjects:
        return f"the subject is not one of: {', '.join(pattern.subjects)}"
    targets = _verb_targets(token, pattern, obj, source, lexicon)
    commander = _self_act_commander(token, pattern, source, targets, obj)
    if commander is not None:  # "ordered the newspaper to suspend publication": the order coerces it
        return Candidate(token, pattern, tuple(conjuncts(commander)), (tuple(conjuncts(source)),), "active", obj,
                         via="+order")
    if not targets and _phrasal(pattern):
        return f"its sense needs a target after: {', '.join(pattern.target)}"
    if obj is not None and not _own_act(token, obj, lexicon) and not _voiced_stance(obj, pattern):
        owners = tuple(c for c in obj.children if c.dep_ == "poss")
        targets = targets + ((owners,) if owners else ())
    return Candidate(token, pattern, tuple(conjuncts(source)), targets,
                     "passive" if passive else "active", obj)


def _verb_targets(token: Token, pattern: Pattern, obj: Token | None, source: Token,
                  lexicon: Lexicon) -> tuple[tuple[Token, ...], ...]:
    """The verb's target options, best first: its slots (and those of its object's act noun),
    then the sides of its purpose, the one contacted, the enemy its doer fights, the objects of a
    hostile purpose, the occupants of what is hit, and whose matter an inquiry looks into."""
    named = obj is not None and not pattern.reverse  # a reverse act's object names no victim ("died in an attack on X")
    extra = tuple(slot for p in (lexicon.nouns(lemma_of(obj)) if named else ())
                  for slot in p.target if slot not in _NON_PREP_SLOTS)
    if named and "dobj" in pattern.target:
        extra += ("from", "of")  # "expelled diplomats from Argentina": whose diplomats
    targets = _targets(token, pattern, obj, lexicon, extra)
    if pattern.event in settings.PURPOSE_TARGET_TYPES:
        targets += tuple(o for o in (_purpose_sides(token, lexicon),) if o)
    # "called Erdogan to convey Pakistan's support": the one called hears it, failing a named target
    targets += tuple(o for o in (_contacted(token),) if o)
    if pattern.event in _YIELD_TYPES:  # "the coalition fighting the Houthis declared a truce"
        targets += tuple(o for o in (_fought(source, lexicon),) if o)
    if not targets and pattern.event in HOSTILE_TYPES:  # "fired tear gas to disperse crowds"
        targets = tuple(o for o in (_purpose_objects(token),) if o)
    if pattern.event in HOSTILE_TYPES:
        targets += occupants(targets)
    if pattern.mode == "investigate":  # "opened an inquiry into Navalny's death"
        targets += matter_parties(token, targets) + tuple(o for o in (_inquiry_destination(token),) if o)
    return targets


#: Types of giving way: with no other side named, a doer described by the fight it wages yields
#: to the enemy it fights.
_YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})


def _fought(source: Token, lexicon: Lexicon) -> tuple[Token, ...]:
    """The enemy the doer's own description names ("the coalition [fighting the Houthis]",
    "forces battling the Islamic State"), found by a participle the lexicon reads as an attack."""
    fights = [c for c in source.children if c.dep_ == "acl" and c.tag_ == "VBG"
              and any(p.event == "ASSAULT" for p in lexicon.verbs(lemma_of(c)))]
    return tuple(t for c in fights for o in children(c, "dobj") for t in conjuncts(o))


def _unless_object(verb: Token, pattern: Pattern) -> str:
    """The first of the pattern's ``unless_object`` lemmas that is the verb's object, direct or
    after one of its target prepositions ("fought the pandemic", "a fight against poverty"), or ""."""
    if not pattern.unless_object:
        return ""
    heads = [direct_object(verb)] + prep_objects(verb, tuple(s for s in pattern.target if s not in _NON_PREP_SLOTS))
    return next((n.lower_ for h in heads if h is not None for n in conjuncts(h)
                 if lemma_of(n) in pattern.unless_object or n.lower_ in pattern.unless_object), "")


def _act_doers(verb: Token, lexicon: Lexicon) -> tuple[Token, ...]:
    """The doer named on the attack a passive verb happened in ("were killed in an Israeli
    airstrike", "died during a Russian missile attack on Kyiv")."""
    for noun in prep_objects(verb, ("in", "during")):
        if {p.event for p in lexicon.nouns(lemma_of(noun))} & HOSTILE_TYPES:
            doers = noun_doers(noun)
            if doers:
                return tuple(doers)
    return ()


def _own_act(verb: Token, obj: Token, lexicon: Lexicon) -> bool:
    """True when the object names an act the subject performs or voices, so its owner is the
    doer and not the other side: "reiterated Egypt's support for", "announced its withdrawal"
    (but "rejected Trump's proposal", "condemned Russia's invasion" react to another's act).
    An act done to someone names them as its owner when no "of" phrase does: "ordered
    Navalny's release" frees Navalny (but "announced Iran's release of the sailors")."""
    if lemma_of(obj) in PATIENT_NOUNS and not prep_objects(obj, ("of",)):
        return False
    return bool(lexicon.nouns(lemma_of(obj))) and lemma_of(verb) not in REACTION_VERBS


def _voiced_stance(obj: Token, pattern: Pattern) -> bool:
    """True when the object is a stance the pattern's verb voices and its target comes after a
    preposition ("expressed Egypt's solidarity with Saudi Arabia", "conveyed Pakistan's
    gratitude to"): the possessor holds it and is no target."""
    return lemma_of(obj) in settings.STANCE_NOUNS and lemma_of(obj) in pattern.objects and "dobj" not in pattern.target


#: Act nouns whose possessor, with no "of" phrase, is the one the act is done to: "Navalny's
#: release", "the tanker's release", "Assange's extradition".
PATIENT_NOUNS = frozenset({
    "release", "freeing", "extradition", "deportation", "repatriation", "expulsion", "pardon",
    "acquittal", "arrest", "detention", "imprisonment", "execution", "reinstatement", "rescue",
})


_PURPOSE_PREPS = frozenset({"for", "against"})
_BORDER_PREPS = frozenset({"along", "near", "on", "at", "to", "toward", "towards", "across"})


#: Verbs of contact whose purpose clause is addressed to the one contacted.
_CONTACT_VERBS = frozenset({"call", "phone", "telephone", "ring", "visit", "meet", "receive", "write", "summon"})


def _contacted(verb: Token) -> tuple[Token, ...]:
    """The one a contact verb reached, for the act of its purpose clause ("Imran Khan called
    Erdogan to convey Pakistan's support", "Blinken visited Israel to express solidarity")."""
    purpose = verb.dep_ in ("xcomp", "advcl") and infinitive(verb)
    if not purpose or lemma_of(verb.head) not in _CONTACT_VERBS:
        return ()
    return tuple(t for o in slot_heads(verb.head, "dobj", None) for t in conjuncts(o))


#: Verbs that send people somewhere.
_SENDING_VERBS = frozenset({"send", "deploy", "dispatch"})


def _inquiry_destination(verb: Token) -> tuple[Token, ...]:
    """Where investigators were sent, for the inquiry of their purpose clause when what it looks
    into names no actor ("sent forensic teams to Kenya to investigate the bombing"): the inquiry
    is into what happened there."""
    purpose = verb.dep_ in ("xcomp", "advcl") and infinitive(verb)
    if not purpose or lemma_of(verb.head) not in _SENDING_VERBS:
        return ()
    return tuple(t for slot in ("to", "into") for o in prep_slot(verb.head, slot, None) for t in conjuncts(o))


#: Verbs of command: their object is made to do a coercive act to itself ("ordered the newspaper
#: to suspend publication"), and with the first two it undergoes the act of a bare past participle
#: ("ordered the activist jailed"); either way the commander coerces the one commanded.
_COMMAND_VERBS = frozenset({"order", "command", "force", "compel", "instruct", "direct", "tell"})
_ORDER_VERBS = frozenset({"order", "command"})


def _ordered_patient(verb: Token) -> Token | None:
    """The one a command makes undergo the act of a bare past participle: "ordered [the activist]
    jailed", "ordered [three journalists] detained" (the parser hangs the participle on the
    object, or makes the object its subject)."""
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "ccomp"  # the tagger's "detained"
    if not participle or children(verb, "aux", "auxpass", "mark"):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and lemma_of(verb.head.head) in _ORDER_VERBS:
        return verb.head
    if verb.dep_ not in ("ccomp", "oprd", "xcomp") or lemma_of(verb.head) not in _ORDER_VERBS:
        return None
    patient = next(iter(children(verb, "nsubj", "nsubjpass")), None) or direct_object(verb.head)
    return patient if patient is not None and patient.i > verb.head.i else None  # not "X was jailed, she ordered"


def _ordered_act(verb: Token, pattern: Pattern, patient: Token, obj: Token | None) -> Candidate | str:
    """The commander's act on the one a past participle says it ordered jailed, seized or expelled."""
    command = verb.head.head if verb.dep_ == "acl" else verb.head
    commander = agent_of(command) if is_passive(command) else subject_of(command)
    if commander is None:
        return "no one named gave the order"
    return Candidate(verb, pattern, tuple(conjuncts(commander)), (tuple(conjuncts(patient)),), "active", obj,
                     via="+order")


def _self_act_commander(verb: Token, pattern: Pattern, source: Token, targets: tuple[tuple[Token, ...], ...],
                        obj: Token | None) -> Token | None:
    """Who commanded a coercive act the commanded one does to itself or to nobody named
    ("ordered the BBC to suspend its broadcasts"): the subject of the command verb, else None."""
    command = verb.head
    if pattern.event != "COERCE" or verb.dep_ != "xcomp" or lemma_of(command) not in _COMMAND_VERBS \
            or source not in children(command, "dobj"):
        return None
    own = all(t == obj or t.dep_ == "poss" and t.pos_ == "PRON" for option in targets for t in option)
    return subject_of(command) if own else None


def _purpose_objects(verb: Token) -> tuple[Token, ...]:
    """The objects of the to-clause saying what a hostile act is for ("fired tear gas to
    disperse crowds"): who it is aimed at when no other side is named."""
    clauses = [c for c in children(verb, "xcomp", "advcl") if infinitive(c)]
    return tuple(t for c in clauses for o in children(c, "dobj") for t in conjuncts(o))


def _purpose_sides(verb: Token, lexicon: Lexicon) -> tuple[Token, ...]:
    """The other side of the fight a deployment prepares for ("mobilized troops for a ground
    offensive against Hezbollah") or of the border it guards ("massed troops along the border
    with Ukraine"), for the types of ``settings.PURPOSE_TARGET_TYPES``."""
    holders = [verb, *children(verb, "dobj")]
    found: list[Token] = []
    for prep in (p for h in holders for p in children(h, "prep")):
        for noun in children(prep, "pobj"):
            if prep.lower_ in _PURPOSE_PREPS:
                slots = {s for p in lexicon.nouns(lemma_of(noun)) if p.event in HOSTILE_TYPES for s in p.target}
                found += prep_objects(noun, tuple(slots - LOCATIVE))
            elif prep.lower_ in _BORDER_PREPS and lemma_of(noun) in ("border", "frontier"):
                found += prep_objects(noun, ("with",)) or prep_objects(verb, ("with",))  # the parser's attachment
    return tuple(t for head in found for t in conjuncts(head))


def attempts(token: Token, lexicon: Lexicon) -> list[tuple[Pattern, Candidate | str]]:
    """Every pattern of ``token``'s lemma, most specific first, with its candidate or the reason
    it does not match (``tidings explain`` shows these)."""
    lemma = lemma_of(token)
    if _is_verb(token):
        patterns, build = lexicon.verbs(lemma), _verb_candidate
    elif token.pos_ in ("NOUN", "PROPN"):
        patterns, build = lexicon.nouns(lemma), noun_candidate
    else:
        return []
    built = [(p, build(token, p, lexicon)) for p in sorted(patterns, key=_specificity, reverse=True)]
    # a pattern of another type naming the verb's own direct object ("withdrew [observers] from
    # the zone") rules out those whose object is only that of the particle's preposition
    own = direct_object(token) if build is _verb_candidate else None
    named = {p.event for p, c in built if isinstance(c, Candidate) and own is not None
             and c.consumed is not None and c.consumed.i == own.i}
    return [(p, f"'{own.lower_}' is the verb's object, not the object of '{p.particle}'"
             if isinstance(c, Candidate) and named - {p.event} and _beside_object(c) else c) for p, c in built]


def candidates_for(token: Token, lexicon: Lexicon) -> list[Candidate]:
    """Every pattern of ``token``'s lemma that matches, most specific first."""
    return [c for _, c in attempts(token, lexicon) if isinstance(c, Candidate)]


def find_candidates(sent: Span, lexicon: Lexicon) -> Iterator[list[Candidate]]:
    """For each predicate of the sentence, its matching candidates (best first)."""
    per_token = [found for found in (candidates_for(t, lexicon) for t in sent) if found]
    consumed = {c.consumed.i for found in per_token for c in found if c.consumed is not None}
    for found in per_token:
        if found[0].form == "nominal" and found[0].predicate.i in consumed:
            continue
        yield found
