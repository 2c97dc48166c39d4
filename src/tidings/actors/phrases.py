"""The words of an actor mention: the phrase around a head, its appositions, the pronoun and
name heuristics the resolver applies, and the small tables they use. Plain functions of parse
tokens, so :mod:`tidings.actors.resolve` stays the resolver's decisions only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Token

from tidings import settings
from tidings.actors.kb import Entry
from tidings.actors.rules import load_rules
from tidings.nlp.tree import coordinated
from tidings.record import Actor
from tidings.timeplace.gazetteer import load_gazetteer
from tidings.timeplace.places import PLACE_PREPS, names_place

__all__ = ["GROUP_PRONOUNS", "INSTRUMENTS", "LEADERS", "MEETINGS", "MODIFIER_DEPS", "Match", "NAMED_ENTITIES",
           "PERSONAL_PRONOUNS", "PLACE_KINDS", "STATE_GROUPS", "STATE_SECTORS", "VOICES", "actor_code",
           "appositions", "as_former", "effective_head", "former", "held_by", "held_on", "in_country",
           "is_bare_name", "is_breakaway", "is_channel", "is_outside_noun", "is_sponsor", "is_surname",
           "named_by_apposition", "one_of", "other_forename", "own_subject", "person_on", "phrase_text",
           "phrase_tokens", "prefer", "region_country", "says_former", "such_as", "unknown_person"]

_SKIP_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "ccomp", "xcomp",
                        "parataxis", "mark", "prep", "dep", "npadvmod", "advmod", "aux", "auxpass"})

_TITLE_PREPS = frozenset({"of", "for"})

_CHANNEL_PREPS = frozenset({"on", "via", "through"})

_PLACE_PREPS = frozenset({"of", "for", "in", "near", "at"})

#: Heads that only count, group or measure the real actor or object: "dozens of protesters", "a group
#: of rebels", "tons of medicine".
QUANTITY_HEADS = frozenset({
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "ten",
    "tens", "score", "scores", "number", "group", "some", "many", "several", "most", "all", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "members", "member", "rest",
    "majority", "handful", "team", "delegation", "crowd", "unit", "contingent", "wave", "barrage", "remnants",
    "salvo", "fleet", "convoy", "package", "round", "series", "string", "flurry", "batch", "set",
    # measures and loads of goods: "13 tons of medicine", "a shipment of vaccines", "$5 million worth of arms"
    "ton", "tons", "tonne", "tonnes", "kilogram", "kilograms", "litre", "litres", "liter", "liters",
    "shipment", "shipments", "consignment", "consignments", "cargo", "load", "loads", "truckload",
    "truckloads", "planeload", "planeloads", "dose", "doses", "worth", "quantity", "quantities", "amount",
})

@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entries: tuple[Entry, ...]

def effective_head(head: Token) -> Token:
    """The noun that names the actor behind a quantity ("dozens of protesters" → protesters),
    behind an "ex-" the parser took for the head ("two ex-ministers": ministers), or behind a
    place a force holds ("Hezbollah positions": Hezbollah)."""
    after_ex = _after_ex(head) or held_by(head)
    if after_ex is not None:
        return after_ex
    for _ in range(3):
        if head.lower_ not in QUANTITY_HEADS and head.lemma_.lower() not in QUANTITY_HEADS \
                and head.pos_ != "NUM":
            return head
        objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        if not objects:
            return head
        head = objects[0]
    return head

#: Places a force holds, named by their holder: "Hezbollah positions", "RSF bases", "Hamas
#: targets" stand for the group itself as the target of an attack.
HELD_PLACES = frozenset({"position", "target", "base", "stronghold", "outpost", "camp", "hideout", "depot",
                         "installation", "facility", "post", "bunker", "checkpoint", "barrack", "barracks"})


def held_by(head: Token) -> Token | None:
    """The named holder of a place a force holds ("Rapid Support Forces positions" → the RSF,
    "Hezbollah and Hamas targets" → Hezbollah, coordinated with Hamas), or None."""
    if head.lemma_.lower() not in HELD_PLACES or head.pos_ != "NOUN":
        return None
    named = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN"]
    return named[-1] if named else None


def _after_ex(head: Token) -> Token | None:
    """The noun of "ex-ministers" when the parser split it into "ex", "-", "ministers" and made
    "ex" the head."""
    doc = head.doc
    if head.lower_ != "ex" or head.i + 2 >= len(doc) or not _glued_hyphen(doc[head.i + 1]):
        return None
    noun = doc[head.i + 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None

def _glued_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side ("ex-minister")."""
    return token.text in _HYPHENS and not token.whitespace_ and not token.doc[token.i - 1].whitespace_

def phrase_tokens(head: Token, loose: bool = False) -> list[Token]:
    """The tokens naming an actor: the head with its modifiers, without clauses and most PPs.

    "of"/"for" phrases are kept after nouns ("President of Iran", "secretary for ALBA");
    ``loose`` also keeps place phrases ("a refinery in Russia's Ryazan region").
    """
    preps = _PLACE_PREPS if loose else _TITLE_PREPS
    keep = [head]
    for child in head.children:
        allowed = preps if head.pos_ == "NOUN" else _TITLE_PREPS
        if child.dep_ == "prep" and child.lower_ in allowed and head.pos_ in ("NOUN", "PROPN"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                keep.append(child)
                keep.extend(t for o in objects for t in phrase_tokens(o, loose))
        elif child.dep_ not in _SKIP_DEPS or _inner_hyphen(child) or _hyphen_modifier(child):
            keep.extend(phrase_tokens(child, loose))
    return sorted(set(keep + _split_ex(head, loose)), key=lambda t: t.i)

def _split_ex(noun: Token, loose: bool) -> list[Token]:
    """The "ex-" of a noun the parser split off with its own modifiers ("Colombian ex-soldiers"
    parsed as "Colombian ex" + "soldiers"): they belong to the noun's phrase."""
    doc = noun.doc
    ex = doc[noun.i - 2] if noun.i >= 2 else None
    if ex is None or _after_ex(ex) is None or ex.head.i == noun.i:
        return []  # no "ex-", or parsed right ("ex" already modifies the noun)
    mods = [t for c in ex.lefts if c.dep_ not in _SKIP_DEPS for t in phrase_tokens(c, loose)]
    return [*mods, ex, doc[noun.i - 1]]

def _hyphen_modifier(token: Token) -> bool:
    """The first part of a hyphenated modifier the parser calls an adverbial noun: the "Saudi" of
    "the Saudi-led coalition", the "Iran" of "Iran-backed militias" (a sponsor, dropped later)."""
    doc = token.doc
    return token.dep_ == "npadvmod" and token.i + 1 < token.head.i and _glued_hyphen(doc[token.i + 1])

def such_as(head: Token) -> list[Token]:
    """The named examples that stand for a generic noun: "groups such as Amnesty International and
    Human Rights Watch", "countries such as Iran and Syria"."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"):
        if any(c.lower_ == "such" for c in prep.children):
            return [t for o in prep.children if o.dep_ == "pobj" for t in coordinated(o)]
    return []

def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a name ("Díaz-Canel", "al-Shabaab"), which the names index keeps."""
    return token.text in ("-", "\u2010", "\u2011") and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_

def actor_code(country: str | None, agent: str | None) -> str | None:
    return ((country or "") + (agent or "")) or None

def person_on(entry: Entry, day: str | None) -> tuple[str | None, str | None]:
    """Country and sector of a person on ``day``: the valid role, else a former official (ELI)."""
    role = entry.role_on(day)
    if role is not None:
        return role.country, role.agent
    earlier = entry.role_on(day, former=True)
    if earlier is not None:
        return earlier.country, "ELI"
    return (entry.roles[0].country if entry.roles else None), None

def region_country(head: Token) -> str | None:
    """The country of a place named in the noun's proper-noun modifiers, when the gazetteer knows
    only one country for it ("Uttar Pradesh", "Kansas"; not "Punjab")."""
    names = [c for c in head.children if c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper()
             and c.i < head.i and c.ent_type_ != "NORP"]
    spans = [head.doc[n.left_edge.i: n.i + 1].text for n in names]
    if len(names) > 1:  # "the West Bengal government": two compounds, one name
        spans.insert(0, head.doc[min(n.left_edge.i for n in names): names[-1].i + 1].text)
    for words in spans:
        country = load_gazetteer().country_of(words, unambiguous=True)
        if country is not None:
            return country
    return None

def is_channel(token: Token) -> bool:
    """"wrote on Twitter", "said in a post on Telegram": where a statement was made, not who made it."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in _CHANNEL_PREPS and prep.head.lemma_.lower() in settings.REPORT_VERBS

def own_subject(pronoun: Token) -> set[int]:
    """Token indexes of the subject of an object pronoun's own clause, which it cannot stand for
    ("the United States …, accusing them": "them" is not the United States)."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative"):
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return {t.i for s in subjects for t in s.subtree}
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return set()
        verb = verb.head
    return set()

def appositions(head: Token) -> list[Token]:
    """The appositions of ``head``. The parser hangs an apposition after the last conjunct on
    the first ("Petro and García, the ELN's commander,"): it belongs to the last."""
    def after_conj(appos: Token) -> bool:
        return any(c.dep_ == "conj" and c.i < appos.i for c in head.children)

    own = [c for c in head.children if c.dep_ == "appos" and not after_conj(c)]
    if head.dep_ == "conj" and not any(c.dep_ == "conj" for c in head.children):
        own += [c for c in head.head.children if c.dep_ == "appos" and c.i > head.i]
    return own

def prefer(match: Match, countries: Counter) -> Match:
    """The match with its readings ordered by how often the document names their country
    ("Georgia" next to Tbilisi is the country; next to Atlanta, the US state)."""
    if len(match.entries) < 2:
        return match
    ranked = sorted(match.entries, key=lambda e: -countries.get(e.country, 0))
    return Match(match.start, match.end, tuple(ranked))

STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "SPY"})

MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})

PLACE_KINDS = ("country", "demonym", "capital", "breakaway")

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})

def is_breakaway(entry: Entry) -> bool:
    """A breakaway region's name, capital or demonym (``breakaways.csv``)."""
    return entry.kind == "breakaway" or entry.kind == "demonym" and entry.agent == "REB"

def held_on(entry: Entry, day: str | None) -> bool:
    """True when the breakaway region is held by its separatist authorities on ``day``."""
    return is_breakaway(entry) and entry.role_on(day) is not None

#: Nouns for a family, which a surname names ("the Lima clan", "the Paris family").
_FAMILIES = frozenset({"family", "clan", "dynasty"})


def is_surname(tokens: list[Token], match: Match) -> bool:
    """A capital's name that is a surname: before "family" or "clan" with "the" ("the Lima
    clan" is a family of that name, not Peru's government)."""
    if match.entries[0].kind != "capital":
        return False
    family = tokens[match.end - 1]
    while family.dep_ in ("compound", "amod") and family.head.i > family.i:
        family = family.head
    return family.lemma_.lower() in _FAMILIES and any(c.lower_ == "the" for c in family.children)


def is_sponsor(tokens: list[Token], match: Match) -> bool:
    """A nationality or name that only sponsors the actor: "pro-Russian separatists",
    "Iran-backed militias", "US-trained forces" (``rules.yaml``, sponsor)."""
    rules = load_rules()
    first, last = tokens[match.start], tokens[match.end - 1]
    doc = first.doc
    before = first.i >= 2 and doc[first.i - 1].text in _HYPHENS and doc[first.i - 2].lower_ in rules.sponsor_before
    glued = first.lower_.startswith("pro-") or first.i >= 1 and doc[first.i - 1].lower_ in rules.sponsor_before \
        and not doc[first.i - 1].whitespace_
    after = last.i + 2 < len(doc) and doc[last.i + 1].text in _HYPHENS and doc[last.i + 2].lower_ in rules.sponsor_after
    prefix = first.i == last.i and first.lower_ in rules.sponsor_before and first.i + 1 < len(doc) \
        and doc[first.i + 1].text in _HYPHENS  # "Pro-government" names no party "PRO"
    return before or glued or after or prefix

def is_bare_name(token: Token) -> bool:
    """A capitalised name with no other name joined to it: "Congress", not "Trinamool Congress"
    or "Congress Party"."""
    if not token.text[:1].isupper() or token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
        return False
    return not any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in token.children)

def is_outside_noun(head: Token) -> bool:
    """"opponents", "critics", "supporters": people outside what they oppose or support."""
    outside = load_rules().outside_of
    return head.pos_ == "NOUN" and (head.lemma_.lower() in outside or head.lower_ in outside)

#: Plural nouns for states taken together ("Western countries", "its allies", "world powers"):
#: no one country, so the group keeps its words.
STATE_GROUPS = frozenset({"country", "nation", "state", "ally", "republic", "power"})

#: People who speak or act for a body named after them or as their possessor ("a spokesman for
#: Hamas", "the president's aide"): the body is the actor.
VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official", "source",
                     "envoy", "delegate", "aide", "adviser", "advisor"})

#: Titles of people who lead a body named after them with "of": they take its sector ("the
#: leader of the teachers union" is LAB, not the GOV of a bare "leader").
LEADERS = frozenset({"leader", "president", "chairman", "chairwoman", "chairperson", "chair", "boss",
                     "founder"})

#: Nouns of meetings, whose sector words name what the meeting is about, not a party to it:
#: "power-sharing government talks with the opposition leader" are held with the leader, not with a government.
MEETINGS = frozenset({"talk", "negotiation", "dialogue", "summit", "conference"})  # lemmas

#: Nouns for the staff and seat of an office holder: "the prime minister's office" acts for
#: the prime minister, so it takes the sector of its owner's title.
OFFICES = frozenset({"office", "bureau", "secretariat"})

#: Nouns for a people taken together, named by their modifier: "the Rohingya community" is
#: Rohingya civilians, "the business community" business (no modifier sector: no actor).
COMMUNITIES = frozenset({"community", "minority", "diaspora"})

def former(head: Token, actor: Actor | None) -> Actor | None:
    """"a former Venezuelan oil minister", "the ex-president", "Former prime minister Paul
    Keating" (the word on the title the name is compounded with): a former official (ELI).
    Someone with no office ("a former Germany defender", "his former girlfriend") stays who
    they are: ELI is for former officials, not for any former role."""
    if actor is None or actor.org or actor.agent not in STATE_SECTORS | {"COP", "OPP", "PTY"}:
        return actor
    lefts = [t for left in head.lefts for t in (left.subtree if left.dep_ == "compound" else (left,))]
    return as_former(actor) if says_former([*lefts, head, *_split_ex(head, False)]) else actor

def says_former(tokens: list[Token]) -> bool:
    """True when the words call the actor former: "former", "ex-", "ousted", "late"."""
    return any(t.lower_ in _FORMER or t.lower_.startswith("ex-") for t in tokens)

def as_former(actor: Actor) -> Actor:
    """The actor as a former official (ELI) of its country."""
    return Actor(actor.text, actor.name, actor.country, "ELI", None, actor_code(actor.country, "ELI"))

def in_country(actor: Actor | None, country: str | None) -> Actor | None:
    """A state sector without a country ("the government", "the president") belongs to the
    document's main country."""
    if actor is None or country is None or actor.country or actor.org or actor.agent not in STATE_SECTORS:
        return actor
    return Actor(actor.text, actor.name, country, actor.agent, None, country + actor.agent)

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})

GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})

NAMED_ENTITIES = frozenset({"PERSON", "ORG"})

_FORMER = frozenset({"former", "ex", "ousted", "deposed", "late"})

INSTRUMENTS = frozenset({"strike", "airstrike", "attack", "missile", "rocket", "bomb", "shell",
                          "raid", "shelling", "bombardment", "drone", "warplane", "jet", "sanction"})

def phrase_text(head: Token) -> str:
    """The words of the phrase a pronoun stands for, without its relative clauses: the name an
    unnamed group goes by ("they" → "Striking teachers in Gaza")."""
    tokens = [t for t in phrase_tokens(head) if not any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.i > head.i)]
    return " ".join(t.text for t in tokens) if tokens else head.text

def named_by_apposition(head: Token, actor: Actor | None) -> Actor | None:
    """A title with a person's name in apposition goes by that name: "his Iranian counterpart,
    Mostafa Mohammad Najjar," is named Mostafa Mohammad Najjar, whatever the table knows."""
    if actor is None or head.pos_ != "NOUN":
        return actor
    places = [o for p in head.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")]  # "ambassador to Venezuela, X,"
    candidates = appositions(head) + [a for o in places for a in appositions(o)]
    person = next((a for a in candidates if a.pos_ == "PROPN" and a.ent_type_ == "PERSON"), None)
    if person is None:
        return actor
    words = [t for t in person.subtree if t.dep_ in ("compound", "flat") and t.i < person.i] + [person]
    return replace(actor, name=" ".join(t.text for t in sorted(words, key=lambda t: t.i)))

def other_forename(tokens: list[Token], match: "Match") -> bool:
    """True when the names just before a surname match are not the known person's: "Jorge
    Alberto Bolanos" is not Enrique Bolaños, though "Bolanos" alone may be."""
    known = {w.lower() for e in match.entries for w in e.name.split()}
    before = []
    for token in reversed(tokens[: match.start]):
        if token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
            break
        before.append(token.lower_)
    return bool(before) and not known.intersection(before)

def one_of(head: Token, coordinated: list[Token], own: Token) -> str:
    """The words of a phrase with a coordination of countries, keeping only one of them:
    "Nigerian and British armed forces" → "British armed forces"."""
    def part(token: Token) -> list[Token]:  # the conjunct without the conjuncts hung on it
        hung = {w.i for c in token.children if c.dep_ == "conj" for w in c.subtree}
        hung |= {c.i for c in token.children if c.dep_ in ("cc", "punct")}
        return [w for w in token.subtree if w.i not in hung]

    start = min(t.left_edge.i for t in coordinated)
    end = max(t.right_edge.i for t in coordinated)
    doc = head.doc
    words = list(doc[min(start, head.left_edge.i): start]) + part(own) + list(doc[end + 1: max(end, head.i) + 1])
    return " ".join(t.text for t in words)


#: Prepositions before a name that make it a place ("in Mosul", "to Kirkuk"), not a person.
_NAME_PLACE_PREPS = PLACE_PREPS | {"from", "to", "through", "over"}


def unknown_person(head: Token) -> bool:
    """True for a capitalised name that neither spaCy nor the gazetteer knows as a person or
    place, standing where a party to an act stands: the subject ("Tapie sued the bank"), the
    object ("police detained Tuncel") or the complement of a noun or of a preposition that does
    not name a place ("an investigation into Benalla", "a warrant for Yilmaz"), unless that noun
    is a place ("the town of Kherson"). spaCy often tags rare surnames as places or not at all;
    a place the gazetteer does not know seldom acts, and one after "in", "to" or "from" a verb is
    kept as a place."""
    if not head.is_title or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    if head.dep_ != "pobj":
        return True
    prep = head.head
    if prep.head.pos_ == "NOUN" and names_place(prep.head):  # "the city of Kherson"
        return False
    return prep.lower_ not in _NAME_PLACE_PREPS or prep.lower_ == "into" and prep.head.pos_ == "NOUN"
