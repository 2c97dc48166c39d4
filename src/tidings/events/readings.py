"""Second readings of coded events: the same act under another CAMEO code.

A refusal of a cooperative act is also a REJECT (120); an act its actor commits to is also an
intent (AGREE 03x) or a threat (THREATEN 13x); protesters who storm or torch riot (PROTEST 145);
a deployment of peacekeepers is military protection (AID 074); protesters' demands are their
protest (PROTEST 141x); a crowd that protests something demonstrates (PROTEST 141); lawmakers'
or judges' attacks are criticism (ACCUSE 111); workers' strikes are work stoppages (PROTEST 143).
Each reading keeps the event's
sides, place and date and carries its own rule ``<rule>+<why>`` and id.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from spacy.tokens import Token

from tidings import settings
from tidings.codes import cameo_code
from tidings.events.conditional import condition_of
from tidings.events.candidate import Candidate
from tidings.events.factuality import commitment
from tidings.nlp.tree import clause_head
from tidings.record import Actor, Event

__all__ = ["event_id", "recoded", "own_condition", "courtesy_call", "riot", "peacekeeping", "show_of_force", "official_protest",
           "demonstration", "crowd_protest", "verbal_attack", "labour_strike", "intents", "REFUSAL_CODE"]

REFUSAL_CODE = "120"  # CAMEO: reject, not specified below
_TOWARDS = frozenset({"into", "in", "toward", "towards", "off", "over", "at"})
#: CAMEO intent (03x) of each cooperative PLOVER type an actor commits to.
_INTENT_CODES = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032", "RETREAT": "035",
                 "CONCEDE": "035"}
#: CAMEO threats (13x) stated by announcing a hostile act of one's own: "Turkey will launch an
#: operation against the YPG" (138), "the opposition said it would boycott the vote" (133).
_THREAT_CODES = {"ASSAULT": "138", "COERCE": "137", "SANCTION": "131", "PROTEST": "133"}


def event_id(doc_id: str, span: tuple[int, int], rule: str, source: Actor, target: Actor | None) -> str:
    """A stable id: the same event coded twice from the same text gets the same id."""
    key = "|".join([doc_id, str(span), rule, source.code or source.text, target.code or target.text if target else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def recoded(event: Event, cameo: str, why: str) -> Event:
    """A second reading of an event under another CAMEO code (a refusal, an intent), with its
    own rule ``<rule>+<why>`` and id; type, Goldstein and QuadClass come from the code. The
    statement itself is asserted."""
    code = cameo_code(cameo)
    rule = f"{event.rule}+{why}"
    return replace(event, event_id=event_id(event.doc_id, event.span, rule, event.source, event.target),
                   event_type=code.plover_event, mode=None, cameo=cameo, goldstein=code.goldstein,
                   quad_class=code.quad_class, factuality="asserted", rule=rule)

def reread(event: Event, cameo: str, why: str) -> Event:
    """The same act read under another CAMEO code ("called on X" as a visit, a march as a
    demonstration): a :func:`recoded` event that keeps the act's own factuality."""
    return replace(recoded(event, cameo, why), factuality=event.factuality)


def own_condition(verb: Token) -> bool:
    """True when the if-clause belongs to the threat or offer itself or to the act it
    threatens or offers, not to a clause above it ("if talks fail, Iran will threaten …")."""
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    return any(condition_of(c) is not None for c in clauses)


def riot(cand: Candidate, event: Event) -> Event:
    """Protesters who storm, torch or ransack ("Iranian protesters stormed its embassy") riot:
    CAMEO 145, a violent protest, not an armed attack."""
    heads = {h.lemma_.lower() for h in cand.sources}
    if event.event_type not in ("ASSAULT", "COERCE") or event.factuality != "asserted" \
            or not heads & settings.PROTESTER_NOUNS or cand.pattern.lemma not in settings.RIOT_VERBS:
        return event
    return recoded(event, "145", "riot")


def peacekeeping(cand: Candidate, event: Event) -> Event:
    """Troops sent, deployed or arriving as peacekeepers or observers ("Nigeria deployed 230
    troops to Liberia on a peacekeeping mission") provide protection: AID 074, not a
    mobilisation or a visit."""
    if event.event_type not in ("MOBILIZE", "CONSULT") or event.target is None or event.factuality != "asserted":
        return event
    words = {t.lemma_.lower() for t in clause_head(cand.predicate).subtree}
    words |= {t.lemma_.lower() for h in cand.sources for t in h.subtree}
    return recoded(event, "074", "peacekeeping") if words & settings.PEACEKEEPING_WORDS else event


#: Patterns of "called on X", an appeal when something is asked of X.
_CALLS_ON = frozenset({"request.call_on", "request.call_upon"})
#: What makes "called on X" an appeal: a to-clause or that-clause ("called on Iran to release", the
#: parser's "Iran [to release]"), a negation or a "for" phrase ("called on both sides for restraint").
_APPEAL_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "neg"})


def _asks(token: Token) -> bool:
    """True when ``token`` governs what an appeal asks for."""
    return any(c.dep_ in _APPEAL_DEPS or c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


def courtesy_call(cand: Candidate, event: Event) -> Event:
    """"The Chinese ambassador called on Prime Minister Khan in Islamabad" with nothing asked of him
    is a visit paid to him (CONSULT 042), as British and South Asian news use the phrase."""
    if cand.pattern.id not in _CALLS_ON or event.event_type != "REQUEST":
        return event
    called = [t for p in cand.predicate.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for t in p.children]
    if _asks(cand.predicate) or any(_asks(t) for t in called):
        return event
    return reread(event, "042", "visit")


def official_protest(event: Event) -> Event:
    """A government or an international body that "protests" complains formally (ACCUSE 114:
    "China's vice foreign minister summoned the ambassador to protest against the visit");
    demonstrations, strikes and boycotts (PROTEST 14x) are civil society's."""
    if event.event_type != "PROTEST" or event.source.agent not in settings.OFFICIAL_SECTORS:
        return event
    return reread(event, "114", "official")


def demonstration(cand: Candidate, event: Event) -> Event:
    """A demand made by protesters ("protesters are demanding her resignation") or made by
    marching or rallying ("marched to demand her resignation") is the demonstration's aim:
    PROTEST 141x (1411 for leadership change, as REQUEST 1041 is), not an appeal beside it."""
    if event.event_type != "REQUEST":
        return event
    heads = {h.lemma_.lower() for h in cand.sources}
    governor = cand.predicate.head if cand.predicate.dep_ in ("advcl", "xcomp", "conj") else cand.predicate
    if not heads & settings.PROTESTER_NOUNS and governor.lemma_.lower() not in settings.DEMONSTRATION_VERBS:
        return event
    cameo = "141" + event.cameo[3:] if event.cameo.startswith("104") else "141"
    return reread(event, cameo, "demonstration")


def crowd_protest(cand: Candidate, event: Event) -> Event:
    """A crowd or civil society that "protests" something ("tens of thousands of people protested
    the killing of an activist") demonstrates: PROTEST 141, not the formal complaint (ACCUSE
    114) of a state that "protested the visit"."""
    heads = {h.lemma_.lower() for h in cand.sources}
    civil = event.source.agent in settings.CIVIL_SECTORS or heads & settings.CROWD_NOUNS
    if event.event_type != "ACCUSE" or cand.pattern.lemma != "protest" or not civil:
        return event
    return reread(event, "141", "crowd")


def _act_words(cand: Candidate) -> set[str]:
    """The words that name the act: the predicate's lemma and a light verb's object ("launched
    an [attack]")."""
    return {cand.pattern.lemma} | ({cand.consumed.lemma_.lower()} if cand.consumed is not None else set())


def verbal_attack(cand: Candidate, event: Event) -> Event:
    """An "attack" by those who bear no arms ("the senator launched an attack on the Fed", "a
    former prime minister attacked the spy chiefs") is verbal: ACCUSE 111, not an assault."""
    if event.event_type != "ASSAULT" or "attack" not in _act_words(cand) \
            or event.source.agent not in settings.UNARMED_SECTORS:
        return event
    return reread(event, "111", "verbal")


def labour_strike(cand: Candidate, event: Event) -> Event:
    """Workers, teachers, doctors or farmers who "strike" or "launch a strike" stop work (PROTEST
    143), and anyone's "hunger strike" or "general strike" is a fast or a stoppage (142, 143),
    not an attack; a stated strike is then a threat to strike (133)."""
    if event.event_type != "ASSAULT" or "strike" not in _act_words(cand):
        return event
    words = {m.lower_ for m in cand.consumed.children} if cand.consumed is not None else set()
    cameo = next((settings.STOPPAGE_MODIFIERS[w] for w in sorted(words) if w in settings.STOPPAGE_MODIFIERS),
                 "143" if event.source.agent in settings.LABOUR_SECTORS else None)
    return reread(event, cameo, "labour") if cameo else event


def show_of_force(cand: Candidate, event: Event) -> Event:
    """Missiles fired or launched into open water with no actor hit ("North Korea fired two
    missiles into the sea off its east coast"), or test-fired, demonstrate force: MOBILIZE 150,
    not an attack.
    The event keeps its place or story target and its factuality."""
    if event.event_type != "ASSAULT" or event.target is not None and not cand.via:
        return event
    holders = [cand.predicate, *(c for c in cand.predicate.children if c.dep_ == "dobj")]
    waters = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _TOWARDS
              for o in p.children if o.dep_ == "pobj" and {o.lemma_.lower(), o.lower_} & settings.WATERS]
    tested = any(c.lower_ == "test" for c in cand.predicate.children)  # "test-fired a new missile"
    shown = waters or tested
    return reread(event, "150", "show-of-force") if shown else event


def intents(cand: Candidate, events: list[Event]) -> list[Event]:
    """An act its actor commits to is also a statement of intent, alongside the planned act
    itself: a cooperative one ("agreed to lift the ban", "will release the sergeant") is an
    AGREE (CAMEO 03x; an intent stated for later, "would seek peace with", is one now), a
    hostile one ("will begin an operation against the YPG", "said they would boycott the
    election") a THREATEN (CAMEO 13x). An act that is only said to be coming ("the ceasefire
    will take effect", "talks will resume") is no one's commitment."""
    if not events or events[0].factuality not in ("planned", "hypothetical", "conditional") \
            or cand.form == "nominal" and cand.predicate.dep_ == "nsubj" \
            or not commitment(cand.predicate):  # "is willing to withdraw if …" is an offer made
        return []
    out = [recoded(e, e.cameo if e.event_type == "AGREE" else _INTENT_CODES[e.event_type], "intent")
           for e in events if e.target is not None and (e.event_type in _INTENT_CODES or e.event_type == "AGREE")]
    return out + [recoded(e, _THREAT_CODES[e.event_type], "threat")
                  for e in events if e.target is not None and e.event_type in _THREAT_CODES]
