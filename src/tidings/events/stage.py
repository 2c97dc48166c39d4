"""The event stage: a callable from a parsed :class:`Document` to the same document with events.

``match`` computes the events of a parse (candidates → actors → factuality, attribution, date,
place); ``set_annotations`` writes them onto the record. Nothing is written while computing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from tidings import settings
from tidings.actors import ActorResolver, load_kb
from tidings.actors.coref import DatedAct, DocMemory, both_sides, counterpart, observe, story_sides
from tidings.actors.resolve import phrase_tokens
from tidings.codes import cameo_code
from tidings.events.attribution import Report, find_report, report_verb
from tidings.events.blame import blame_candidates
from tidings.events.candidate import has_modifiers, modified_by
from tidings.events.conditional import conditional_candidates
from tidings.events.demands import demand_candidates
from tidings.events.evaluations import evaluation_candidates, stance_candidates
from tidings.events.extract import Candidate, find_candidates
from tidings.events.factuality import factuality, requested
from tidings.events.holders import owners_of
from tidings.events.lexicon import Lexicon, load_lexicon
from tidings.events.nominal import in_force, noun_doers
from tidings.events.placed import population
from tidings.events.readings import (courtesy_call, crowd_protest, demonstration, event_id, intents, labour_strike, official_protest,
                                     own_condition, peacekeeping, riot, show_of_force, verbal_attack)
from tidings.events.sides import ImpliedSides, aimed_at_government, object_not_an_actor, same_actor
from tidings.events.syntax import agent_of, conjuncts, is_passive, prep_objects, subject_of
from tidings.events.when import carried_date, event_date, event_place
from tidings.record import Actor, Attribution, Document, Event, Location
from tidings.timeplace.places import Gazetteer, load_gazetteer, place_of_sentence

__all__ = ["EventStage"]


#: Nouns for acts that are not in the lexicon but whose doer is the target when they are
#: criticised, rejected or praised ("condemned Israel's decision").
_EVENT_NOUNS = frozenset({"decision", "action", "handling", "policy", "move", "behaviour", "behavior",
                          "conduct", "stance", "plan", "proposal", "role", "response", "treatment",
                          "statement", "remark", "comment", "election", "law", "bill", "program",
                          "programme", "involvement", "presence", "interference", "aggression",
                          "request", "demand", "call", "invitation", "offer", "attempt", "declaration",
                          "announcement", "initiative", "idea", "claim", "allegation", "suggestion",
                          "motion", "petition", "bid", "effort", "measure", "order", "ruling",
                          "verdict", "ultimatum", "reform", "approach", "strategy",
                          "rhetoric", "ambition", "vision", "roadmap", "draft",
                          "blueprint", "scheme", "project", "budget", "legislation", "regulation",
                          "decree", "amendment", "resolution", "nomination", "candidacy", "plea",
                          "failure", "refusal", "inaction", "silence", "reluctance"})

#: Types whose object is never an act: a visit, a meeting or aid is not aimed at someone's
#: proposal ("welcomed Trump's invitation" is no visit by Trump). The other types may target
#: the doer of the act they are about ("rejected London's request", "broke up a rally by
#: farmers").
_ACTOR_ONLY_TYPES = frozenset({"CONSULT", "COOPERATE", "AID", "MOBILIZE"})

#: Prepositions after an act noun that name whom the act concerns.
_ACT_PREPS = frozenset({"of", "for", "with", "against", "on", "in", "to"})
#: Prepositions naming the sides of a mutual act ("talks between Kyiv and Moscow").
_PARTY_PREPS = ("between", "among", "amongst")

#: Types that commonly stand without a recipient: the reading preferred when none is found.
_NO_RECIPIENT_TYPES = frozenset({"PROTEST", "MOBILIZE", "RETREAT", "CONCEDE", "AGREE"})

_FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})
#: How many sentences back "the attack", "the talks" look for the event they refer to.
_RECENT_SENTENCES = 2
#: Candidate forms whose act is the statement itself: a conditional threat, a reported demand.
_STATED_FORMS = frozenset({"conditional", "demand"})

#: Sectors that act inside one country: without a named country they take the event's place.
_DOMESTIC = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SPY", "PTY", "MED",
                       "BUS", "CVL", "REF", "HRI", "LAB", "EDU", "HLH", "CRM", "ELI", "REL", "AGR"})


_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _with_country(actor: Actor, country: str | None) -> Actor:
    if country is None or actor.country or actor.org or actor.agent not in _DOMESTIC:
        return actor
    return Actor(actor.text, actor.name, country, actor.agent, None, f"{country}{actor.agent}")


def _place_sectors(sources: list[Actor], targets: list[Actor], location: Location | None,
                   countries: Counter) -> tuple[list[Actor], list[Actor]]:
    """Give "police", "protesters", "the government" without a country one. Society and police
    ("protesters", "officers") take the country of the event's place, else of the state actor
    on the other side; state bodies ("the government", "the army") take the document's most
    mentioned country, as governments often act abroad ("the government and the ELN opened talks
    in Caracas")."""
    def fallback(actor: Actor, others: list[Actor]) -> str | None:
        here = location.country if location is not None else None
        main = countries.most_common(1)[0][0] if countries else None
        if actor.agent in _STATE - {"COP"}:
            return main or here or next((a.country for a in others if a.country), None)
        states = [a.country for a in others if a.country and (a.agent in _STATE or a.agent is None and not a.org)]
        return here or (states[0] if states else None) or main

    return ([_with_country(a, fallback(a, targets)) for a in sources],
            [_with_country(a, fallback(a, sources)) for a in targets])


def _with_agency(report: Report | None, record: Document) -> Attribution | None:
    """The event's attribution; in a wire story ("CARACAS, June 12 (Reuters) -") the agency of
    the dateline is the reporter when the sentence names no outlet."""
    found = report.attribution if report else None
    agency = record.metadata.get("dateline_agency") if record.metadata else None
    if not agency or found is not None and found.reporter:
        return found
    return Attribution(agency, found.speaker if found else None)


def _place_not_seat(head: Token, actor: Actor) -> Actor:
    """A capital after "in" or "at" is the place, not the government it stands for elsewhere
    ("extended the curfew in Bangkok" → THA, "fired missiles at Kyiv" → UKR, even when the
    tagger names no place; but "talks with Bangkok" → THA GOV, "hit back at Macron" → FRA GOV)."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "at", "across", "throughout") \
            or head.ent_type_ not in ("GPE", "LOC", "") or head.pos_ != "PROPN" or actor.agent != "GOV" or actor.org:
        return actor
    return Actor(actor.text, actor.name, actor.country, None, None, actor.country)


def _definite(noun: Token) -> bool:
    """"the strike", "these attacks": a definite event noun points back to an act told earlier
    anywhere in the story; an indefinite one only to the last few sentences."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in noun.children)


def _judged(lexical: list[list[Candidate]], judged: list[list[Candidate]]) -> tuple[list, list]:
    """An evaluation replaces the other readings of its verb ("called the strike barbaric" is
    no call for a strike), unless the lexicon reads the verb as the same type already."""
    kinds = {found[0].predicate.i: found[0].pattern.event for found in lexical}
    judged = [found for found in judged if kinds.get(found[0].predicate.i) != found[0].pattern.event]
    verbs = {found[0].predicate.i for found in judged}
    return [found for found in lexical if found[0].predicate.i not in verbs], judged


def _same_act(cand: Candidate, codes: set[str], memory: DocMemory) -> bool:
    """True when the sentence before told an act of the same kind with a shared actor
    ("Shoigu signed the agreement with Akar on Friday. Kubrakov signed a matching document with
    Akar."): the two are one occasion, and the second takes the first one's day."""
    sent = cand.predicate.sent
    if sent.start == 0:
        return False
    previous = sent.doc[sent.start - 1].sent.start_char
    return any(act.sentence == previous and act.lemma == cand.pattern.lemma and act.codes & codes
               for act in memory.dated_acts)


def _earlier_sentence(token: Token, back: int) -> Span:
    """The sentence ``back`` sentences before ``token``'s (or the first one)."""
    sent = token.sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
    return sent


def _implied_sectors(cand: Candidate, sources: list[Actor], targets: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Sectors the construction implies: "her Chinese counterpart" has the sector of the person
    met. (A nominal event keeps a bare nationality as its doer: "Russian strikes" is RUS.)"""
    if sources and sources[0].agent:
        targets = [_with_agent(t, sources[0].agent) if not t.agent and "counterpart" in t.text.lower() else t
                   for t in targets]
    return sources, targets


def _story_ceasefire(cand: Candidate, memory: DocMemory) -> list[Actor]:
    """The sides of a ceasefire named with no sides as coming into force or being extended ("the
    truce can be extended by one day"): those of the last ceasefire told, else the story's two
    sides."""
    if cand.form != "nominal" or not in_force(cand.predicate, cand.pattern):
        return []
    before = cand.predicate.sent.start_char
    told = [e for e in memory.events if e.mode == "ceasefire" and e.target is not None and e.span[0] < before]
    return [told[-1].source, told[-1].target] if told else story_sides(memory, before)


def _named_within(predicate: Token, actor: Actor, memory: DocMemory) -> bool:
    """True when ``actor`` is named in the clause of ``predicate`` ("the ELN denied that it had
    agreed to a ceasefire that Petro had announced" names the government it answers)."""
    inside = {t.i for t in predicate.subtree if t.i != predicate.i}
    return any(m.index in inside and m.actor.code == actor.code for m in memory.mentions)


def _host_of(noun: Token) -> Token:
    """The one whose ceremony a guest attends ("attended Lula's inauguration", "the funeral of
    Shinzo Abe"), standing for the ceremony as the one met; other nouns stay."""
    if noun.lemma_.lower() not in settings.CEREMONY_NOUNS:
        return noun
    owners = owners_of(noun)
    return owners[0] if owners else noun


def _undated(event: Event) -> Event:
    """An act that has not happened ("will meet", "would impose", "if … continued") is not dated
    by the publication: only a day the text gives it is its date. The statement of it keeps the
    publication date."""
    if event.factuality not in ("planned", "hypothetical", "conditional") or event.date_source != "publication":
        return event
    return replace(event, date=None, date_precision=None, date_source=None)


def _without_vaguer(events: list[Event]) -> list[Event]:
    """Drop an event with no target when the same source does the same type of act with a
    target in its sentence ("accused security forces of using unlawful force, including firing
    metal pellets at protesters" is one alleged attack on the protesters) or on its day ("Russian
    missiles struck the port of Odesa on Saturday … two missiles hit the port's infrastructure"
    retells that strike): the act told without its other side is the same act, told vaguely."""
    def keys(e: Event) -> set[tuple]:
        who = (e.event_type, e.source.code or e.source.text)
        return {(e.sentence, *who), (e.date, e.factuality, *who)} if e.date else {(e.sentence, *who)}

    aimed = set().union(*(keys(e) for e in events if e.target is not None))
    return [e for e in events if e.target is not None or not keys(e) & aimed]


def _with_agent(actor: Actor, agent: str) -> Actor:
    return Actor(actor.text, actor.name, actor.country, agent, actor.org,
                 f"{actor.country or ''}{agent}" if not actor.org else actor.code)


def _reciprocal(head: Token) -> bool:
    """"each other", "one another", or a noun owned by "their" ("their embassies")."""
    if head.lower_ in ("other", "another") or head.lower_ == "their":
        return True
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children)


class EventStage(ImpliedSides):
    """Codes the events of one parsed document."""

    def __init__(self, lexicon: Lexicon | None = None, resolver: ActorResolver | None = None,
                 gazetteer: Gazetteer | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.resolver = resolver or ActorResolver(load_kb())
        self.gazetteer = gazetteer or load_gazetteer()

    def __call__(self, record: Document, doc: Doc) -> Document:
        return self.set_annotations(record, self.match(record, doc))

    @staticmethod
    def set_annotations(record: Document, events: list[Event]) -> Document:
        record.events = events
        return record

    def match(self, record: Document, doc: Doc) -> list[Event]:
        """All events of the document, in text order, without duplicates."""
        memory = observe(doc, self.resolver, record.date)
        countries = memory.countries
        events: dict[str, Event] = {}
        for sent in doc.sents:
            if record.title and sent.text.strip() == record.title.strip() and len(doc) > len(sent):
                continue  # the headline restates the body's lead event
            agreed: set[tuple] = set()
            lexical, judged = _judged(list(find_candidates(sent, self.lexicon)), list(evaluation_candidates(sent)))
            for found in [*lexical, *judged, *conditional_candidates(sent, self.lexicon), *demand_candidates(sent),
                      *blame_candidates(sent), *stance_candidates(sent)]:
                for event in self._first_coded(found, record, memory, countries):
                    pair = (event.event_type, event.source.code or event.source.name,
                            event.target.code if event.target else None)
                    if event.rule.endswith("+intent") and pair in agreed:
                        continue  # "agreed to lift the ban": the AGREE of "agreed" is enough
                    if event.event_type == "AGREE" and event.factuality == "asserted":
                        agreed.add(pair)  # (but "would seek peace with" states its intent by +intent)
                    events.setdefault(event.event_id, event)
                    memory.events.append(event)
        return _without_vaguer(list(events.values()))

    def _first_coded(self, found: list[Candidate], record: Document, memory: DocMemory,
                     countries: set[str]) -> list[Event]:
        """The events of the best matching pattern: the first whose target resolves, else the
        first that codes at all."""
        fallback: list[Event] = []
        for cand in found:
            events = self.code_candidate(cand, record, memory, countries)
            if events and any(e.target is not None for e in events):
                return events
            if events and (not fallback or cand.pattern.event in _NO_RECIPIENT_TYPES
                           and fallback[0].event_type not in _NO_RECIPIENT_TYPES):
                fallback = events
        return fallback

    def _actors(self, heads: tuple[Token, ...], day: str | None, memory: DocMemory,
                first_only: bool = False, loose: bool = False) -> list[Actor]:
        out = []
        for head in heads:
            both = both_sides(head, memory)  # "the two leaders", "both sides", "the parties"
            if both:
                out.extend(a for a in both if a not in out)
                memory.anaphora_at = head.sent.start
                continue
            found = [a for a in self.resolver.resolve_all(head, day, memory, loose=loose) if a.known]
            out.extend(a for a in found if a not in out)
            if found and first_only:
                break
        return out

    def targets(self, cand: Candidate, day: str | None, memory: DocMemory) -> tuple[tuple[Token, ...], list[Actor]]:
        """The first target option that resolves. A sector without a country ("expelled
        diplomats from Argentina and Chile") takes the countries a later option names."""
        stance = cand.pattern.event not in _ACTOR_ONLY_TYPES
        for n, option in enumerate(cand.targets):
            option = tuple(_host_of(h) if cand.pattern.event == "CONSULT" else h for h in option)
            if not stance and any(self._act_noun(h, cand.pattern.event) for h in option):
                continue  # "welcomed Trump's invitation" is no visit by Trump
            acts = [h for h in option if self._act_noun(h, cand.pattern.event)]  # "joint military exercises" is no army
            if cand.pattern.reverse and all(cand.pattern.event in self._act_kinds(h) for h in option):
                targets = self._event_agents(option, day, memory)  # "died in Russian airstrikes": their doer
            elif acts and len(acts) == len(option):
                targets = (self._event_agents(option, day, memory) or self._act_objects(option, day, memory)) \
                    if stance else []
            else:
                targets = self._actors(option, day, memory, loose=True) or \
                    (self._event_agents(option, day, memory) if stance else [])
            if not targets:
                continue
            targets = [_place_not_seat(h, t) for h, t in zip(option, targets)] if len(option) == len(targets) else targets
            if all(t.country is None and t.org is None and t.agent for t in targets):
                for later in cand.targets[n + 1:]:
                    states = [a for a in self._actors(later, day, memory, loose=True) if a.country]
                    if states:
                        agent = targets[0].agent
                        targets = [Actor(targets[0].text, a.name, a.country, agent, None, f"{a.country}{agent}")
                                   for a in states]
                        break
            return option, targets
        return (), []

    def _act_objects(self, heads: tuple[Token, ...], day: str | None, memory: DocMemory) -> list[Actor]:
        """Who an act with no doer named is about: "rejected the appeal of two journalists",
        "refused talks with Ghani's government", "condemned the bombing of an academy in Tripoli"."""
        objects = tuple(o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _ACT_PREPS
                        for o in p.children if o.dep_ == "pobj")
        return self._actors(objects, day, memory, loose=True) if objects else []

    def _act_kinds(self, head: Token) -> set[str]:
        """The event types a noun names in the lexicon ("offensive" → ASSAULT), counting a pattern
        only when its modifiers are on the noun ("scathing attack" makes no other attack an
        accusation) and none of its `unless_modifier` words is."""
        if head.pos_ != "NOUN":
            return set()
        return {p.event for p in self.lexicon.nouns(head.lemma_.lower())
                if has_modifiers(head, p.modifiers) and not modified_by(head, p.unless_modifier)}

    def _act_noun(self, head: Token, event: str) -> bool:
        """True for a noun that names an act of another type than ``event`` rather than an actor
        ("invitation" for a visit; but "the NATO summit" is a meeting with NATO)."""
        kinds = self._act_kinds(head)
        return head.pos_ == "NOUN" and (head.lemma_.lower() in _EVENT_NOUNS or bool(kinds)) and event not in kinds

    def _event_agents(self, heads: tuple[Token, ...], day: str | None, memory: DocMemory) -> list[Actor]:
        """The doers behind event nouns in target position: "condemned the protest by farmers",
        "criticised Beijing's crackdown", "rejected a request from London", or, with no doer named, "condemned the attack" → the
        source of the last such event in the document."""
        out: list[Actor] = []
        for head in heads:
            patterns = self.lexicon.nouns(head.lemma_.lower())
            if not patterns and head.lemma_.lower() not in _EVENT_NOUNS:
                continue
            preps = ("by", "from", "of") if not patterns else ("by", "from")  # "the orders of the government"
            doers = noun_doers(head, preps)
            doers += [a for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      for a in (agent_of(c),) if a is not None]  # "offers made by the Kabul government"
            doers += [a for c in head.children if c.dep_ == "relcl" and not is_passive(c)
                      for a in (subject_of(c),) if a is not None and a.tag_ not in ("WDT", "WP") and a is not head]
            # "rejected the plan that Trump proposed": the relative clause's subject made it
            found = self._actors(tuple(doers), day, memory, first_only=True, loose=True) \
                or self._parties(head, day, memory)
            if not found and not doers and patterns and {p.event for p in patterns} == {"PROTEST"}:
                found = self._crowd(head, memory.countries)  # "dispersed the protests in Nairobi"
            if not found and patterns:
                types = {p.event for p in patterns}
                recent = 0 if _definite(head) else _earlier_sentence(head, _RECENT_SENTENCES).start_char
                earlier = [e for e in memory.events if e.event_type in types and e.span[0] >= recent
                           and e.factuality in ("asserted", "alleged")]  # not "would be met with"
                doers = {e.source.code or e.source.text for e in earlier}
                if head.tag_ == "NNS" and len(doers) > 1:
                    earlier = []  # "welcomed the releases" after both sides freed captives: no one side
                found = [earlier[-1].source] if earlier else []
                memory.anaphora_at = head.sent.start if earlier else memory.anaphora_at
            if not found and not doers:  # "Xi's peace plan … rejected the plan"
                start = _earlier_sentence(head, _RECENT_SENTENCES).start
                found = [a for a in [self.resolver.owner_named_before(head, day, start)] if a is not None]
            out.extend(found)
        return out

    def _parties(self, noun: Token, day: str | None, memory: DocMemory) -> list[Actor]:
        """The sides of a mutual act named after "between" or "among" ("welcomed the talks between
        Armenia and Azerbaijan", "support to the negotiations among Sudanese stakeholders"): with
        no doer named, the act is theirs."""
        sides = tuple(t for o in prep_objects(noun, _PARTY_PREPS) for t in conjuncts(o))
        return self._actors(sides, day, memory, loose=True) if sides else []

    @staticmethod
    def _speakers(heads: tuple[Token, ...]) -> tuple[Token, ...]:
        """First-person pronouns in reported speech stand for the speaker ("'We will expel
        them,' the minister said"); other heads are kept."""
        out = []
        for head in heads:
            if head.lower_ in _FIRST_PERSON:
                verb = report_verb(head)
                subject = subject_of(verb) if verb is not None else None
                if subject is not None and subject.lower_ not in _FIRST_PERSON:
                    out.append(subject)
                    continue
            out.append(head)
        return tuple(out)

    @staticmethod
    def _needs_target(cand: Candidate) -> bool:
        """Only the one-sided types of ``settings.ONE_SIDED_TYPES`` and ``one_sided`` patterns are
        coded without a target."""
        if cand.pattern.one_sided and cand.form != "nominal" or cand.via == "+crowd":
            return False
        return cand.form == "nominal" or cand.pattern.event not in settings.ONE_SIDED_TYPES

    def _pairs(self, cand: Candidate, sources: list[Actor], targets: list[Actor],
               target_heads: tuple[Token, ...] = ()) -> list[tuple[Actor, Actor | None]]:
        """(source, target) pairs: one per coordinated actor; mutual acts pair the coordinated
        subjects; two-sided fighting is coded in both directions (PLOVER: all parties are
        actors; ``one_way`` acts only between coordinated subjects: "A and B broke the truce", not
        "A broke the truce with B"); ``reverse`` patterns make the object the actor ("X hosted Y": Y
        visits X)."""
        two_way = cand.pattern.symmetric and cand.pattern.event == "ASSAULT"
        if len(sources) > 1 and (any(_reciprocal(h) for h in target_heads) or cand.pattern.symmetric and not targets):
            pairs = [(a, b) for a, b in combinations(sources, 2) if not same_actor(a, b)]
        elif targets:
            two_way = two_way and not cand.pattern.one_way
            pairs = [(s, t) for s in sources for t in targets if not same_actor(s, t)]
        else:
            pairs = []
        if not pairs and cand.pattern.reverse:
            return []  # "the convoy came under fire": the subject is no doer, and no doer is named
        if not pairs and (not targets or not self._needs_target(cand)):
            return [(s, None) for s in sources]  # "the navy changed its course": no other side
        if cand.pattern.reverse:
            return [(t, s) for s, t in pairs]
        return pairs + [(t, s) for s, t in pairs] if two_way else pairs

    def code_candidate(self, cand: Candidate, record: Document, memory: DocMemory,
                       countries: set[str]) -> list[Event]:
        """The events of one candidate: one per (source, target) pair of resolved actors. An act
        asked of or allowed to another ("urged Iran to release the journalists", "allowed companies
        to offer services") is the request's or the permission's content only."""
        if cand.form not in _STATED_FORMS and cand.via != "+order" and requested(cand.predicate):
            return []
        day = record.date
        sources, cand, sides = self._sources(cand, day, memory)
        target_heads, targets = self.targets(cand, day, memory)
        if sides[1:] and not targets:
            targets, cand = sides[1:], replace(cand, via=cand.via + "+dyad")
        if "between" in cand.pattern.target and len(targets) > 1 and sources:  # "a meeting between Wang and his
            targets = [t for t in targets if t.country != sources[0].country] or targets  # Japanese counterpart"
        mutual = (cand.pattern.symmetric or any(_reciprocal(h) for o in cand.targets for h in o)) and len(sources) > 1
        if not mutual and targets and all(any(same_actor(t, s) for s in sources) for t in targets):
            targets = []  # "the UN withdrew its peacekeepers from the Golan Heights": "its" is the doer
        if sources and not targets and not mutual and not cand.pattern.reverse:  # a reverse act's target is its doer
            targets, cand = self._unnamed_target(cand, sources, countries, memory)
        if not sources or not targets and not mutual and self._needs_target(cand):
            return []
        if not targets and not mutual and object_not_an_actor(cand) and not aimed_at_government(cand):
            return []  # "released the results", "hit the port's infrastructure": another sense
        actors = {a.country for a in sources + targets if a.country}
        location = event_place(cand.predicate, countries, self.gazetteer, actors, sentence=False)
        sources, targets = _place_sectors(sources, targets, location, countries)
        location = location or place_of_sentence(list(cand.predicate.sent), countries, self.gazetteer, actors) \
            or self._dateline_place(record)
        sources, targets = _implied_sectors(cand, sources, targets)
        if not any(t.country for t in targets) and cand.pattern.cameo in settings.POPULATION_CODES and sources[0].country:
            country = sources[0].country  # "Authorities restricted access to Instagram": the people
            targets, cand = [population(cand.predicate, country)], replace(cand, via=cand.via + "+population")
        if not targets and not mutual and aimed_at_government(cand):
            targets = self._government(sources, location, cand)  # "thousands protested in Caracas"
            cand = replace(cand, via=cand.via + "+government") if targets else cand
        report = find_report(cand.predicate, self.resolver, day, memory)
        fact = "asserted" if cand.form in _STATED_FORMS else factuality(cand.predicate, cand.pattern.cameo)  # the threat itself is stated
        if fact == "conditional" and cand.pattern.event in ("THREATEN", "AGREE") and own_condition(cand.predicate):
            fact = "asserted"  # "threatened to shell Haifa if Israel hits Beirut": the threat is made
        when = self._when(cand, record, report, fact, {a.code for a in sources + targets if a.code}, memory)
        events = [self._event(cand, record, s, t, fact, report, when, location, target_heads)
                  for s, t in self._pairs(cand, sources, targets, target_heads)]
        return [_undated(e) for e in self._readings(cand, events, day, memory)]

    def _sources(self, cand: Candidate, day: str | None,
                 memory: DocMemory) -> tuple[list[Actor], Candidate, list[Actor]]:
        """The candidate's doers: its source phrases resolved, or the doer an act noun names
        ("Israel's offensive has killed …"), the sides of a meeting that acts ("talks between X and
        Y produced no deal"), the state of a passive with no agent, the crowd of
        a protest with no doer, the sides of the story's ceasefire (returned as well, for its
        target), the voice of a conditional threat."""
        nominal = cand.form == "nominal" or cand.via == "+act"  # "killed in an Israeli airstrike"
        loose = nominal or cand.pattern.reverse  # a reverse act's subject is its target ("Israeli towns came under")
        sources = self._actors(self._speakers(cand.sources), day, memory, first_only=nominal, loose=loose)
        if not sources and cand.sources and all(cand.pattern.event in self._act_kinds(h) for h in cand.sources):
            sources = self._event_agents(cand.sources, day, memory)
        if not sources and cand.sources:  # "the talks between Armenia and Azerbaijan failed to agree"
            sources = [a for h in cand.sources if "CONSULT" in self._act_kinds(h) for a in self._parties(h, day, memory)]
        if not cand.sources and cand.form == "passive":  # "was arrested in Rwanda": by the state
            sources = self._state(cand.predicate, memory.countries)
            cand = replace(cand, via="+state") if sources else cand
        elif not cand.sources:
            sources = self._crowd(cand.predicate, memory.countries)
            cand = replace(cand, via="+crowd") if sources else cand
        sides = _story_ceasefire(cand, memory) if not cand.sources and not sources else []
        sources = sides[:1] or sources
        if cand.form == "conditional":
            sources = self._voiced(cand.predicate, sources, day, memory)
        return sources, cand, sides

    def _unnamed_target(self, cand: Candidate, sources: list[Actor], countries: set[str],
                        memory: DocMemory) -> tuple[list[Actor], Candidate]:
        """The other side of an act that names none, in order: the owner of what is seized
        ("seized Iranian oil", ``+owner``), the state of the place it is aimed at ("bombed a market
        in Idlib", ``+place``), the other side of the story's dyad ("Petro announced a ceasefire" in
        a story of the ELN, ``+dyad``)."""
        targets = self._owners(cand.predicate) if cand.pattern.event == "COERCE" else []
        if targets:
            return targets, replace(cand, via=cand.via + "+owner")
        targets = self._place_targets(cand, countries, sources)
        if targets:
            return targets, replace(cand, via=cand.via + "+place")
        aimed = cand.pattern.event in settings.COUNTERPART_TYPES or cand.form == "conditional" or cand.pattern.one_sided
        if not aimed or object_not_an_actor(cand):
            return [], cand
        other = counterpart(sources[0], memory, cand.predicate.sent.start_char)
        if other is not None and cand.pattern.one_sided and not _named_within(cand.predicate, other, memory):
            other = None  # a denial answers the other side only when what it denies names it
        return ([other], replace(cand, via=cand.via + "+dyad")) if other else ([], cand)

    def _when(self, cand: Candidate, record: Document, report: Report | None, fact: str, codes: set[str],
              memory: DocMemory) -> tuple:
        """The event's date (``events/when.py``), carried from the sentence before for an act
        that refers back to it ("Petro condemned the attack."), and remembered as the story's
        last day when the text gives it and the act has happened."""
        when = event_date(cand.predicate, record.date, report.verb if report else None,
                          memory.date_before(cand.predicate.sent.start_char))
        if memory.anaphora_at == cand.predicate.sent.start or _same_act(cand, codes, memory):
            when = carried_date(cand.predicate, when, memory)
        if when[2] == "text" and when[1] == "day" and fact not in ("planned", "hypothetical"):  # no future anchor
            memory.dated_acts.append(DatedAct(cand.predicate.sent.start_char, cand.pattern.lemma,
                                              frozenset(codes), when[0]))
        return when

    def _readings(self, cand: Candidate, events: list[Event], day: str | None, memory: DocMemory) -> list[Event]:
        """The events under their second readings (``events/readings.py``), with the other half of
        a swap, the refusals and the stated intents and threats they imply. A government's stated
        boycott is a threat to boycott, though its boycott is a complaint: intents read the acts
        before the complaint reading."""
        acts = [labour_strike(cand, show_of_force(cand, peacekeeping(cand, riot(cand, courtesy_call(cand, e)))))
                for e in events]
        events = [demonstration(cand, verbal_attack(cand, crowd_protest(cand, official_protest(e)))) for e in acts]
        events += self._exchanged(cand, events, day, memory)
        return events + self._refusals(cand, events, day, memory) + intents(cand, acts)

    def _span(self, cand: Candidate, target_heads: tuple[Token, ...]) -> tuple[int, int]:
        tokens = [cand.predicate]
        for head in cand.sources[:1] + target_heads[:1]:
            tokens.extend(phrase_tokens(head))
        return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)

    def _event(self, cand: Candidate, record: Document, source: Actor, target: Actor | None,
               fact: str, report: Report | None, when: tuple, location,  # noqa: ANN001
               target_heads: tuple[Token, ...]) -> Event:
        code = cameo_code(cand.pattern.cameo)
        span = self._span(cand, target_heads)
        sent: Span = cand.predicate.sent
        return Event(
            event_id=event_id(record.doc_id, span, cand.rule, source, target), doc_id=record.doc_id,
            event_type=cand.pattern.event, mode=cand.pattern.mode, cameo=cand.pattern.cameo,
            goldstein=code.goldstein if code else None, quad_class=code.quad_class if code else None,
            source=source, target=target, date=when[0], date_precision=when[1], date_source=when[2],
            location=location, factuality=fact, attribution=_with_agency(report, record),
            sentence=sent.text.strip(), span=span, rule=cand.rule,
            confidence=self._confidence(cand, source, target))

    @staticmethod
    def _confidence(cand: Candidate, source: Actor, target: Actor | None) -> float:
        score = 0.9 - 0.15 * (cand.form == "nominal") - 0.1 * (source.agent is None and source.org is None)
        score -= 0.1 * (target is None) + 0.05 * (cand.form == "passive")
        return round(max(score, 0.1), 2)
