"""Reading arguments off the dependency parse: subjects, objects, targets and coordination.

These helpers encode English syntax once for every pattern: passive voice, control verbs
("urged Iran to release"), coordination ("Iran and Venezuela"), relative clauses and
participles ("warships carrying missiles").
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings import settings
from tidings.nlp.tree import coordinated, participle_adjective

__all__ = ["is_passive", "infinitive", "subject_of", "agent_of", "direct_object", "prep_objects", "conjuncts",
           "children", "clause_tokens", "said_on_call", "issued_document", "occasion", "addressees_of"]

#: Verbs whose object is the understood subject of their to-clause ("urged Iran to ...").
OBJECT_CONTROL = frozenset({
    "persuade", "force", "allow", "compel", "help", "accuse", "suspect", "charge", "blame", "prevent", "stop",
    "bar", "ban", "authorize", "authorise", "permit",
}) | settings.ASKING_VERBS
#: Documents that act for whoever issues them: "Parliament passed a resolution criticising the
#: president", "Amnesty put out a report accusing the army".
DOCUMENT_NOUNS = frozenset({
    "statement", "report", "resolution", "lawsuit", "suit", "letter", "decree", "communique",
    "communiqué", "declaration", "bill", "motion", "complaint", "petition", "order", "law", "note",
    "memo", "memorandum", "appeal", "dossier", "indictment", "ruling", "verdict", "directive",
})
#: Verbs whose object does the act of their "for" phrase ("criticised Washington for funding …").
FOR_CONTROL = frozenset({
    "criticise", "criticize", "condemn", "praise", "thank", "commend", "fault", "punish", "sanction",
    "sue", "fine", "reward", "congratulate", "applaud", "rebuke", "reprimand", "slam", "blast",
    "denounce", "penalise", "penalize", "blame", "hail", "censure", "chide", "castigate", "scold",
})
#: Verbs whose passive subject commits to the act after "to": "is committed to supporting".
COMMITTED = frozenset({"commit", "committed", "dedicate", "dedicated", "determine", "determined"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_SUBJECT_DEPS = ("nsubj", "csubj")
_TIME_ENTS = frozenset({"DATE", "TIME"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "relcl", "acl", "conj", "parataxis", "pcomp"})


def children(token: Token, *deps: str) -> list[Token]:
    """Children of ``token`` with one of the given dependency labels."""
    return [c for c in token.children if c.dep_ in deps]


def conjuncts(token: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("Iran and Venezuela")."""
    return coordinated(token, ("NOUN", "PROPN", "PRON"))


def infinitive(clause: Token) -> bool:
    """True for a to-infinitive clause ("urged Iran [to release]", "a plan [to build]")."""
    return any(a.lower_ == "to" for a in children(clause, "aux"))


def is_passive(verb: Token) -> bool:
    """True for passive clauses ("was arrested by police")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _relative_antecedent(verb: Token, arg: Token) -> Token:
    """"who"/"which" in a relative clause stands for the noun the clause modifies."""
    if arg.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return arg


def subject_of(verb: Token) -> Token | None:
    """The doer of ``verb``: its own subject, or the one it inherits by control or coordination."""
    own = _own_subject(verb)
    if own is not None:
        return own
    fronted = _fronted_subject(verb)
    if fronted is not None:
        return fronted
    return _inherited_subject(verb) if verb.head.i != verb.i else None


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject, also where the tagger mislabels it: "[Barack] Obama" with a
    forename read as a preposition, "[USAID] has provided" with an acronym read as an adverb."""
    own = children(verb, *_SUBJECT_DEPS)
    if own and own[0].pos_ == "ADP" and own[0].ent_type_ == "PERSON":  # the tagger's "[Barack] Obama"
        own = children(own[0], "pobj") or own
    if own:
        return _issuer(_relative_antecedent(verb, _shared_head(own[0])))
    stray = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i < verb.i
             and all(t.dep_ in ("aux", "neg") for t in verb.doc[c.i + 1:verb.i])
             and len(c.text) > 1 and c.text.isupper() and c.is_alpha]
    if stray:  # the parser's "[USAID] (has) provided" as an adverb: an acronym right before the verb
        return stray[0]
    named = [o for c in verb.children if c.dep_ in ("prep", "nsubj") and c.pos_ == "ADP" and c.i < verb.i
             and c.ent_type_ == "PERSON" for o in children(c, "pobj") if o.ent_type_ == "PERSON"]
    return named[0] if named else None  # "[Barack] Obama and Raul Castro met": a forename as a preposition


def _inherited_subject(verb: Token) -> Token | None:
    """The subject a verb with none of its own takes from the word it hangs on: by control, by
    coordination, from the clause it complements or the noun it modifies."""
    head = verb.head
    if verb.dep_ in ("acomp", "attr", "oprd"):  # "Xi is due to pay …": the subject of "is"
        return subject_of(head)
    if verb.dep_ == "ccomp" and head.lemma_ == "let":  # the parser's "Eritrea let [free] the journalists"
        return subject_of(head)
    if verb.dep_ == "xcomp":
        objects = children(head, "dobj") or [o for p in children(head, "prep") if p.lower_ in ("on", "upon")
                                             for o in children(p, "pobj")]  # "called on Iran to release"
        if head.lemma_ in OBJECT_CONTROL and objects and not said_on_call(head, verb):
            return objects[0]
        return subject_of(head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return _prepositional_subject(head.head, head)
    if verb.dep_ in ("conj", "advcl"):
        reported = _reported_clause(verb)
        if reported is not None:
            return subject_of(reported)
        return subject_of(head) if not is_passive(head) else None
    return _participle_subject(verb, head) if verb.dep_ == "acl" else None


def _prepositional_subject(governor: Token, prep: Token) -> Token | None:
    """The doer of a gerund after a preposition: the one committed ("Japan is committed to
    helping"), the controller's object ("called for Israel to halt"), or the governor's subject,
    looking past the nouns in between ("using force, including firing pellets at protesters")."""
    if governor.lemma_.lower() in COMMITTED and is_passive(governor):  # "Japan is committed to helping"
        return next(iter(children(governor, "nsubjpass")), None)
    for _ in range(2):  # "using force, including firing pellets at protesters": the user fires
        if governor.pos_ not in ("NOUN", "PROPN") or governor.dep_ not in ("dobj", "pobj"):
            break
        governor = governor.head if governor.dep_ == "dobj" else governor.head.head
    objects = children(governor, "dobj")
    controlled = governor.lemma_ in OBJECT_CONTROL or prep.lower_ == "for" and governor.lemma_ in FOR_CONTROL
    return objects[0] if objects and controlled else subject_of(governor)


def _participle_subject(verb: Token, head: Token) -> Token | None:
    """The doer of a verb the parser hangs on a noun: the subject of the verb whose object the
    noun is ("expressed readiness to resume talks"), the noun itself for a finite verb or a
    participle ("Tsikhanouskaya, the exiled leader, called for"), or a document's adopter."""
    if verb.tag_ == "VB" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return subject_of(head.head)  # "Iran expressed readiness to resume talks": Iran resumes them
    if verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return head  # the parser's "Tsikhanouskaya, the exiled leader, called for": a finite verb hung on its subject
    if verb.tag_ != "VBG":
        return None
    governor = _coordinated_object_verb(verb)
    if governor is not None:  # "outlawed the ANC and the PAC, forcing them underground"
        return subject_of(governor)
    if head.lemma_.lower() in DOCUMENT_NOUNS and head.dep_ in ("dobj", "nsubjpass"):  # "a resolution criticising"
        return subject_of(head.head) if head.dep_ == "dobj" else agent_of(head.head)
    return head


def _reported_clause(gerund: Token) -> Token | None:
    """The fronted report a trailing gerund continues: the parser hangs "wounding" in "M23 seized a
    village, officials said, wounding six soldiers" on "said", but M23 does the wounding."""
    head = gerund.head
    if gerund.dep_ != "advcl" or gerund.tag_ != "VBG" or head.lemma_ not in settings.REPORT_VERBS:
        return None
    fronted = [c for c in children(head, "ccomp") if c.i < head.i < gerund.i]
    return fronted[0] if fronted else None


def _fronted_subject(verb: Token) -> Token | None:
    """The parser's subject hung as a conjunct on the last noun of a fronted phrase: "On a visit to
    Zimbabwe, [Ramaphosa] voiced his support", a name after the comma that ends right before the
    verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for noun in prep.subtree:
            comma = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
            if noun.dep_ == "conj" and noun.pos_ in ("PROPN", "NOUN") and noun.right_edge.i == verb.i - 1 \
                    and comma is not None and comma.text == ",":
                return noun
    return None


#: What a caller says on the phone: "called Erdogan to apologise" is the caller's apology, while
#: "called Iran to release the sailors" urges Iran.
_CALL_PURPOSES = frozenset({"apologize", "apologise", "congratulate", "thank", "express", "convey", "extend",
                            "offer", "assure", "reassure", "discuss", "condole", "console", "brief", "inform"})


def said_on_call(call: Token, purpose: Token) -> bool:
    """True when the to-clause of a phone call is what the caller says on it."""
    return call.lemma_ in ("call", "phone", "telephone", "ring") and purpose.lemma_.lower() in _CALL_PURPOSES


def occasion(prep: Token) -> bool:
    """True for the preposition of a trip or a meeting the clause's subject makes or holds: "is
    on a visit to Japan", "led a delegation on a visit to Russia", "in a meeting with Trudeau,
    Biden agreed to …"."""
    if prep.head.pos_ not in ("VERB", "AUX"):
        return False
    nouns = {o.lemma_.lower() for o in children(prep, "pobj")}
    return prep.lower_ == "on" and bool(nouns & settings.TRIP_NOUNS) \
        or prep.lower_ in settings.MEETING_PREPS and bool(nouns & settings.MEETING_NOUNS)


def _shared_head(noun: Token) -> Token:
    """The head noun the parser split off a coordination of its modifiers: in "Israel's air and
    ground offensive" it makes "air" the subject and "ground" and "offensive" its conjuncts."""
    conj = [c for c in noun.children if c.dep_ == "conj"]
    if noun.pos_ != "NOUN" or len(conj) < 2 or any(c.dep_ == "det" for c in noun.children):
        return noun
    last, before = conj[-1], conj[-2]
    return last if last.pos_ == "NOUN" and before.i == last.i - 1 and before.pos_ in ("NOUN", "ADJ") else noun


def _coordinated_object_verb(gerund: Token) -> Token | None:
    """The verb whose coordinated objects a comma-set gerund follows: the parser hangs "forcing"
    in "outlawed the ANC and the PAC, forcing them …" on the last object, but the verb's subject
    does the forcing."""
    node = gerund.head
    if gerund.i == 0 or gerund.doc[gerund.i - 1].text != "," or node.dep_ != "conj":
        return None
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.pos_ in ("VERB", "AUX"):  # the parser's object coordinated with the verb itself
        return node
    return node.head if node.dep_ == "dobj" else None


#: Verbs by which a body makes a document its own ("adopted a declaration that …"), unlike
#: those that react to another's ("dismissed a report that accused …").
_ISSUING = frozenset({"adopt", "issue", "pass", "release", "publish", "sign", "approve", "unveil", "draft", "introduce",
                      "present", "send", "deliver", "submit", "file", "write", "put", "sponsor", "table"})


def issued_document(noun: Token) -> bool:
    """True for a document its verb's subject makes its own: "adopted a declaration", "introduced
    a bill" (not "dismissed a report")."""
    return noun.lemma_.lower() in DOCUMENT_NOUNS and noun.dep_ == "dobj" and noun.head.lemma_ in _ISSUING


def addressees_of(act: Token) -> list[Token]:
    """Whom a document that carries a spoken act is sent or written to, for the act's participle
    on the verb or on the document: "sent a letter to the WHO threatening to cut funding",
    "wrote a letter to Congress demanding …"."""
    if act.tag_ != "VBG" or act.dep_ not in ("advcl", "acl"):
        return []
    verb = act.head.head if act.dep_ == "acl" and act.head.dep_ == "dobj" else act.head
    documents = [o for o in children(verb, "dobj") if o.lemma_.lower() in DOCUMENT_NOUNS]
    if not documents or verb.pos_ != "VERB":
        return []
    datives = [o for d in children(verb, "dative") for o in (children(d, "pobj") if d.pos_ == "ADP" else [d])]
    return datives + prep_objects(verb, ("to",)) + [o for d in documents for o in prep_objects(d, ("to",))]


def _issuer(subject: Token) -> Token:
    """A document acts for whoever adopted or issued it: "the leaders adopted a declaration that
    called on the United States to …" is a call by the leaders."""
    if issued_document(subject):
        issuer = children(subject.head, *_SUBJECT_DEPS)
        return issuer[0] if issuer and issuer[0].tag_ not in _RELATIVE_TAGS else subject
    return subject


def agent_of(verb: Token) -> Token | None:
    """The object of "by" in a passive clause ("was killed by soldiers"); a time noun the parser
    joined to it gives way to the agent before it ("arrested by police hours after")."""
    for prep in children(verb, "agent"):
        objects = children(prep, "pobj")
        if objects and objects[0].lemma_.lower() in settings.TIME_UNITS:  # the parser's "by [police] hours after"
            return next(iter(children(objects[0], "compound")), objects[0])
        if objects:
            return objects[0]
    return None




def passive_subject(verb: Token) -> Token | None:
    """The patient of a passive verb, or the noun a past participle modifies ("ships seized by")."""
    own = children(verb, "nsubjpass")
    if own:
        return _relative_antecedent(verb, own[0])
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    if verb.dep_ == "conj" and is_passive(verb.head):
        return passive_subject(verb.head)
    return None


def direct_object(verb: Token) -> Token | None:
    """The direct object of an active verb (or the patient of a passive one)."""
    objects = children(verb, "dobj") or [t for t in children(verb, "npadvmod") if undated(t) is not t]
    if objects:  # the parser's "met [Bashar al-Assad Tuesday]" as a time adverb
        return _relative_antecedent(verb, undated(objects[0]))
    if is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return passive_subject(verb)
    if verb.dep_ == "relcl" and not children(verb, "nsubj", "dobj"):
        return None
    return None


def prep_objects(token: Token, words: tuple[str, ...]) -> list[Token]:
    """Objects of the prepositions ``words`` attached to ``token`` ("sanctions on Iran"), and the
    subject the parser gives a participle after one ("an attack on [the government] calling it
    corrupt", read as "on [the government calling it corrupt]")."""
    found = []
    for prep in children(token, "prep", "dative"):
        if prep.lower_ in words or (prep.lower_ == "on" and "upon" in words):
            objects = children(prep, "pobj") + [s for c in children(prep, "pcomp") if c.tag_ == "VBG"
                                                 for s in children(c, "nsubj") if s.pos_ in ("NOUN", "PROPN")]
            found.extend(o for o in map(undated, objects) if o.ent_type_ not in _TIME_ENTS)
    return found


def time_phrase(prep: Token) -> bool:
    """True for a preposition whose objects are all dates or times ("in 2019", "on Monday"):
    an adjunct of time, never a verb's particle ("gave $2 million to Kenya in 2019" is no "give in")."""
    objects = children(prep, "pobj")
    return bool(objects) and all(o.ent_type_ in _TIME_ENTS for o in objects)


def undated(token: Token) -> Token:
    """The name a day word swallowed as the head of its phrase: the parser's "met with [Bashar
    Assad Tuesday]" has "Tuesday" as head and "Assad" as its compound."""
    if token.ent_type_ not in _TIME_ENTS:
        return token
    named = [c for c in token.children if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
    return named[-1] if named else token


def clause_tokens(head: Token) -> list[Token]:
    """Tokens of the clause headed by ``head``, without the clauses embedded in it (a participle
    that only modifies a name, "in occupied Karabakh", is no clause)."""
    out = [head]
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and not participle_adjective(child):
            continue
        out.extend(clause_tokens(child))
    return out
