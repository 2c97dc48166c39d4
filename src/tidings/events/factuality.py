"""Factuality: did the event happen, or was it only alleged, planned, negated, hypothetical or
conditional?

Who said so is attribution, not factuality: "Russia has begun withdrawing troops, Shoigu said"
is asserted, with Shoigu as its speaker. Only a hedge on the event's own verb ("reportedly",
"allegedly") makes a reported event alleged.

The predicate's own markers decide first (negation, modal auxiliaries); then the path from the
predicate up to the root of the sentence is read, innermost governor first: "denied that",
"refused to", "if ...", "accused X of", "plans to", "would", and reporting verbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings import settings
from tidings.events.syntax import COMMITTED, children, issued_document, occasion, said_on_call
from tidings.nlp.tree import clause_head

__all__ = ["factuality", "is_future", "requested", "accused_act", "mandative", "happening", "REPORT_VERBS"]

REPORT_VERBS = settings.REPORT_VERBS
_PLANNED_MODALS = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL_MODALS = frozenset({"would", "could", "may", "might", "should", "can", "must", "ca",
                                  "'d", "need", "ought"})
_NEGATING = frozenset({"deny", "refuse", "decline", "fail", "reject", "dismiss", "rule", "avoid",
                       "stop", "cancel", "scrap", "abandon", "halt", "refrain", "postpone", "prevent"})
#: Nouns of intent whose to-clause is an act still to come ("readiness to resume talks").
_INTENT_NOUNS = frozenset({"plan", "readiness", "willingness", "decision", "intention", "intent", "offer",
                           "bid", "attempt", "proposal", "pledge", "promise", "commitment", "threat", "call",
                           "effort", "move", "determination", "desire", "wish", "deal", "agreement", "order"})
_ALLEGING = frozenset({"accuse", "allege", "suspect", "charge", "blame", "claim", "indict",
                       "implicate", "believe", "rumor", "rumour"})
_PLANNING = frozenset({"plan", "intend", "aim", "seek", "prepare", "want", "hope", "expect", "agree",
                       "promise", "pledge", "vow", "propose", "offer", "consider", "schedule",
                       "threaten", "try", "attempt", "plot", "decide", "set", "mean", "wish",
                       "discuss", "call", "urge", "ask", "demand", "push", "press", "due",
                       "slate", "poise", "ready", "prepared", "willing", "implore", "beg", "beseech",
                       "entreat", "exhort", "encourage", "lobby", "petition"})
#: Heads of a to-clause that put it in the future ("is due to visit", "is set to sign").
_FUTURE_HEADS = frozenset({"due", "set", "schedule", "expect", "slate", "poise", "plan", "go", "about"})
_FAILING = frozenset({"scrap", "cancel", "abandon", "collapse", "fail", "peter", "fall", "shelve",
                      "founder", "stall", "fizzle", "unravel", "drop"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "provided", "lest"})
#: Adverbs that put the event in doubt: "reportedly killed", "allegedly smuggled".
_HEDGES = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly"})


#: Verbs whose that-clause in the bare subjunctive is a demand: "insisted that Sweden extradite".
_MANDATIVE = frozenset({"insist", "demand", "require", "stipulate"})


def mandative(verb: Token) -> bool:
    """True for a demanded act in the subjunctive: a bare verb with no auxiliary in the that-clause
    of "insist", "demand" ("Turkey insists that Sweden extradite the suspects"); "insisted that
    Ukraine attacked first" is a claim."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in _MANDATIVE \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return any(c.lower_ in ("no", "never") and c.dep_ in ("det", "advmod") for c in token.children)


def _modal(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ != "aux":
            continue
        word = child.lower_
        if word in _PLANNED_MODALS:
            return "planned"
        if word in _HYPOTHETICAL_MODALS:
            return "planned" if word in _REPORTED_FUTURE and dated_ahead(token) else "hypothetical"
    going = [c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"]
    if going and token.head.lemma_ == "go" and token.dep_ == "xcomp":
        return "planned"
    return None


#: Modals that, with a time still to come, are the future of reported speech: "would hold talks with
#: Abbas next month" is planned, not a supposition.
_REPORTED_FUTURE = frozenset({"would", "'d"})
#: Words of a time phrase that put it ahead: "next month", "tomorrow", "in the coming weeks".
_AHEAD = frozenset({"next", "tomorrow", "coming", "upcoming"})


def dated_ahead(verb: Token) -> bool:
    """True for a clause dated to a time still to come by a time phrase of its own ("next month",
    "tomorrow", "in the coming days")."""
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "tmod")]
    times += [o for p in children(verb, "prep") for o in children(p, "pobj")]
    times = [t for t in times if t.ent_type_ == "DATE" or t.lemma_.lower() in settings.TIME_UNITS]
    return any(w.lower_ in _AHEAD for t in times for w in t.subtree)


def _own(token: Token) -> str | None:
    if _negated(token):
        return "negated"
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
           for c in token.children):
        return "conditional"  # the act that depends on an if-clause: "if X, Russia will criticise"
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in token.children):
        return "alleged"
    return _modal(token)


def _governed(child: Token, head: Token) -> str | None:
    """The factuality ``head`` imposes on the clause of ``child`` below it."""
    if child.dep_ == "advcl" and any(m.lower_ in _CONDITION_MARKS for m in child.children if m.dep_ == "mark"):
        return "conditional"
    lemma = head.lemma_
    if child.dep_ == "dobj":
        called_off = lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)
        return "negated" if lemma in _CANCELLING or called_off else None
    if lemma in ("have", "need") and child.dep_ == "xcomp" and head.tag_ in ("VBZ", "VBP"):
        return "hypothetical"  # "Russia has to withdraw" (but "thousands had to flee" happened)
    if lemma in _NEGATING and head.pos_ == "VERB" and child.dep_ != "advcl":
        return "negated"  # "stopped work, staging a sit-in": the participle's act goes on
    if lemma in _ALLEGING and head.pos_ in ("VERB", "NOUN"):
        return "alleged"
    if mandative(child):
        return "hypothetical"  # "insisted that Sweden extradite the suspects": demanded, not done
    if lemma in _PLANNING and child.dep_ in ("xcomp", "pcomp", "ccomp", "acl") and not said_on_call(head, child):
        return "planned"  # (but "called Erdogan to apologise" did so on the call)
    committing = child.dep_ == "xcomp" or child.dep_ == "prep" and child.lower_ == "to" and children(child, "pcomp")
    if lemma.lower() in COMMITTED and committing:
        return "planned"  # "is committed to supporting", "remains committed to working with", "is determined to"
    marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
    if lemma in _PLANNING and child.dep_ == "advcl" and "for" in marks:
        return "planned"  # "called for Ethiopia to open talks": the parser's for-to clause
    if lemma == "be" and child.dep_ == "xcomp" and any(a.lower_ == "to" for a in child.children):
        return "planned"  # "Hamas is to release 50 women and children"
    if lemma in _INTENT_NOUNS and child.dep_ == "acl" and child.tag_ == "VB":
        return "planned"  # "expressed readiness to resume talks", "a decision to withdraw troops"
    return None


def is_future(token: Token) -> bool:
    """True when the event's clause, or a clause governing it, is in the future tense."""
    node = token
    for _ in range(6):
        if _modal(node) == "planned":
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _FUTURE_HEADS:
            return True
        happens = node.dep_ == "nsubj" and happening(node.head)  # "the ceasefire will take effect"
        if node.head.i == node.i or node.dep_ not in ("xcomp", "conj", "pcomp", "prep", "pobj", "dobj") and not happens:
            return False
        node = node.head
    return False


#: When several markers govern an event, the strongest claim about it wins.
_PRIORITY = ("negated", "conditional", "alleged", "hypothetical", "planned")
_PASS_THROUGH = frozenset({"conj", "pobj", "nsubj", "nsubjpass", "appos", "compound", "amod", "poss",
                           "attr"})
_NOMINAL_DEPS = frozenset({"dobj", "pobj", "prep", "npadvmod", "oprd"})
#: Verbs that cancel an event named as their object ("cancelled the visit", "denied the attack").
_CANCELLING = frozenset({"deny", "cancel", "scrap", "abandon", "postpone"})


def _failed(noun: Token) -> bool:
    """True when a noun is the subject of a verb of failure ("the ventures petered out", "the
    school was scrapped"): the act it names, or a clause about it, did not come about. A verb
    with an object or a to-clause of its own tells what the act did or did not achieve ("the
    refusal stalled the bid", "the talks failed to reach a deal": the talks were held)."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _FAILING \
        and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)


def _before_colon(node: Token) -> bool:
    """True when a clause the parser hangs below the one after its colon stands on its own:
    in "issued an ultimatum to Turkey: if it buys the missiles, sanctions will follow" the
    ultimatum is stated, not conditional on the purchase."""
    head = node.head
    colons = [c for c in (*head.children, *node.children) if c.dep_ == "punct" and c.lower_ == ":"]
    return node.dep_ == "ccomp" and any(node.i < c.i < head.i for c in colons)


def _markers(token: Token) -> list[str]:
    """Every factuality marker on the path from ``token`` up to the root of its sentence."""
    found = [m for m in (_own(token),) if m]
    if token.pos_ in ("NOUN", "PROPN") and _failed(token):
        found.append("negated")
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and happening(token.head):
        found += [m for m in (_own(token.head),) if m]  # "the ceasefire will take effect": planned
    node, relative = token, None
    while node.head.i != node.i and not _before_colon(node):
        head = node.head
        if node.dep_ == "relcl" and _failed(head):  # "a school that Tehran planned to build was scrapped"
            found.append("negated")
        if node.dep_ == "relcl" and relative is None:
            relative = len(found)  # "denied agreeing to a ceasefire that Petro had announced"
        if node.dep_ not in _PASS_THROUGH:
            governed = _governed(node, head)
            clausal = node.dep_ not in _NOMINAL_DEPS  # "did not condemn the invasion": it happened
            clausal = clausal or node.dep_ == "prep" and node.lower_ == "for" and head.pos_ == "VERB"  # "will
            # travel to Beijing for talks": the talks are as planned as the trip, as is the visit one
            clausal = clausal or node.dep_ == "prep" and occasion(node)  # "will be on a visit", "will agree, at a
            # meeting with …": the trip or meeting is as planned as the clause
            own_head = _own(head) if clausal and (head.lemma_ not in REPORT_VERBS or _own(head) == "negated") else None
            if governed and own_head == "negated" and governed != "conditional" and head.pos_ != "NOUN":
                governed = None  # "did not refuse to", "did not deny": the negations cancel
                own_head = None  # (but "had no plans to ease sanctions" is not easing them)
            found += [m for m in (governed, own_head) if m]
        node = head
    if relative is not None:  # a denial above a relative clause denies another act, not this one
        found = found[:relative] + [m for m in found[relative:] if m != "negated"]
    return found


#: Objects of verbs that say an act happens: "take effect", "take place", "take hold".
_HAPPENING_OBJECTS = frozenset({"effect", "place", "hold"})


def happening(verb: Token) -> bool:
    """True for a verb that says its subject happens ("the ceasefire will take effect", "talks
    will resume", "the truce held"), so that the verb's mood is the act's own."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    return verb.pos_ == "VERB" and all(c.dep_ == "dobj" and c.lemma_.lower() in _HAPPENING_OBJECTS for c in objects)


def factuality(token: Token, cameo: str = "") -> str:
    """The factuality class of the event whose predicate is ``token``. A measure (``cameo`` in
    ``settings.DECREED_CODES``) its doer "has decided to" take is as factual as the decision:
    the decision enacts it ("Japan has decided to lift the sanctions", as "ordered the release")."""
    verb = clause_head(token)
    decision = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "decide" else None
    if decision is not None and cameo.startswith(settings.DECREED_CODES) and not _own(verb):
        return factuality(decision)
    markers = _markers(token)
    for label in _PRIORITY:
        if label in markers:
            return label
    return "asserted"


_REFUSING_MODALS = frozenset({"will", "would", "wo", "'ll", "shall", "can", "could", "ca"})


#: Verbs whose to-clause is an act refused: "refused to allow", "declined to lift", "failed to
#: reach an agreement with" (a failed cooperative act is a rejection, as event data code it).
_REFUSING = frozenset({"refuse", "decline", "reject", "rule", "fail"})


#: Verbs of permission, and objects of "give"/"issue", whose negation is a refusal even in the
#: past ("did not allow the convoy in", "has not granted permission for the rally"); the act a
#: permission lets another do is its content, not an event ("issued a licence allowing U.S.
#: companies to offer Iranians internet services" is no offer by the companies).
_PERMITTING = frozenset({"allow", "permit", "let", "authorize", "authorise", "grant", "license", "licence"})
_PERMISSIONS = frozenset({"permission", "approval", "consent", "clearance", "authorization",
                          "authorisation", "permit", "licence", "license", "go-ahead", "visa"})


def _disowned(intent: Token) -> bool:
    """True for an intent noun its holder says it has none of: "no plans", "no intention"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in intent.children)


def stated_refusal(token: Token) -> bool:
    """True when the event's verb is negated with a modal ("will not", "would not", "cannot"),
    is a negated permission ("did not allow", "did not give permission"), is the to-clause of
    a refusal ("refused to lift the ban") or of an intent disowned ("had no plans to ease
    sanctions"): an actor saying what it will not do or not permit, which CAMEO codes as a
    rejection."""
    verb = clause_head(token)
    kids = {c.lower_ for c in verb.children}
    if kids & {"not", "n't", "never"} and kids & _REFUSING_MODALS:
        return True
    purpose = verb.dep_ in ("advcl", "xcomp") and "to" in kids and verb.head.pos_ == "VERB"
    if purpose and verb.head.lemma_.lower() in settings.TRIP_VERBS:  # "will not go to Moscow to meet Gorbachev"
        return stated_refusal(verb.head)
    if _negated(verb) and _permission(verb):
        return True
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _INTENT_NOUNS and _disowned(verb.head):
        return True  # "had no plans to ease sanctions on Venezuela"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING and not _negated(verb.head)


def _permission(verb: Token) -> bool:
    """True for a verb that permits ("allow", "grant") or gives a permission ("gave approval")."""
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return verb.lemma_.lower() in _PERMITTING or bool(objects & _PERMISSIONS)


#: Words that commit an actor to a later act: "agreed to", "is willing to", "pledged to".
_COMMITTING = frozenset({"agree", "promise", "pledge", "vow", "offer", "commit", "decide", "consent",
                         "ready", "prepared", "willing", "undertake", "accept"})
_COMMITTING_WORDS = _COMMITTING | COMMITTED  # and the passive "is committed to"
#: Nouns of a commitment to the act of their to-clause, and the verbs by which one states one's
#: own: "reaffirmed its commitment to support", "expressed readiness to meet", "made a pledge to"
#: (but "welcomed Aliyev's decision to pardon" is another's).
_COMMITMENT_NOUNS = frozenset({"commitment", "readiness", "willingness", "pledge", "promise", "offer",
                               "determination", "intention", "intent", "decision", "resolve", "preparedness"})
_STATING = frozenset({"express", "reiterate", "reaffirm", "affirm", "announce", "confirm", "declare", "voice",
                      "state", "signal", "stress", "underline", "underscore", "renew", "restate", "show", "convey",
                      "indicate", "make", "give", "repeat", "emphasize", "emphasise"})


def _own_commitment(noun: Token) -> bool:
    """True for a commitment noun its holder states as its own: the object of a verb of stating,
    with no owner but a pronoun ("its", "his") and no "of" phrase."""
    owners = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"]
    return noun.lemma_.lower() in _COMMITMENT_NOUNS and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in _STATING and all(o.tag_ == "PRP$" for o in owners)


#: Verbs of asking another to act: the act asked for is the request's content, not an event of
#: its own ("urged China to use its influence", "called for talks between the two sides").
_ASKING = settings.ASKING_VERBS | {"demand", "appeal", "advise"}


def accused_act(verb: Token) -> bool:
    """True for the clause an accusation alleges: "accused the police on Thursday of killing
    protesters" (the killing came before the accusation, on a day of its own)."""
    if verb.dep_ not in ("pcomp", "xcomp", "ccomp"):
        return False
    governor = verb.head.head if verb.head.dep_ == "prep" else verb.head
    return governor.lemma_.lower() in _ALLEGING and governor.pos_ == "VERB"


def requested(token: Token) -> bool:
    """True when the event is what someone asks or lets another do: the to-clause of "urged X
    to", "called on X to", "asked X to", "called for X to", "allowed X to", "permission to", or
    the object of "called for"."""
    verb = clause_head(token)
    if verb.i != token.i and token.dep_ == "pobj" and token.head.lower_ == "for":
        return token.head.head.lemma_.lower() in _ASKING and token.head.head.i == verb.i
    if verb.i == token.i and token.dep_ == "acl" and token.head.lemma_.lower() in _PERMISSIONS:
        return True  # "granted the police permission to detain him": what the permission lets another do
    if verb.i != token.i or token.head.lemma_.lower() not in _ASKING | _PERMITTING or said_on_call(token.head, token):
        return False  # "called her counterpart to apologise": the caller's apology
    marks = {c.lower_ for c in token.children if c.dep_ in ("mark", "aux")}
    if token.dep_ in ("advcl", "ccomp") and "for" in marks:
        return True  # "called for Ethiopia to open talks": the parser's for-to clause
    if token.dep_ == "ccomp" and "to" in marks and any(c.dep_ == "nsubj" for c in token.children):
        return True  # the parser's "allowing [companies to offer …]" as a clause
    return token.dep_ == "xcomp" and any(c.dep_ in ("dobj", "prep") for c in token.head.children if c.i < token.i)


def commitment(token: Token) -> bool:
    """True when the event's clause is one its actor commits to: "agreed to lift the ban",
    "is willing to withdraw", "will release", "said it would boycott" (CAMEO codes these as
    intents, 03, or as threats, 13, by the kind of act)."""
    verb = clause_head(token)
    if _negated(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _PLANNED_MODALS for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in _REPORTED_FUTURE for c in verb.children) and dated_ahead(verb):
        return True  # "would hold talks with Abbas next month"
    if verb.dep_ == "acl" and _own_commitment(verb.head):
        return not _negated(verb.head.head)  # "reiterated its commitment to support", "expressed readiness to"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORT_VERBS \
            and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return True  # "said it would release the sailors": the future of reported speech
    if verb.dep_ == "relcl" and issued_document(verb.head) and any(c.lower_ in ("would", "will") for c in verb.children):
        return True  # "introduced a bill that would sanction …": what its makers propose to do
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "conj", "pcomp", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _COMMITTING_WORDS or node.lower_ in _COMMITTING_WORDS:
            return not _negated(node)
    return False
