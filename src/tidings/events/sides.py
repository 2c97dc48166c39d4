"""Sides no phrase names: the place an act is aimed at, the crowd, the state, the government,
the owner of seized property, the other half of a swap, the party a refusal waits for.

`ImpliedSides` is mixed into the event stage (`events/stage.py`): its methods use the stage's
resolver, gazetteer and ``_actors``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tidings import settings
from tidings.actors.coref import DocMemory
from tidings.actors.phrases import GROUP_PRONOUNS, PERSONAL_PRONOUNS, phrase_text
from tidings.events.attribution import report_verb
from tidings.events.candidate import Candidate
from tidings.events.factuality import stated_refusal
from tidings.events.holders import holder_words, owner_words, states_named, swapped_for
from tidings.events.placed import state_of
from tidings.events.readings import REFUSAL_CODE, event_id, recoded
from tidings.events.syntax import (agent_of, children, clause_tokens, direct_object, is_passive, passive_subject,
                                   prep_objects, subject_of)
from tidings.events.when import event_place
from tidings.nlp.tree import clause_head
from tidings.record import Actor, Document, Event, Location
from tidings.timeplace.places import locate_heads, locate_named

__all__ = ["ImpliedSides", "aimed_at_government", "object_not_an_actor", "same_actor"]


#: Property whose seizure or blockade is an act against its (unnamed) owner.
_PROPERTY = frozenset({"tanker", "ship", "vessel", "boat", "aircraft", "plane", "cargo", "shipment",
                       "ferry", "freighter", "truck", "convoy", "asset", "property", "embassy"})


def _open_target(event: Event) -> bool:
    """True when the event names no target or only the implied government ("+government"), which
    a side the text names, such as the one a refusal waits for, replaces."""
    return event.target is None or "+government" in event.rule


def aimed_at_government(cand: Candidate) -> bool:
    """True for protests and acts ending them, which with no target named are aimed at the
    government of where they happen (``settings.GOVERNMENT_TARGET_TYPES`` and ``_CODES``)."""
    pattern = cand.pattern
    return pattern.event in settings.GOVERNMENT_TARGET_TYPES or pattern.cameo in settings.GOVERNMENT_TARGET_CODES


def object_not_an_actor(cand: Candidate) -> bool:
    """True when a verb whose target is its direct object has an object that names no actor
    ("released the results" is not a release of captives)."""
    if cand.consumed is not None or cand.form == "nominal" or "dobj" not in cand.pattern.target:
        return False
    if cand.pattern.event == "ASSAULT":  # attacks on places and property are events ("shelled the port")
        return False
    obj = direct_object(cand.predicate)
    if obj is not None and cand.pattern.event == "COERCE" and obj.lemma_.lower() in _PROPERTY:
        return False  # "Iran's navy seized a foreign tanker"
    return obj is not None and obj.pos_ != "PRON"


def _protested_thing(cand: Candidate) -> Token | None:
    """What a protest with no actor as target is aimed at: its direct object ("boycotted the
    poll") or its "against" phrase ("a demonstration against the pension reform"), not a place
    it happens at ("outside the embassy")."""
    if object_not_an_actor(cand):
        return direct_object(cand.predicate)
    return next((h for option in cand.targets for h in option if h.head.lower_ == "against"), None)


def _promised_act(head: Token) -> list[Token]:
    """The tokens of the act an AGREE predicate commits to: its to-clause ("agreed to build a
    port at Gwadar", "a pledge to rebuild schools in Gaza") or its to-phrase ("agreed to a
    truce in Donbas"). The place of the agreeing itself ("agreed in Geneva") is left out: a
    promise is aimed at the place of the promised act, as for the act itself."""
    acts = [c for c in head.children if c.dep_ in ("xcomp", "acl") or c.dep_ == "prep" and c.lower_ == "to"]
    return [t for c in acts for t in (list(c.subtree) if c.dep_ == "prep" else clause_tokens(c))]


def _until_clauses(predicate: Token) -> list[Token]:
    """The clauses an act waits for ("until the government pays and the army withdraws")."""
    out = []
    for clause in children(clause_head(predicate), "advcl"):
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if marks & {"until", "unless", "before", "till"}:
            out += [clause, *children(clause, "conj")]
    return out


def same_actor(a: Actor, b: Actor) -> bool:
    """The same actor: same code, name and organisation; two unnamed groups are the same only
    when named alike ("a mob" lynching "a man" are two, though both PAK CVL) or when one is a
    pronoun that resolved to the other ("the rebels laid down their weapons": their own)."""
    if (a.code, a.org) != (b.code, b.org):
        return False
    if a.name != b.name:
        return _refers_to(a, b) or _refers_to(b, a)
    return bool(a.name or a.org) or a.text.lower() == b.text.lower()


def _refers_to(pronoun: Actor, actor: Actor) -> bool:
    """True for a pronoun resolved to ``actor``'s own mention ("their" → "the rebels")."""
    return pronoun.text.lower() in GROUP_PRONOUNS | PERSONAL_PRONOUNS and pronoun.name is not None \
        and pronoun.name.lower() == actor.text.lower()


#: Prepositions whose object is another event the act follows or meets ("following an attack in Tripoli").
_OTHER_EVENT_PREPS = frozenset({"following", "after", "before", "amid", "despite", "since"})


def _own_place_tokens(head: Token) -> list[Token]:
    """The words of the clause of ``head`` that may name where its act happens, without its
    subject (where the doer is from) and the phrases of another event it follows or meets: "the
    government in Libya suspended the talks in Geneva following an attack on a port in Tripoli"
    happened in Geneva."""
    phrases = [p for p in children(head, "prep") if p.lower_ in _OTHER_EVENT_PREPS] + children(head, "nsubj")
    other = {t.i for p in phrases for t in p.subtree}
    return [t for t in clause_tokens(head) if t.i not in other]


def _shared_place_tokens(head: Token) -> list[Token]:
    """The words of the verbs coordinated with ``head`` that share its subject, where the parser
    hangs a place the acts share ("shelled and fired small arms at posts in Poonch district")."""
    verbs = [c for c in children(head, "conj") if c.pos_ == "VERB" and not children(c, "nsubj", "nsubjpass")]
    if head.dep_ == "conj" and head.head.pos_ == "VERB" and not children(head, "nsubj", "nsubjpass"):
        verbs.append(head.head)
    return [t for verb in verbs for t in clause_tokens(verb)]


class ImpliedSides:
    """The stage's readers of sides no phrase names (a mixin of `EventStage`)."""


    def _place_targets(self, cand: Candidate, countries: set[str], sources: list[Actor]) -> list[Actor]:
        """For material acts with no actor as target, the country of the place the act is aimed
        at ("declared a ceasefire in Yemen", "shelled a market in Idlib", "a state of siege in
        Pando"), as event data sets code it: first a place in the slot the act aims at ("withdrew
        its peacekeepers from the Golan Heights"), else where it happens. Verbal acts and meetings
        never take a place, except a promise, which takes the place of the act promised ("agreed
        to a truce in Donbas")."""
        head = clause_head(cand.predicate)
        aimed: list[Token] = []
        if cand.pattern.event == "AGREE":
            tokens = _promised_act(head)
        elif cand.pattern.event in settings.PLACE_TARGET_TYPES and not object_not_an_actor(cand) \
                and not aimed_at_government(cand):
            tokens, aimed = _own_place_tokens(head), [h for option in cand.targets for h in option]
        else:
            return []
        purpose = [t for c in head.children if c.dep_ in ("xcomp", "advcl") for t in clause_tokens(c)]
        if cand.pattern.event in ("AID", "RETREAT", "CONCEDE"):  # "gave 350 million euros to promote
            tokens += purpose  # investment in Ethiopia", "opened the Rafah crossing to let aid trucks into Gaza"
        elif cand.pattern.event == "MOBILIZE":  # "put a brigade in Italy on alert to fly into Lebanon"
            tokens = purpose + tokens
        obj = direct_object(head)  # "struck a bus carrying pilgrims through Kabul": where the thing hit was;
        # "lifted restrictions on [the right] to travel to Cuba": where the act in the slot aimed at goes
        nouns = ([obj] if obj is not None else []) + aimed
        tokens += [t for n in nouns for c in n.children if c.dep_ == "acl" for t in clause_tokens(c)]
        weak = {a.country for a in sources if a.country}
        # the slot aimed at, else where the act happens, else where the acts done with it happen
        found = locate_heads(aimed, countries, self.gazetteer, weak) or \
            locate_named(tokens, countries, self.gazetteer, weak) or \
            locate_named(_shared_place_tokens(head), countries, self.gazetteer, weak)
        if found is None or found[0].country is None or settings.WATERS & set(found[0].name.lower().split()):
            return []  # a ship hit in the Red Sea is not an attack on a coastal state
        if any(s.code == found[0].country for s in sources):
            return []  # "North Korea opened its borders to Kaesong": a state's own place is no other side
        return [state_of(*found)]

    def _voiced(self, predicate: Token, sources: list[Actor], day: str | None, memory: DocMemory) -> list[Actor]:
        """A threat or offer is the speech act of whoever voices it for their state: "Rouhani
        warned that Iran would respond if …" is a threat by Rouhani (IRN GOV), not by "Iran"."""
        verb = predicate.head if predicate.dep_ == "ccomp" else report_verb(predicate)  # "warned that …"
        speaker = subject_of(verb) if verb is not None and verb is not predicate else None
        if speaker is None or len(sources) != 1 or sources[0].agent or sources[0].org:
            return sources
        found = self._actors((speaker,), day, memory, first_only=True)
        voiced = found and found[0].country == sources[0].country and found[0].agent in ("GOV", "MIL")
        return found[:1] if voiced else sources

    def _owners(self, verb: Token) -> list[Actor]:
        """The state whose nationality word names the owner of property seized or frozen."""
        return states_named(owner_words(verb, _PROPERTY), self.resolver.kb)[:1]

    def _exchanged(self, cand: Candidate, events: list[Event], day: str | None, memory: DocMemory) -> list[Event]:
        """The other half of a swap: "Hamas is to release 50 hostages in exchange for 150
        Palestinian prisoners held in Israeli prisons" is also a release by Israel (rule
        ``…+exchange``), with the first release's factuality and date, placed in the holder's
        country; with no holder named, the state of those first released holds the others
        ("freed 50 Russian soldiers in exchange for 40 Ukrainian soldiers")."""
        swapped = swapped_for(cand.predicate) if events and events[0].event_type == "RETREAT" else None
        words = holder_words(swapped) if swapped is not None else []
        holders = states_named(words, self.resolver.kb) or self._actors(tuple(words), day, memory)
        first = events[0].target if events else None
        if swapped is not None and not holders and first is not None and first.country:
            # "freed 50 Russian soldiers in exchange for …": Russia holds the others
            holders = [Actor(first.country, None, first.country, None, None, first.country)]
        holders = holders[:1]
        freed = self._actors((swapped,), day, memory) if holders else []
        rule = f"{events[0].rule}+exchange" if events else ""
        where = Location(holders[0].name or holders[0].text, holders[0].country) if holders else None
        return [replace(events[0], source=holders[0], target=t, rule=rule, location=where,  # in the holder's hands
                        event_id=event_id(events[0].doc_id, events[0].span, rule, holders[0], t)) for t in freed[:1]]

    def _state(self, verb: Token, countries: set[str]) -> list[Actor]:
        """The state of the place where someone was arrested, jailed or deported with no doer
        named ("Victoire Ingabire was arrested in Rwanda" → RWA), or of the place someone was
        deported or expelled from ("were expelled from Iran" → IRN): only states do these acts."""
        left = locate_heads(prep_objects(verb, ("from",)), countries, self.gazetteer)
        place = left[0] if left is not None else event_place(verb, countries, self.gazetteer, (), sentence=False)
        waters = settings.WATERS & {t.lower_ for t in clause_tokens(verb)}  # "seized in the Gulf of Oman"
        if place is None or place.country is None or waters:
            return []
        return [state_of(place)]

    def _crowd(self, noun: Token, countries: set[str]) -> list[Actor]:
        """The people of the place where a protest with no doer named happens ("protests broke out
        in Saqqez" → IRN CVL, "police dispersed the protests in Nairobi" → KEN CVL): protest is
        what civilians do unless the text names others."""
        place = event_place(noun, countries, self.gazetteer, ())
        if place is None or place.country is None:
            return []
        return [Actor(noun.text, None, place.country, "CVL", None, f"{place.country}CVL")]

    def _government(self, sources: list[Actor], location: Location | None, cand: Candidate) -> list[Actor]:
        """The government of the country where people of that country protest, when they name
        no other target: domestic protest is aimed at the state unless the text says otherwise.
        A protest whose object names no actor ("boycotted the presidential poll", "picketed the
        new labour law") is aimed at the government whose election or measure it is; the actor
        keeps the words the text uses for that object, as a place target keeps the place's."""
        source = sources[0]
        country = location.country if location is not None and location.country else source.country
        if country is None or source.country not in (None, country) or source.agent not in settings.CIVIL_SECTORS:
            return []
        name = self.resolver.kb.country_names.get(country, country)
        obj = _protested_thing(cand)
        text = phrase_text(obj) if obj is not None else f"the {name} government"
        return [Actor(text, name, country, "GOV", None, f"{country}GOV")]

    def _refusals(self, cand: Candidate, events: list[Event], day: str | None, memory: DocMemory) -> list[Event]:
        """A cooperative act its actor says it will not do ("Iran said it would not negotiate
        with Washington") is also a REJECT of the other side (CAMEO 12), besides the negated act."""
        if not events or events[0].factuality != "negated" or not stated_refusal(cand.predicate):
            return []
        party = self._until_party(cand.predicate, day, memory) if any(map(_open_target, events)) else None
        party = None if party is not None and any(same_actor(party, e.source) for e in events) else party
        events = [replace(e, target=party) if _open_target(e) and party is not None else e for e in events]
        return [recoded(e, REFUSAL_CODE, "refusal") for e in events
                if e.target is not None and e.quad_class in (1, 2)]

    def _until_party(self, predicate: Token, day: str | None, memory: DocMemory) -> Actor | None:
        """The side whose act a refusal waits for: "will not end the strike until the government
        pays", "… until their demands are met by the authorities", "… before the pay system is
        reviewed and the management is sacked" (with no agent, the one the passive acts on)."""
        for clause in _until_clauses(predicate):
            doers = [(agent_of(clause) or passive_subject(clause)) if is_passive(clause) else subject_of(clause)]
            if doers[0] is not None and doers[0].pos_ == "PRON":  # "until he is satisfied Vietnam is doing …"
                doers += [subject_of(c) for a in [clause, *children(clause, "acomp")] for c in children(a, "ccomp")]
            for doer in doers:
                found = self._actors((doer,), day, memory, first_only=True, loose=True) if doer is not None else []
                if found and found[0].known and not (doer.pos_ == "PRON" and len(doers) > 1):
                    return found[0]
        return None

    def _dateline_place(self, record: Document) -> Location | None:
        """The place of the article's dateline ("CARACAS, June 12 (Reuters) -"): the fallback
        for events whose sentence names none."""
        name = record.metadata.get("dateline_place") if record.metadata else None
        place = self.gazetteer.lookup(name) if name else None
        return Location(place.name, place.country, place.lat, place.lon) if place is not None else None
