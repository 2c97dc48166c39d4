"""Nominal events: an act noun of the lexicon ("US sanctions against Iran", "talks between A
and B", "the ceasefire took effect") with its doer and target phrases.

The doer is a possessor, a named modifier, a "by" (or "from") phrase, or the subject of the
verb the noun is the object or purpose of; the target comes from the pattern's prepositions.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings import settings
from tidings.events.candidate import HOSTILE_TYPES, XCOMP_PREPS, Candidate, has_modifiers, lemma_of, modified_by
from tidings.events.factuality import happening
from tidings.events.holders import matter_parties, occupants
from tidings.events.lexicon import Lexicon, Pattern
from tidings.events.syntax import (agent_of, children, conjuncts, infinitive, is_passive, occasion, prep_objects,
                                   subject_of)

__all__ = ["noun_candidate", "noun_doers", "in_force", "REACTION_VERBS"]


_NOUN_SOURCE_DEPS = ("poss", "compound", "amod", "nmod")


def _that_clause_subjects(noun: Token) -> list[Token]:
    """The subjects of a noun's that-clause, who are to act: "Washington's demand that Tehran
    halt enrichment", "the call that the president resign"."""
    return [s for c in children(noun, "acl", "ccomp", "relcl") if any(m.lower_ == "that" for m in children(c, "mark"))
            for s in children(c, "nsubj")]


def _to_clause_objects(noun: Token) -> list[Token]:
    """The objects of a noun's to-clause, whom the act it names is aimed at: "Turkey's refusal to
    recognise Cyprus", "Iran's refusal to negotiate with Washington"."""
    clauses = [c for c in children(noun, "acl") if infinitive(c)]
    return [t for c in clauses for o in children(c, "dobj") + prep_objects(c, XCOMP_PREPS) for t in conjuncts(o)]


#: Types whose event nouns take their doer from a "from" phrase: "a request from London", "an
#: invitation from Putin", "aid from China" (not "a withdrawal from Syria").
_FROM_SOURCE_TYPES = frozenset({"REQUEST", "AGREE", "SUPPORT", "AID", "THREATEN", "ACCUSE", "REJECT", "CONSULT"})


def _descriptive(modifier: Token) -> bool:
    """A modifier that describes the act rather than naming its doer: an adjective ("strong
    condemnation", "a full investigation"; but "Iranian attack", "U.S. sanctions" name one), a
    length of time ("a three-day visit", "a 24-hour strike") or a means ("a phone call")."""
    return modifier.dep_ == "amod" and modifier.pos_ == "ADJ" and not modifier.ent_type_ \
        or modifier.lemma_.lower() in settings.TIME_UNITS | settings.MEANS_NOUNS


def noun_doers(token: Token, preps: tuple[str, ...] = ("by",)) -> list[Token]:
    """Heads naming the doer of the act a noun names: objects of ``preps`` ("the attack by
    rebels", "a request from London") first, then modifiers ("Russia's invasion", "U.S.
    sanctions"), never a describing adjective ("strong condemnation")."""
    found = [o for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
             for o in p.children if o.dep_ == "pobj"]
    owners = [c for c in token.children if c.dep_ in _NOUN_SOURCE_DEPS and not _descriptive(c)]
    split = token.dep_ == "conj" and token.i > 0 and token.doc[token.i - 1].dep_ == "conj" \
        and token.doc[token.i - 1].head.i == token.head.i  # the parser's "Israel's air and ground [offensive]"
    if not owners and split:
        owners = [c for c in token.head.children if c.dep_ == "poss"]
    if "by" in preps and not any(p.lower_ == "by" for p in token.children):
        found = _complement_agents(token) + found  # "an offer of talks by Washington"
    return found + owners


def _complement_agents(token: Token) -> list[Token]:
    """The "by" phrase the parser hangs on the noun's "of"/"for" complement when the noun has none:
    in "an offer of talks by Washington" and "the killing of civilians by soldiers" it names the
    doer of the outer act, not the talks' or the civilians'."""
    inner = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return [a for o in inner for p in o.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for a in p.children if a.dep_ == "pobj"]


def _noun_sources(token: Token, pattern: Pattern) -> list[Token]:
    return noun_doers(token, ("by", "from") if pattern.event in _FROM_SOURCE_TYPES else ("by",))


#: Verbs whose subject reacts to the act named by their object noun ("condemned the attack")
#: rather than performing it ("launched an attack", "adopted a package of sanctions").
REACTION_VERBS = frozenset({
    "condemn", "criticise", "criticize", "denounce", "deny", "welcome", "praise", "reject",
    "protest", "decry", "slam", "blame", "accuse", "investigate", "probe", "support", "back",
    "oppose", "mourn", "report", "confirm", "fear", "survive", "suffer", "witness", "document",
    "hail", "applaud", "regret", "deplore", "question", "dispute", "challenge", "denied",
    "receive", "accept", "refuse", "decline", "ignore", "heed", "answer", "grant", "approve",
    "consider", "rebuff", "spurn", "dismiss", "turn", "respond",
})


def _trip_purpose(node: Token) -> bool:
    """True for the object of a trip's "for" phrase."""
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ in ("VERB", "AUX") \
        and lemma_of(prep.head) in settings.TRIP_VERBS


#: Verbs that link their subject to a noun naming what the subject is ("Japan is the largest donor").
_COPULAS = frozenset({"be", "remain", "become"})

#: Types whose act nouns so linked name a standing role ("the biggest donor to Cambodia"); others
#: so linked are judgements ("China is a threat to Taiwan", "the ban is an attack on free speech").
_ROLE_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID"})


def _described(noun: Token, pattern: Pattern) -> list[Token]:
    """Whom an act noun of ``_ROLE_TYPES`` describes as its doer: the subject of "be", "remain" or
    "become" ("Japan has long been the biggest donor to Cambodia") or the name it stands beside
    ("Japan, a major donor to Cambodia")."""
    if pattern.event not in _ROLE_TYPES:
        return []
    if noun.dep_ == "attr" and lemma_of(noun.head) in _COPULAS:
        subject = subject_of(noun.head)
        return list(conjuncts(subject)) if subject is not None else []
    return list(conjuncts(noun.head)) if noun.dep_ == "appos" else []


#: Verbs whose subject owns up to the act named after "responsibility for" ("the Pakistani Taliban
#: claimed responsibility for the bombing"); denials are not among them.
_OWNING_VERBS = frozenset({"claim", "admit", "accept", "acknowledge", "take", "bear"})


def _answerable(noun: Token, pattern: Pattern) -> list[Token]:
    """Who answers for the hostile act a noun names: "Boko Haram was responsible for the killings
    in Borno", "al-Shabaab claimed responsibility for the attack" (not "Kyiv held Moscow
    responsible for", an accusation, nor "denied responsibility for"; and no duty such as "is
    responsible for aid to refugees")."""
    node = noun.head if noun.dep_ == "conj" else noun  # "responsible for killings and beheadings"
    if pattern.event not in HOSTILE_TYPES or node.dep_ != "pobj" or node.head.lower_ != "for":
        return []
    owner = node.head.head
    owning = owner.lower_ == "responsible" and owner.dep_ == "acomp" and lemma_of(owner.head) in _COPULAS \
        or owner.lemma_.lower() == "responsibility" and owner.dep_ == "dobj" and lemma_of(owner.head) in _OWNING_VERBS
    subject = subject_of(owner.head) if owning else None
    return list(conjuncts(subject)) if subject is not None else []


#: Verbs and the preposition after which they name what their subject pays for: "paid for food
#: aid for Yemen", "spent €2 billion on aid to Syrian refugees".
_FUNDING = frozenset({("pay", "for"), ("spend", "on")})


def _funding_verb(noun: Token, pattern: Pattern) -> Token | None:
    """The verb by which its subject pays for the aid a noun names ("paid for food aid", "spent
    €2 billion on aid"); the parser often hangs the aid's recipient on it."""
    if pattern.event != "AID" or noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    return verb if (lemma_of(verb), noun.head.lower_) in _FUNDING else None


def _governor_subject(noun: Token) -> list[Token]:
    """The doer of a nominal event without its own: the subject of the verb whose object it is
    ("the EU adopted a package of sanctions against Russia") or of the trip it is the purpose of
    ("a Hamas delegation arrived in Cairo for talks with Egyptian officials"), or of the clause
    on a trip or at a meeting ("is on a visit to Japan", "at a meeting with Trudeau, Biden …")."""
    node = noun
    for _ in range(3):
        if _trip_purpose(node) or node.dep_ == "pobj" and occasion(node.head):
            subject = subject_of(node.head.head)
            return list(conjuncts(subject)) if subject is not None else []
        if node.dep_ in ("dobj", "nsubjpass") and lemma_of(node.head) not in REACTION_VERBS:
            verb = node.head
            subject = agent_of(verb) if is_passive(verb) else subject_of(verb)
            return list(conjuncts(subject)) if subject is not None else []
        if node.dep_ == "pobj" and node.head.lower_ == "of" or node.dep_ == "conj":
            node = node.head.head if node.dep_ == "pobj" else node.head  # "its rejection and condemnation of"
            continue
        return []
    return []


def _held_under(noun: Token) -> tuple[Token, ...]:
    """Who is held under the act a noun names: the subject of "is (remains, came) under
    investigation", the object of "placed X under sanctions"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return ()
    verb = noun.head.head
    held = children(verb, "dobj") or children(verb, "nsubj", "nsubjpass")
    return tuple(t for h in held for t in conjuncts(h))


def _receiver(noun: Token) -> tuple[Token, ...]:
    """Who gets the act a "from" phrase sends: the subject of the verb that receives, accepts or
    refuses it ("Pakistan refused a request from New Delhi")."""
    if noun.dep_ != "dobj" or lemma_of(noun.head) not in REACTION_VERBS:
        return ()
    subject = subject_of(noun.head)
    return tuple(conjuncts(subject)) if subject is not None else ()


def noun_candidate(token: Token, pattern: Pattern, lexicon: Lexicon) -> Candidate | str:
    if not has_modifiers(token, pattern.modifiers):
        return f"no modifier '{' '.join(pattern.modifiers)}'"
    if modified_by(token, pattern.unless_modifier):
        return f"'{modified_by(token, pattern.unless_modifier)} {token.lower_}' is another act"
    # the thing the act is done to ("a suspension of [aid] to Tanzania", "the lifting of [sanctions] on Iran")
    complements = [o for o in prep_objects(token, ("of",)) if o.pos_ == "NOUN"]
    consumed = next((o for o in complements if lemma_of(o) in pattern.objects or any(
        c.dep_ == "compound" and lemma_of(c) in pattern.objects for c in o.children)), None)
    if pattern.objects and consumed is None:
        return f"no 'of' complement one of: {', '.join(pattern.objects)}"
    if "between" in pattern.target:
        sides = [t for o in prep_objects(token, ("between",)) for t in conjuncts(o)]
        if len(sides) >= 2:
            return Candidate(token, pattern, (sides[0],), (tuple(sides[1:]),), "nominal")
    funding = _funding_verb(token, pattern)  # "spent €2 billion on aid to X": the parser's attachment
    options = _noun_options(token, pattern, complements, funding)
    modifiers = {m for m in pattern.modifiers}
    sources = [s for s in _noun_sources(token, pattern) if not {lemma_of(s), s.lower_} & modifiers]
    if not sources and not options and in_force(token, pattern):
        return Candidate(token, pattern, (), (), "nominal", consumed)  # "the ceasefire took effect": the story's
    if not sources:
        funder = subject_of(funding) if funding is not None else None
        sources = _governor_subject(token) or _described(token, pattern) or _answerable(token, pattern) \
            or list(conjuncts(funder) if funder else ())
    elif not options and any(p.lower_ == "from" for p in children(token, "prep")):
        options = tuple(o for o in (_receiver(token),) if o)  # "received an invitation from Putin"
    if not sources and pattern.event in settings.GOVERNMENT_TARGET_TYPES and _occurs(token):
        return Candidate(token, pattern, (), options, "nominal", consumed)  # "protests erupted in Tehran": a crowd
    if not options:
        return f"a nominal event needs a target after: {', '.join(pattern.target)}"
    if not sources:
        return "no possessor, modifier, 'by' phrase or governing subject names the doer"
    if pattern.event in HOSTILE_TYPES:
        options += occupants(options)
    return Candidate(token, pattern, tuple(sources), options, "nominal", consumed)


def _noun_options(token: Token, pattern: Pattern, complements: list[Token],
                  funding: Token | None) -> tuple[tuple[Token, ...], ...]:
    """The act noun's target options: its slots' objects on the noun, on the verb that performs
    it, on its "of" complement or on the verb that funds it; failing those, the subject of its
    that-clause, the objects of its to-clause, who is held under it, and whose matter an inquiry
    looks into."""
    options: tuple[tuple[Token, ...], ...] = ()
    performed = token.dep_ == "dobj" and lemma_of(token.head) not in REACTION_VERBS  # not "blamed the attack on"
    holders = (token, token.head) if token.dep_ == "conj" or performed else (token,)  # "its rejection and
    holders += tuple(complements) + ((funding,) if funding is not None else ())  # "suspension of [aid to X]"
    for holder in holders:  # condemnation of X"; the parser's "resumed [arms sales] to Saudi Arabia"
        options = tuple(tuple(t for o in prep_objects(holder, (slot,)) for t in conjuncts(o) if t.i != token.i)
                        for slot in pattern.target if slot not in ("dobj", "dative", "xcomp-dobj", "between"))
        options = tuple(o for o in options if o)
        if options:
            break
    if not options and "ccomp-subj" in pattern.target:
        options = tuple(o for o in (tuple(_that_clause_subjects(token)),) if o)
    if not options and "xcomp-dobj" in pattern.target:
        options = tuple(o for o in (tuple(_to_clause_objects(token)),) if o)
    if not options:  # "the former mayor is under investigation by anti-graft police"
        options = tuple(o for o in (_held_under(token),) if o)
    if pattern.mode == "investigate":  # "the inquiry into whether the envoy was spied on"
        options += matter_parties(token, options)
    return options


def _occurs(noun: Token) -> bool:
    """True for an act noun that is said to happen, with no doer named: "protests broke out",
    "demonstrations spread to dozens of cities", "there were protests in Lima"."""
    if noun.dep_ == "nsubj":
        return happening(noun.head)  # (also "protests took place in Lima")
    return noun.dep_ == "attr" and any(c.lower_ == "there" for c in noun.head.children)


def in_force(noun: Token, pattern: Pattern) -> bool:
    """A ceasefire named with no sides as the subject of coming into force or of being extended:
    "the ceasefire will take effect", "the truce held", "came into force", "the truce was
    extended" (not "talks on a ceasefire"). The stage gives it the story's two sides."""
    verb = noun.head
    if pattern.mode == "ceasefire" and noun.dep_ == "nsubjpass" and lemma_of(verb) in ("extend", "renew", "prolong"):
        agent = agent_of(verb)  # "the truce can be extended by one day": a ceasefire again
        return agent is None or agent.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY") \
            or agent.lemma_.lower() in settings.TIME_UNITS
    if pattern.mode != "ceasefire" or noun.dep_ != "nsubj" or lemma_of(verb) not in settings.IN_FORCE_VERBS:
        return False
    if lemma_of(verb) == "take":
        return any(lemma_of(c) == "effect" for c in verb.children if c.dep_ == "dobj")
    if lemma_of(verb) in ("come", "enter", "go"):
        return any(c.lower_ == "into" for c in verb.children if c.dep_ == "prep")
    return True
