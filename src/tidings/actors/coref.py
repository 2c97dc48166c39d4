"""Coreference within one document: what "Raisi", "the president" or "the ministry" refer to.

Before events are coded, :func:`observe` reads every named or titled mention of the document
("Iran's President Ebrahim Raisi", "Mexico's foreign ministry", "Venezuelan police") and keeps
it in a :class:`DocMemory` with its title words. Later mentions then resolve through it: a
surname or a repeated name to the person named before, a definite description ("the
president", "the foreign minister", "the ministry", "the police") to the latest earlier mention
with a matching title, and, when nothing matches, a state sector to the document's most
mentioned country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Doc, Token

from tidings.record import Actor
from tidings.timeplace.gazetteer import load_gazetteer

if TYPE_CHECKING:  # pragma: no cover - typing only
    from tidings.actors.kb import KnowledgeBase
    from tidings.actors.resolve import ActorResolver

__all__ = ["DocMemory", "DatedAct", "Mention", "observe", "title_antecedent", "request_title", "count_countries",
           "both_sides", "counterpart", "story_sides", "summit_body"]

#: Words that change the office itself: "the president" is not the vice president.
_RANK = frozenset({"vice", "deputy", "assistant", "under"})
#: Words that leave the office the same ("acting president" is the president).
_NEUTRAL = frozenset({"acting", "interim", "caretaker", "transitional", "new", "then", "top",
                      "current", "incumbent", "outgoing", "incoming", "country", "nation", "'s", "affairs",
                      "former", "ex", "late"})
#: Heads of definite descriptions that refer back to an organisation ("the group", "the bloc").
ORG_NOUNS = frozenset({"group", "organization", "organisation", "movement", "alliance", "bloc",
                       "agency", "body", "coalition", "council", "union", "watchdog", "militia",
                       "party", "charity", "network", "faction", "outfit"})
_ORG_SECTORS = frozenset({"NGO", "IGO", "REB", "INS", "PTY", "HRI"})
#: Nouns that name a news outlet ("the state news agency", "the newspaper"), for coreference
#: and attribution.
OUTLET_NOUNS = frozenset({"media", "newspaper", "agency", "television", "tv", "broadcaster", "outlet", "portal",
                          "magazine", "daily", "channel", "radio", "press", "website", "paper"})
_SYNONYMS = {"external": "foreign", "defense": "defence", "spokeswoman": "spokesman",
             "vessel": "ship", "warship": "ship", "frigate": "ship", "destroyer": "ship", "boat": "ship",
             "tanker": "ship", "cruiser": "ship", "corvette": "ship",
             "spokesperson": "spokesman", "premier": "prime minister", "secretary-general": "secretary general"}
_REGNAL = re.compile(r"^[IVX]+$")  # "Abdullah II" is remembered as Abdullah
_GENERIC_POSS = frozenset({"its", "their", "his", "her", "country", "nation"})
_ENTITY_LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG", "FAC", "LOC"})


@dataclass(frozen=True)
class Mention:
    """An actor named in the document, where, and the title words it was named with."""

    index: int
    actor: Actor
    head: str  # the title's head noun ("minister"), "" for names without a title
    words: frozenset[str]  # the title's other words ("foreign")
    plural: bool = False  # "G20 foreign ministers" is not "the foreign minister"
    person: bool = False  # a named person, for "he" and "she"


class DatedAct(NamedTuple):
    """An event whose day the text gives: where, what predicate, which actors, which day."""

    sentence: int  # character offset where its sentence starts
    lemma: str
    codes: frozenset[str]
    day: str


@dataclass
class DocMemory:
    """What one document has said so far, for resolving later mentions."""

    people: dict[str, Actor] = field(default_factory=dict)  # by full name and by surname
    mentions: list[Mention] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    events: list = field(default_factory=list)  # events coded so far, for "condemned the attack"

    anaphora_at: int | None = None  # sentence (token index) that referred back to an earlier event
    dated_acts: list[DatedAct] = field(default_factory=list)  # events dated by the text, in order

    @property
    def last_date(self) -> str | None:
        """The last day named in the text, for "the same day"."""
        return self.dated_acts[-1].day if self.dated_acts else None

    def date_before(self, sentence: int) -> str | None:
        """The last day named before the sentence starting at character ``sentence``: "two days
        later" counts from there, even after an event of its own sentence was dated."""
        return next((a.day for a in reversed(self.dated_acts) if a.sentence < sentence), None)

    @property
    def last_date_sentence(self) -> int | None:
        """Where the sentence of that day starts (character offset)."""
        return self.dated_acts[-1].sentence if self.dated_acts else None

    @property
    def main_country(self) -> str | None:
        """The country the document names most often."""
        return self.countries.most_common(1)[0][0] if self.countries else None


def _words(text: str) -> list[str]:
    """Normalised title words: lower case, synonyms unified ("external affairs" → "foreign")."""
    text = re.split(r"\(| of the | of ", text.lower())[0]
    out: list[str] = []
    for word in re.findall(r"[a-z][a-z'-]*", text):
        out.extend(_SYNONYMS.get(word, word).split())
    return [w for w in out if w not in _NEUTRAL]


def _title(words: list[str]) -> tuple[str, frozenset[str]]:
    return (words[-1], frozenset(words[:-1])) if words else ("", frozenset())


def _title_tokens(tokens: list[Token], names: list[Token]) -> list[str]:
    """The words of a mention that are not names: "Iran's President Ebrahim Raisi" → president."""
    skip = {t.i for t in names}
    keep = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.ent_type_ not in _ENTITY_LABELS
            and t.dep_ not in ("poss", "case") and t.i not in skip]
    return _words(" ".join(t.lemma_ for t in keep))


def _role_title(resolver: ActorResolver, actor: Actor, day: str | None) -> list[str]:
    entry = resolver.kb.by_name.get(actor.name or "")
    role = entry.role_on(day) if entry is not None and entry.kind == "person" else None
    return _words(role.title) if role is not None else []


def count_countries(doc: Doc, resolver: ActorResolver) -> Counter:
    """How often each country is named in the document (names, demonyms, capitals): the
    context that places "the police" or "the president" when the sentence does not."""
    counts: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        matches = resolver.scan(list(ent))
        for match in matches:
            states = {e.country for e in match.entries}
            entry = match.entries[0]
            if entry.kind in ("country", "demonym", "capital", "breakaway") and len(states) == 1:  # not "Georgia"
                counts[entry.country] += 1
        if not matches:  # a city the actor tables do not know ("Atlanta", "Juliaca")
            city = load_gazetteer().country_of(ent.text, kinds=("city",), unambiguous=True)
            if city is not None:
                counts[city] += 1
    return counts


def _candidate_heads(doc: Doc, resolver: ActorResolver) -> list[Token]:
    """Heads of the noun phrases worth remembering: proper names, and actor nouns with a named
    modifier ("Mexico's foreign ministry", "Venezuelan police"), not event nouns ("U.S. sanctions")."""
    heads = []
    for token in doc:
        if token.pos_ == "PROPN" and token.dep_ not in ("compound", "flat"):
            heads.append(token)
        elif token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.lemma_.lower() in _MEETINGS:
            heads.append(token)  # "the ASEAN summit": the body that meets
        elif token.pos_ == "NOUN" and not (token.dep_ == "appos" and token.head.pos_ == "PROPN") \
                and _actor_noun(token, resolver) \
                and any(t.ent_type_ in ("GPE", "NORP", "ORG") or t.pos_ == "PROPN" for c in token.children
                        if c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree):
            heads.append(token)
    return heads


def _actor_noun(token: Token, resolver: ActorResolver) -> bool:
    lemma = token.lemma_.lower()
    return lemma in ORG_NOUNS or bool(resolver.kb.sector([token.text]) or resolver.kb.sector([lemma]))


def _person_name(head: Token, resolver: ActorResolver) -> list[Token]:
    """The full name of the person a phrase names: its own ("Ana Pérez") or that of a name in
    apposition or compound ("Mexico's foreign minister Alicia Bárcena"); empty if none."""
    own = resolver.name_tokens(head)
    if not own:
        own = next((resolver.name_tokens(c) for c in head.children
                    if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), [])
    return own if len(own) > 1 else []


def _is_person(name: list[Token], title: str, resolver: ActorResolver) -> bool:
    """True for a full name that is a known person, or an unknown name that the tagger calls a
    person or that comes with a title ("Ana Pérez, Chile's foreign minister")."""
    entries = resolver.kb.lookup([t.text for t in name])
    if entries:
        return entries[0].kind == "person"
    return any(t.ent_type_ == "PERSON" for t in name) or bool(title and resolver.kb.sector([title]))


def _known_person(actor: Actor, resolver: ActorResolver) -> bool:
    entry = resolver.kb.by_name.get(actor.name or "")
    return entry is not None and entry.kind == "person"


def observe(doc: Doc, resolver: ActorResolver, day: str | None, memory: DocMemory | None = None) -> DocMemory:
    """A memory of every resolvable named or titled mention of ``doc``, in text order."""
    from tidings.actors.resolve import phrase_tokens

    memory = memory or DocMemory()
    memory.countries = count_countries(doc, resolver)
    counted: set[str | None] = set()
    for head in _candidate_heads(doc, resolver):
        actor = resolver.resolve(head, day)
        tokens = _person_name(head, resolver)
        name = " ".join(t.text for t in tokens)
        words = _title_tokens(phrase_tokens(head), resolver.name_tokens(head)) or _apposition_title(head)
        person = bool(tokens) and _is_person(tokens, words[-1] if words else "", resolver)
        if actor is None and person and head.pos_ == "PROPN":
            actor = Actor(name, name)
        if actor is None or not actor.known:
            continue
        if not person and head.pos_ == "PROPN" and _known_person(actor, resolver):  # "Biden" alone
            person, tokens, name = True, [head], head.text
        if person and actor.name in (None, *resolver.kb.country_names.values()):
            actor = Actor(actor.text, name, actor.country, actor.agent, actor.org, actor.code)
        title = _title(words or _role_title(resolver, actor, day))
        memory.mentions.append(Mention(head.i, actor, *title, plural=head.tag_ in ("NNS", "NNPS"), person=person))
        if actor.country and actor.name not in counted and actor.name != resolver.kb.country_names.get(actor.country):
            counted.add(actor.name)
            memory.countries[actor.country] += 1  # each person or body named counts once for its country
        if person:
            memory.people.setdefault(name, actor)
            surname = tokens[-2] if len(tokens) >= 2 and _REGNAL.match(tokens[-1].text) else tokens[-1]
            memory.people.setdefault(surname.text, actor)
    return memory


def _apposition_title(head: Token) -> list[str]:
    from tidings.actors.resolve import appositions, phrase_tokens

    for appos in appositions(head):
        words = _title_tokens(phrase_tokens(appos), [])
        if words:
            return words
    return []


def request_title(head: Token) -> tuple[str, frozenset[str]] | None:
    """The title a definite description asks for ("the foreign minister" → minister, {foreign}),
    or None when the phrase names its own referent (a name, a country, "a minister")."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    words: list[str] = []
    for child in head.children:
        if child.dep_ in ("det", "predet") and child.lower_ not in ("the", "both"):
            return None
        if child.dep_ == "poss" and child.lemma_.lower() not in _GENERIC_POSS:
            return None
        if child.dep_ in ("amod", "compound"):
            if child.ent_type_ or child.pos_ == "PROPN":
                return None
            words.append(child.text)
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            return None
        if child.dep_ == "prep" and child.lower_ == "from" and any(o.ent_type_ in ("GPE", "NORP", "LOC")
                                                                   for o in child.children):
            return None  # "the refugees from Syria" name their own referent
    if not any(c.dep_ in ("det", "poss", "predet") for c in head.children):
        return None
    return _title(_words(" ".join([*words, head.lemma_])))


#: Plural titles that, bare ("the leaders", "the ministers"), are the members of a meeting.
_MEMBER_TITLES = frozenset({"leader", "president", "minister", "head", "delegate", "premier"})


def summit_body(head: Token, memory: DocMemory) -> Actor | None:
    """The international body whose meeting bare plural titles attend: "The leaders adopted a
    declaration" in a story of a CELAC summit is CELAC (IGO), not the host country; None for
    other phrases or stories of no body."""
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in _MEMBER_TITLES:
        return None
    doc = head.doc
    bodies = [m.actor for m in memory.mentions if m.actor.agent == "IGO" and m.index < head.i and _met(doc[m.index])]
    if not bodies:
        return None
    body = bodies[-1]
    return Actor(" ".join(t.text for t in head.subtree), body.name, body.country, body.agent, body.org, body.code)


_MEETINGS = frozenset({"summit", "meeting", "conference", "session", "assembly", "gathering", "forum"})


def _met(name: Token) -> bool:
    """True for a body named as the holder of a meeting: "a summit of CELAC", "the ASEAN summit"."""
    near = [name.head, name.head.head, *(a for a in name.ancestors if a.dep_ == "compound")]
    return any(t.lemma_.lower() in _MEETINGS for t in near)


def _matches(mention: Mention, head: str, words: frozenset[str]) -> bool:
    if not head or mention.head != head:
        return False
    return words <= mention.words and not (mention.words & _RANK) - words


def _fits(mention: Mention, wanted: tuple[str, frozenset[str]], plural: bool, kb: KnowledgeBase | None) -> bool:
    """True when the mention can be what the description asks for: the same title in the same
    number, else a name ending in the noun ("the department" after "the Justice Department"),
    else an organisation for "the group", else the same sector for "the rebels"."""
    head, words = wanted
    if _matches(mention, head, words):
        return mention.plural == plural
    actor = mention.actor
    named = (actor.text or "").lower().split()
    if named and named[-1] == head and words <= set(named) and actor.known:
        return True  # "the department" after "the Justice Department"
    if head in ORG_NOUNS and words and kb is not None:  # "the guerrilla group" after "the ELN"
        agent = kb.sector(sorted(words)) if len(words) == 1 else None
        return agent is not None and actor.agent == agent and (bool(actor.org) or actor.agent in _ORG_SECTORS)
    if words:
        return False
    if head in ORG_NOUNS:
        return bool(actor.org) or actor.agent in _ORG_SECTORS
    agent = kb.sector([head]) if kb is not None else None  # "the rebels", "the militia", not "the ministry"
    outlet = kb is not None and bool(kb.by_name.get(actor.name or "")) and kb.by_name[actor.name].kind == "media"
    if outlet and head not in OUTLET_NOUNS:  # "the journalist" is not the newspaper named before
        return False
    return agent is not None and agent != "GOV" and actor.agent == agent


def title_antecedent(head: Token, memory: DocMemory, kb: KnowledgeBase | None = None) -> Actor | None:
    """The latest earlier mention that fits the definite description at ``head``."""
    from tidings.actors.resolve import phrase_tokens

    wanted = request_title(head)
    if wanted is None or not wanted[0]:
        return None
    for mention in reversed(memory.mentions):
        if mention.index < head.i and _fits(mention, wanted, head.tag_ in ("NNS", "NNPS"), kb):
            found = mention.actor
            text = " ".join(t.text for t in phrase_tokens(head))
            return Actor(text, found.name, found.country, found.agent, found.org, found.code)
    return None


#: Nouns that, as "the two X", "both X" or "the parties", stand for the two sides of the story's
#: main dyad: the value says whether the phrase sets their sector ("governments" → GOV, "the two
#: countries" → the countries themselves, "the sides" → as they were coded).
_SIDES = {"side": None, "party": None, "country": "", "nation": "", "state": "", "government": "GOV",
          "leader": "GOV", "president": "GOV", "minister": "GOV", "capital": "GOV", "neighbour": "",
          "neighbor": "", "rival": None, "foe": None, "ally": None, "delegation": None}


def both_sides(head: Token, memory: DocMemory | None) -> list[Actor]:
    """The two sides of the story's main dyad for "the two sides", "both countries", "the
    parties", "both" (no number needed for sides and parties); empty for any other phrase."""
    if head.lower_ == "they" and head.dep_ == "nsubj":
        return _sides_before(head, memory)
    lemma = head.lemma_.lower()
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    if owner is not None and lemma in _SIDES and head.tag_ in ("NNS", "NNPS"):
        return _as_sector(_sides_before(owner, memory), head, _SIDES[lemma])  # "Their foreign ministers will meet"
    bare = head.lower_ in ("both", "parties") and not list(head.children)
    if memory is None or not bare and (lemma not in _SIDES or head.tag_ not in ("NNS", "NNPS")):
        return []
    words = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet", "amod")}
    if not (bare or words & {"two", "both"} or lemma in ("side", "party") and "the" in words):
        return []
    return _as_sector(_main_dyad(memory.events), head, _SIDES.get(lemma))


def _as_sector(pair: list[Actor], head: Token, agent: str | None) -> list[Actor]:
    """The sides as the phrase names them: "the two governments" are their GOV, "the two
    countries" the countries themselves, "the sides" as they were coded."""
    return [a if agent is None else Actor(head.text, a.name, a.country, agent or None, None,
                                          ((a.country or "") + (agent or "")) or None) for a in pair]


#: Sectors that can be the other side of a concession, retreat, mobilisation or attack: states,
#: their forces and armed groups (a bare country has no sector).
_CONTENDERS = frozenset({None, "GOV", "MIL", "COP", "REB", "INS", "SPY", "IGO", "UAF", "LEG", "JUD"})

#: Rule suffixes of sides the stage inferred rather than read: they never make a story's dyad.
_INFERRED = frozenset({"population", "crowd", "government", "dyad", "state"})


def counterpart(actor: Actor, memory: DocMemory, before: int) -> Actor | None:
    """The other side of the story's main dyad, as named in events told before character
    ``before`` (the start of the event's sentence), when ``actor`` is one of its sides: a
    ceasefire Petro declares in a story of the government and the ELN is towards the ELN."""
    pair = story_sides(memory, before)
    if len(pair) != 2:
        return None
    national = pair[0].country != pair[1].country
    for side, other in (pair, pair[::-1]):
        if other.agent not in _CONTENDERS:
            continue  # a journalist in the story is no side a navy retreats from
        same = actor.country == side.country if national else (actor.country, actor.agent) == (side.country, side.agent)
        if same and actor.country and (actor.org or None) == (side.org or None):
            return other
    return None


def story_sides(memory: DocMemory, before: int) -> list[Actor]:
    """The two sides of the story's main dyad as named in events told before character
    ``before``; sides the stage inferred rather than read never count."""
    told = [e for e in memory.events if e.span[0] < before and not _INFERRED.intersection(e.rule.split("+")[1:])]
    return _main_dyad(told)


def _sides_before(pronoun: Token, memory: DocMemory | None) -> list[Actor]:
    """Both sides for a "they" or "their" that opens a sentence after one whose subject was
    "the parties", "the two sides" or two actors ("The parties agreed to … They asked the UN to
    …", "Saudi Arabia and Iran agreed … Their foreign ministers will meet")."""
    sent = pronoun.sent
    if sent.start == 0 or pronoun.i - sent.start > 2:
        return []
    root = sent.doc[sent.start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or memory is None:
        return []
    if any(c.dep_ == "conj" for c in subject.children):  # "Saudi Arabia and Iran agreed … Their …"
        return _main_dyad(memory.events)
    return both_sides(subject, memory)


def _main_dyad(events: list) -> list[Actor]:
    """The two sides the story has coded most often together (the latest on a tie)."""
    counts: Counter = Counter()
    latest: dict[frozenset, tuple[int, list[Actor]]] = {}
    for n, event in enumerate(events):
        if event.target is not None and _differ(event.source, event.target):
            key = frozenset({(event.source.code, event.source.org), (event.target.code, event.target.org)})
            counts[key] += 1
            latest[key] = (n, [event.source, event.target])
    if not counts:
        return []
    best = max(counts, key=lambda k: (counts[k], latest[k][0]))
    return latest[best][1]


def _differ(a: Actor, b: Actor) -> bool:
    return bool(a.country or a.org) and bool(b.country or b.org) and (a.country, a.org, a.agent) != (b.country, b.org, b.agent)
