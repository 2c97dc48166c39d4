"""Resolving an actor mention (a noun phrase in a parse) to an :class:`Actor`.

The resolver looks up every token n-gram of the phrase in the knowledge base, then decides:
a named person takes the role valid on the event date; a named organisation, body or outlet is
itself the actor; otherwise the country comes from the nearest country name, demonym, capital or
possessive, and the sector from the common noun that heads the phrase ("Iranian warships" →
IRN MIL). Persons resolved once in a document are remembered under their surname.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Token

from tidings import settings
from tidings.actors.coref import DocMemory, request_title, title_antecedent
from tidings.actors.kb import Entry, KnowledgeBase
from tidings.actors.rules import load_rules
from tidings.nlp.tree import coordinated as coordinated_tokens
from tidings.timeplace.gazetteer import load_gazetteer

__all__ = ["ActorResolver", "DocMemory", "phrase_tokens", "effective_head"]

from tidings.record import Actor

_SKIP_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "ccomp", "xcomp",
                        "parataxis", "mark", "prep", "dep", "npadvmod", "advmod", "aux", "auxpass"})
_TITLE_PREPS = frozenset({"of", "for"})
_CHANNEL_PREPS = frozenset({"on", "via", "through"})
_PLACE_PREPS = frozenset({"of", "for", "in", "near", "at"})
#: Heads that only count or group the real actor: "dozens of protesters", "a group of rebels".
QUANTITY_HEADS = frozenset({
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "ten",
    "tens", "score", "scores", "number", "group", "some", "many", "several", "most", "all", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "members", "member", "rest",
    "majority", "handful", "team", "delegation", "crowd", "unit", "contingent", "wave", "barrage",
    "salvo", "fleet", "convoy", "package", "round", "series", "string", "flurry", "batch", "set",
})


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    entries: tuple[Entry, ...]


def effective_head(head: Token) -> Token:
    """The noun that names the actor behind a quantity ("dozens of protesters" → protesters)."""
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
        elif child.dep_ not in _SKIP_DEPS or _inner_hyphen(child):
            keep.extend(phrase_tokens(child, loose))
    return sorted(set(keep), key=lambda t: t.i)


def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a name ("Díaz-Canel", "al-Shabaab"), which the names index keeps."""
    return token.text in ("-", "\u2010", "\u2011") and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_


def _code(country: str | None, agent: str | None) -> str | None:
    return ((country or "") + (agent or "")) or None


def _person_on(entry: Entry, day: str | None) -> tuple[str | None, str | None]:
    """Country and sector of a person on ``day``: the valid role, else a former official (ELI)."""
    role = entry.role_on(day)
    if role is not None:
        return role.country, role.agent
    earlier = entry.role_on(day, former=True)
    if earlier is not None:
        return earlier.country, "ELI"
    return (entry.roles[0].country if entry.roles else None), None


class ActorResolver:
    """Callable that resolves a head token to an :class:`Actor` (or None when unknown)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def scan(self, tokens: list[Token]) -> list[_Match]:
        """Longest knowledge-base matches over the token texts, left to right."""
        texts = [t.text for t in tokens]
        found: list[_Match] = []
        i = 0
        while i < len(texts):
            for n in range(min(self.kb.max_len, len(texts) - i), 0, -1):
                entries = self.kb.lookup(texts[i: i + n])
                if entries:
                    found.append(_Match(i, i + n, tuple(entries)))
                    i += n
                    break
            else:
                i += 1
        return found

    def sector(self, tokens: list[Token], end: int) -> str | None:
        """Sector of the longest common-noun phrase ending at index ``end`` (inclusive)."""
        for start in range(max(0, end - 3), end + 1):
            words = [t.text for t in tokens[start: end + 1]]
            lemmas = [t.lemma_ for t in tokens[start: end + 1]]
            agent = self.kb.sector(words) or self.kb.sector(lemmas)
            if agent:
                return agent
        return None

    def _of_sector(self, tokens: list[Token], h: int) -> str | None:
        """Sector of a title continued by "of" after the head: "the Polish head of state"."""
        if h + 2 >= len(tokens) or tokens[h + 1].lower_ != "of":
            return None
        words = tokens[h: h + 3]
        return self.kb.sector([t.text for t in words]) or self.kb.sector([t.lemma_ for t in words])

    def _any_sector(self, tokens: list[Token], named: frozenset[int] = frozenset()) -> str | None:
        """The sector of any phrase in the tokens, the last first, outside the ``named`` ones (the
        "Bank" of "West Bank" is no bank). An adjective names an institution ("a military base")
        but no civilian ("a national committee" is no national)."""
        for end in range(len(tokens) - 1, -1, -1):
            if end in named:
                continue
            agent = self.sector(tokens, end)
            if agent and not (agent == "CVL" and tokens[end].pos_ == "ADJ"):
                return agent
        return None

    def _entity_actor(self, text: str, entry: Entry, day: str | None,
                      agent_hint: str | None = None) -> Actor:
        if entry.kind == "person":
            country, agent = _person_on(entry, day)
            return Actor(text, entry.name, country, agent, None, _code(country, agent))
        if entry.kind in ("country", "demonym"):
            agent = agent_hint
            return Actor(text, entry.name, entry.country, agent, None, _code(entry.country, agent))
        role = entry.role_on(day) if entry.roles else None
        if role is not None and (day or not role.end):  # an organisation whose role changed (the Taliban)
            return Actor(text, entry.name, role.country, role.agent, entry.org, _code(role.country, role.agent))
        code = entry.code or _code(entry.country, entry.agent)
        return Actor(text, entry.name, entry.country, entry.agent, entry.org, code)

    def _country(self, matches: list[_Match], head_index: int) -> Entry | None:
        """The country entry closest to the head, preferring modifiers left of it."""
        states = [m for m in matches if m.entries[0].kind in _PLACE_KINDS]
        left = [m for m in states if m.end <= head_index + 1]
        pick = left[-1] if left else (states[0] if states else None)
        return pick.entries[0] if pick else None

    def resolve_tokens(self, tokens: list[Token], head: Token, day: str | None,
                       loose: bool = False, countries: Counter | None = None) -> Actor | None:
        """Resolve a phrase; ``head`` must be one of ``tokens``.

        ``loose`` (for targets) lets a nationality alone name the actor ("Ukrainian power
        plants" → UKR); otherwise a nationality needs a sector noun or an instrument.
        ``countries`` (the document's) decides between readings of an ambiguous name.
        """
        text = " ".join(t.text for t in tokens if t.dep_ != "case")
        h = tokens.index(head)
        matches = [_prefer(m, countries) for m in self.scan(tokens)] if countries else self.scan(tokens)
        matches = [m for m in matches if not _sponsor(tokens, m)]  # "pro-Russian", "Iran-backed"
        covering = next((m for m in matches if m.start <= h < m.end), None)
        if covering is not None and covering.entries[0].kind == "person" and _other_forename(tokens, covering):
            covering, matches = None, [m for m in matches if m is not covering]  # "Jorge Alberto Bolanos"
        if covering is not None and covering.entries[0].kind == "person":
            return self._person(text, covering, tokens, day)
        if covering is not None and covering.entries[0].kind == "breakaway":
            entry = covering.entries[0]  # "Abkhazia", "Tiraspol": the separatist authorities
            agent = "REB" if _held(entry, day) else None
            return Actor(text, entry.name, entry.country, agent, None, _code(entry.country, agent))
        if covering is None and _outside_noun(head):
            found = self._outside(text, tokens, head, h, matches, day)
            if found is not None:
                return found
        if covering is not None:
            entry = covering.entries[0]
            hint = self._any_sector(tokens) if entry.kind == "country" and head.pos_ != "PROPN" else None
            if entry.kind != "demonym" or head.pos_ in ("NOUN", "PROPN"):
                return self._entity_actor(text, entry, day, hint)
        named = frozenset(i for m in matches for i in range(m.start, m.end) if m.entries[0].kind != "sector")
        agent = self.sector(tokens, h) or self._of_sector(tokens, h) or \
            (self._any_sector(tokens, named) if head.pos_ == "PROPN" or loose else None)
        country = self._country(matches, h)
        orgs = [m.entries[0] for m in matches if m.entries[0].kind in ("org", "body", "media", "person")]
        if orgs and (country is None or orgs[0].kind == "person"):
            base = self._entity_actor(text, orgs[0], day)
            if orgs[0].kind == "person":
                agent = agent or base.agent
                return Actor(text, None, base.country, agent, None, _code(base.country, agent))
            return base
        if country is None:
            named = self._named(text, head)
            if agent:  # "opposition leader Rahul Gandhi": the sector, and the name when there is one
                return Actor(text, named.name if named else None, None, agent, None, agent)
            return named
        if agent is None and not (loose or self._instrument(tokens)):
            return None
        agent = agent or self._any_sector(tokens, named)
        held = next((m.entries[0] for m in matches if _breakaway(m.entries[0]) and _held(m.entries[0], day)), None)
        if held is not None and (agent == "REB" or country == held):  # "Armenian separatists in Karabakh"
            country = held
            agent = "REB" if agent in _STATE_SECTORS or agent is None else agent
        name = head.text if head.ent_type_ == "PERSON" else self.kb.country_names.get(country.country, country.name)
        return Actor(text, name, country.country, agent, None, _code(country.country, agent))

    def _outside(self, text: str, tokens: list[Token], head: Token, h: int, matches: list[_Match],
                 day: str | None) -> Actor | None:
        """"opponents of the Maldives government", "Kremlin critics", "supporters of Imran Khan":
        the head's own sector, and the country of the body, person or organisation they oppose
        or support, or of a nationality that modifies the head ("Egyptian critics"). A country
        alone as complement or possessor ("critics of Iran", "Iran's opponents") gives none."""
        agent = self.sector(tokens, h)
        if agent is None:
            return None
        country = None
        for match in matches:
            entry, root = match.entries[0], tokens[match.end - 1]
            if entry.kind == "sector":
                continue
            if entry.kind in ("country", "demonym", "capital"):
                direct = root.head.i == head.i
                bare_complement = root.dep_ == "pobj" and root.head.head.i == head.i
                if direct and root.dep_ == "poss" or bare_complement:
                    continue
                country = entry.country
            elif entry.kind == "person":
                country = _person_on(entry, day)[0]
            else:
                country = entry.country
            if country:
                break
        name = self.kb.country_names.get(country) if country else None
        return Actor(text, name, country, agent, None, _code(country, agent))

    def _person(self, text: str, match: _Match, tokens: list[Token], day: str | None) -> Actor:
        """A named person: the role valid on ``day``; a title in the phrase fills a gap
        ("Foreign Minister X" before the table's role starts), and "former" makes an ELI."""
        actor = self._entity_actor(text, match.entries[0], day)
        others = tokens[: match.start] + tokens[match.end:]
        if _says_former(others):
            return _eli(actor)
        title = self._any_sector(others) if others else None
        if title and actor.agent in (None, "ELI"):
            return Actor(text, actor.name, actor.country, title, None, _code(actor.country, title))
        return actor

    @staticmethod
    def _named(text: str, head: Token) -> Actor | None:
        """A person or organisation the knowledge base does not know: kept by name, uncoded,
        so the event is not lost (an actor list can code it later). A place the gazetteer
        knows ("California", "South Ossetia", "Barcelona") stands for its country."""
        if head.pos_ != "PROPN":
            return None
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        name = ent.text if ent is not None else head.text
        if head.ent_type_ == "GPE":
            country = load_gazetteer().country_of(name)
            if country is not None:
                return Actor(text, name, country, None, None, country)
        return Actor(text, name) if head.ent_type_ in _NAMED_ENTITIES else None

    @staticmethod
    def _instrument(tokens: list[Token]) -> bool:
        """True for phrases whose nationality alone names the actor ("a U.S. drone strike")."""
        return any(t.lemma_ in _INSTRUMENTS for t in tokens)

    def resolve(self, head: Token, day: str | None = None, memory: DocMemory | None = None,
                loose: bool = False) -> Actor | None:
        """The actor named by the phrase headed by ``head``, completed by appositions."""
        head = effective_head(head)
        if head.pos_ == "PRON":
            found = self._antecedent(head, day, memory)
            return Actor(head.text, found.name, found.country, found.agent, found.org, found.code) if found else None
        if memory is not None:
            earlier = title_antecedent(head, memory, self.kb)  # "the president", "the group"
            if earlier is not None:
                return _former(head, earlier)
        owned = self._owned(head, day, memory)  # "its embassy", "their troops"
        if owned is not None:
            return owned
        tokens = self._whole_name(head) or phrase_tokens(head, loose)
        actor = self.resolve_tokens(tokens, head, day, loose, memory.countries if memory else None)
        if actor is not None and actor.country is None and actor.agent and not actor.org:
            actor = self._origin(head, actor, day)  # "refugees from Syria", "a delegation from Japan"
        if actor is not None and actor.country is None and actor.agent and not actor.org and not loose:
            actor = self._placed(head, actor, day)  # "a court in Ecuador", "police in Nairobi"
        if actor is not None and actor.agent == "REB" and not actor.org:
            actor = self._held_place(head, actor, day)  # "Armenian separatists in Karabakh"
        if memory is not None and (actor is None or actor.country is None and not actor.org):
            actor = self._legislature(head, tokens, actor, memory) or actor  # "Congress", "House and Senate"
        if memory is not None and actor is not None and actor.country is None and not actor.org and _outside_noun(head):
            actor = self._opposed_state(head, actor, day, memory)  # "opponents of the government"
        actor = self._voice_of(head, day) or actor
        if head.dep_ == "appos" and (actor is None or not (actor.country or actor.agent or actor.org)):
            actor = self._described(head, actor, day)  # "Iran's ambassador to Venezuela, Hojjatollah Soltani,"
        if memory is not None:
            actor = self._remember(head, actor, memory)
        if actor is None or actor.agent is None or actor.country is None and not actor.org:
            actor = self._with_apposition(head, actor, day)
        if memory is not None and request_title(head) is not None:  # "the government", "the president"
            actor = _in_country(actor, memory.main_country) or self._the_country(head, memory)
        return _named(head, _former(head, self._shared_sector(head, self._shared_nationality(head, actor, day))))

    def _shared_nationality(self, head: Token, actor: Actor | None, day: str | None) -> Actor | None:
        """A bare noun coordinated after one with a nationality shares it: "Israeli women and
        children" are all Israeli, whatever place the phrase names."""
        if head.dep_ != "conj" or head.pos_ != "NOUN" or any(c.dep_ in _MODIFIER_DEPS for c in head.children):
            return actor
        first = head.head
        modifiers = [c for c in first.children if c.dep_ in ("amod", "compound") and c.i < first.i]
        found = self.resolve_tokens(modifiers + [first], first, day) if modifiers else None
        if found is None or not found.country or found.org or actor is not None and actor.org:
            return actor
        agent = actor.agent if actor is not None and actor.agent else found.agent
        return Actor(head.text, found.name, found.country, agent, None, _code(found.country, agent))

    def _the_country(self, head: Token, memory: DocMemory) -> Actor | None:
        """"the country", "the nation" with no other words: the document's main country."""
        country = memory.main_country
        if country is None or head.lemma_.lower() not in ("country", "nation") or head.tag_ != "NN" \
                or any(c.dep_ in ("amod", "compound") for c in head.children):
            return None
        return Actor(" ".join(t.text for t in phrase_tokens(head)), self.kb.country_names.get(country),
                     country, None, None, country)

    def _placed(self, head: Token, actor: Actor, day: str | None) -> Actor:
        """A sector noun placed in a country ("a court in Ecuador", "the army in Mali") or named
        after a region or city of one ("the Uttar Pradesh government", "a Kansas woman") belongs
        to that country when nothing else names one."""
        placed = self.resolve_tokens(phrase_tokens(head, loose=True), head, day)
        country = placed.country if placed is not None and not placed.org else None
        agent = actor.agent
        if country is not None and placed.agent == "REB" and agent in _STATE_SECTORS - {"MIL"}:
            agent = "REB"  # "the authorities in Abkhazia": the separatist authorities
        country = country or _region_country(head) or self._placed_in(head, day)
        if country is None:
            return actor
        return Actor(actor.text, actor.name, country, agent, None, _code(country, agent))

    def _held_place(self, head: Token, actor: Actor, day: str | None) -> Actor:
        """Rebels "in" a breakaway region belong to its recognised state, whatever their
        nationality ("Armenian separatists in Karabakh" are AZE REB)."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = self._place_country(obj, day)
                if found is not None and found[1]:
                    return Actor(actor.text, self.kb.country_names.get(found[0]), found[0], "REB", None,
                                 _code(found[0], "REB"))
        return actor

    def _opposed_state(self, head: Token, actor: Actor, day: str | None, memory: DocMemory) -> Actor:
        """Opponents or supporters "of the government", "of the president": the country of the
        state body the document means ("the government" of its main country)."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                inner = self.resolve(obj, day, memory)
                if inner is not None and inner.country and inner.agent in _STATE_SECTORS and not inner.org:
                    return Actor(actor.text, self.kb.country_names.get(inner.country), inner.country,
                                 actor.agent, None, _code(inner.country, actor.agent))
        return actor

    def _placed_in(self, head: Token, day: str | None) -> str | None:
        """The country of a city or region after "in" that the gazetteer places in one country
        ("a court in Lyon", "authorities in Bavaria")."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                found = self._place_country(obj, day)
                if found is not None:
                    return found[0]
        return None

    def _origin(self, head: Token, actor: Actor, day: str | None) -> Actor:
        """A person or group noun "from" a country takes that country ("exiled dissidents from
        Egypt", "refugees from Syria"); from a breakaway region, its recognised state."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                body = self._from_body(obj, actor, day)  # "a delegation from the Kremlin", "fighters from Hezbollah"
                if body is not None:
                    return body
                found = self._place_country(obj, day)
                if found is not None:
                    country, held = found
                    agent = "REB" if held and actor.agent in _STATE_SECTORS else actor.agent
                    return Actor(actor.text, actor.name, country, agent, None, _code(country, agent))
        return actor

    def _from_body(self, obj: Token, actor: Actor, day: str | None) -> Actor | None:
        """A state, armed or political group noun "from" a named body or national organisation is
        that body ("officials from the State Department", "fighters from Hezbollah"); civilians
        and refugees "from" an armed group fled it, and only an origin country counts for them."""
        if actor.agent not in _STATE_SECTORS | {"COP", "REB", "INS", "PTY", "OPP"}:
            return None
        tokens = [t for t in phrase_tokens(obj) if t.dep_ not in ("det", "case")]
        matches = self.scan(tokens)
        if len(matches) != 1 or obj not in tokens[matches[0].start: matches[0].end]:
            return None
        entry = matches[0].entries[0]
        if entry.kind not in ("body", "org") or not entry.country:
            return None
        found = self._entity_actor(actor.text, entry, day)
        return Actor(actor.text, found.name, found.country, found.agent, found.org, found.code)

    def _place_country(self, obj: Token, day: str | None) -> tuple[str, bool] | None:
        """The country a place phrase names (a country, demonym, capital, breakaway region, or
        a city or region the gazetteer knows in one country), and whether it is a breakaway
        region held by its separatist authorities on ``day``."""
        tokens = [t for t in phrase_tokens(obj) if t.dep_ not in ("det", "case")]
        matches = self.scan(tokens)
        if len(matches) == 1 and obj in tokens[matches[0].start: matches[0].end]:
            entry = matches[0].entries[0]
            if entry.kind in _PLACE_KINDS and entry.country:
                return entry.country, _breakaway(entry) and _held(entry, day)
            return None
        if not matches and obj.pos_ == "PROPN" and obj.ent_type_ not in ("PERSON", "NORP"):
            ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
            country = load_gazetteer().country_of(ent.text if ent is not None else obj.text, unambiguous=True)
            return (country, False) if country else None
        return None

    def _legislature(self, head: Token, tokens: list[Token], actor: Actor | None,
                     memory: DocMemory) -> Actor | None:
        """A bare "Congress" ("a congressman", "congressional aides") or a "House" or "Senate" next
        to the other: the legislature of the story's main country when it has one of that name
        (``rules.yaml``), else the U.S. Congress; in India a bare "Congress" is the party."""
        rules, main = load_rules(), memory.main_country
        words = {t.lower_ for t in tokens if t.lower_ != "congress" or _bare_name(t)}
        if words & rules.congress.words:
            party = rules.congress.parties.get(main or "")
            entry = self.kb.by_name.get(party) if party and "congress" in words else None
            if entry is not None:
                return self._entity_actor(" ".join(t.text for t in tokens), entry, None)
            country, body = rules.congress.country(main), "Congress"
        elif (chambers := {t.lower_ for t in tokens if t.text[:1].isupper()} & rules.house_and_senate.words) and \
                rules.house_and_senate.words <= {t.lower_ for t in head.sent if t.text[:1].isupper()}:
            country, body = rules.house_and_senate.country(main), sorted(chambers)[0].title()
        else:
            return None
        agent = "LEG" if actor is None or actor.agent in _STATE_SECTORS | {None} else actor.agent
        text = actor.text if actor is not None else " ".join(t.text for t in tokens)
        name = f"{self.kb.country_names.get(country, country)} {body}"  # the two chambers are two actors
        return Actor(text, name, country, agent, None, _code(country, agent))

    def _owned(self, head: Token, day: str | None, memory: DocMemory | None) -> Actor | None:
        """A noun owned by a pronoun belongs to the pronoun's antecedent: "Iranian protesters
        stormed its embassy" (Saudi Arabia's), "their troops"; its own words give the sector."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None or head.pos_ != "NOUN" or memory is None:
            return None
        found = self._antecedent(owner, day, memory)
        if found is None or found.country is None:
            return None
        own = self.resolve_tokens(phrase_tokens(head), head, day)
        agent = own.agent if own is not None else None
        if agent is None and not self.sector([head], 0):
            return None
        text = " ".join(t.text for t in phrase_tokens(head))
        return Actor(text, found.name, found.country, agent, None, _code(found.country, agent))

    def _described(self, head: Token, actor: Actor | None, day: str | None) -> Actor | None:
        """A name in apposition takes the country and sector of the title it names. The parser
        often hangs it on the place inside the title ("ambassador to Venezuela, X"): then the
        title is the noun above that place."""
        title = head.head
        if title.ent_type_ in ("GPE", "LOC") and title.dep_ == "pobj" and title.head.head.pos_ == "NOUN":
            title = title.head.head
        if title.pos_ != "NOUN":
            return actor
        found = self.resolve_tokens(phrase_tokens(title), title, day)
        if found is None or not (found.country or found.agent or found.org):
            return actor
        text = actor.text if actor else head.text
        return Actor(text, actor.name if actor else head.text, found.country, found.agent, found.org, found.code)

    def _shared_sector(self, head: Token, actor: Actor | None) -> Actor | None:
        """A country coordinated with "the governments of Brazil" shares their sector ("the
        governments of Brazil, Colombia and Mexico", however the parser attached the list)."""
        if actor is None or actor.agent or actor.org or not actor.country or head.dep_ != "conj":
            return actor
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.pos_ != "NOUN" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children):
            return actor
        agent = self.kb.sector([first.text]) or self.kb.sector([first.lemma_])
        return Actor(actor.text, actor.name, actor.country, agent, None, _code(actor.country, agent)) if agent else actor

    def _whole_name(self, head: Token) -> list[Token] | None:
        """The whole phrase when it is one name with words the phrase rules would cut
        ("the Committee to Protect Journalists", "Doctors Without Borders")."""
        span = list(head.doc[head.left_edge.i: head.right_edge.i + 1])
        while span and span[0].dep_ in ("det", "punct"):
            span = span[1:]
        bracket = next((i for i, t in enumerate(span) if t.text == "(" and t.i > head.i), None)
        for part in (span, span[:bracket] if bracket else None):  # "… Caribbean States (CELAC) in Buenos Aires"
            if part and 1 < len(part) <= self.kb.max_len and head in part and self.kb.lookup([t.text for t in part]):
                return part
        return None

    def _voice_of(self, head: Token, day: str | None) -> Actor | None:
        """"a spokesman for the Israeli military", "an official of Hamas": the body spoken for."""
        if head.lemma_.lower() not in _VOICES:
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "from")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                body = self.resolve_tokens(phrase_tokens(obj), obj, day)
                if body is not None and (body.agent or body.org):
                    text = " ".join(t.text for t in phrase_tokens(head))
                    return Actor(text, body.name, body.country, body.agent, body.org, body.code)
        return None

    def _antecedent(self, pronoun: Token, day: str | None, memory: DocMemory | None) -> Actor | None:
        """What a personal pronoun stands for: "he"/"she" the nearest person named before it
        (within two sentences), "it"/"they" the nearest earlier subject naming a group or state;
        an object pronoun ("accusing them") may also stand for an earlier object of its sentence,
        never for the subject of its own clause."""
        word = pronoun.lower_
        if word not in _PERSONAL and word not in _GROUP:
            return None
        doc, start = pronoun.doc, pronoun.sent.start
        for _ in range(2):
            if start > 0:
                start = doc[start - 1].sent.start
        people = {m.index: m.actor for m in memory.mentions if m.person} if memory is not None else {}
        own_subject = _own_subject(pronoun)
        for token in reversed(doc[start: pronoun.i]):
            if token.i in own_subject or _channel(token):
                continue  # "accusing them": not the accuser; "wrote on Twitter": a channel
            found = self._person_antecedent(token, people, day, memory) if word in _PERSONAL \
                else self._group_antecedent(pronoun, token, day, memory)
            if found is not None:
                return found
        return None

    def _person_antecedent(self, token: Token, people: dict[int, Actor], day: str | None,
                           memory: DocMemory | None) -> Actor | None:
        if token.i in people:  # a person the document named ("Hojjatollah Soltani")
            return people[token.i]
        if token.ent_type_ != "PERSON" or token.dep_ in ("compound", "flat"):
            return None
        found = self.resolve_tokens(phrase_tokens(token), token, day)
        return found if found is not None or memory is None else memory.people.get(token.text)

    def _group_antecedent(self, pronoun: Token, token: Token, day: str | None,
                          memory: DocMemory | None) -> Actor | None:
        if token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ == "PERSON":
            return None
        if pronoun.lower_ in ("it", "its") and token.tag_ in ("NNS", "NNPS"):
            return None  # "officials" is no "it"
        objects_too = pronoun.dep_ in ("dobj", "pobj", "dative") and token.sent.start == pronoun.sent.start
        if token.dep_ not in ("nsubj", "nsubjpass") and not (objects_too and token.dep_ in ("dobj", "pobj")):
            return None
        found = self.resolve(token, day, memory) if token.pos_ == "NOUN" and memory is not None \
            else self.resolve_tokens(phrase_tokens(token), token, day)
        if found is None or not found.known:
            return None
        return found if found.name else replace(found, name=_phrase_text(token))  # "they" → "the teachers"


    def resolve_all(self, head: Token, day: str | None = None, memory: DocMemory | None = None,
                    loose: bool = False) -> list[Actor]:
        """Like :meth:`resolve`, but a coordination inside the phrase gives one actor per
        country: "the foreign ministers of Saudi Arabia and Iran", "Thai and Cambodian troops"."""
        head = effective_head(head)
        actor = self.resolve(head, day, memory, loose)
        if actor is None or actor.org:
            return [actor] if actor else []
        for modifier in self._country_modifiers(head):
            coordinated = coordinated_tokens(modifier)
            states = [self._state(t) for t in coordinated]
            if len(coordinated) > 1 and all(states):
                texts = {c: _one_of(head, coordinated, t) for t, c in zip(coordinated, states)}
                return [Actor(texts[c], self.kb.country_names.get(c, c), c, actor.agent, None,
                              _code(c, actor.agent)) for c in dict.fromkeys(states)]
        return [actor]

    @staticmethod
    def _country_modifiers(head: Token) -> list[Token]:
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        mods += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                 for o in p.children if o.dep_ == "pobj"]
        return mods

    def _state(self, token: Token) -> str | None:
        """The country a single modifier names ("Thai", "Iran", "Saudi Arabia"), or None."""
        tokens = [t for t in phrase_tokens(token) if t.dep_ not in ("det", "case")]
        matches = self.scan(tokens)
        if len(matches) != 1 or token not in tokens[matches[0].start: matches[0].end]:
            return None  # the modifier itself must be the name ("Latin American countries" is not USA)
        entry = matches[0].entries[0]
        return entry.country if entry.kind in _PLACE_KINDS else None

    def name_tokens(self, head: Token) -> list[Token]:
        """The personal name in a proper-noun phrase, without titles ("President Ebrahim
        Raisi" → Ebrahim Raisi); empty for common nouns."""
        if head.pos_ != "PROPN" or self.kb.sector([head.text]) or self.kb.sector([head.lemma_]):
            return []
        parts = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        parts += [head, *(c for c in head.rights if c.dep_ == "flat")]
        while len(parts) > 1 and self.kb.sector([parts[0].text]):
            parts = parts[1:]
        return parts

    def _remember(self, head: Token, actor: Actor | None, memory: DocMemory) -> Actor | None:
        """A name the document used before ("Raisi" after "Ebrahim Raisi", "Pérez" after "Ana
        Pérez, Chile's foreign minister") takes that earlier resolution."""
        name = " ".join(t.text for t in self.name_tokens(head))
        if not name:
            return actor
        known = memory.people.get(name)
        if known is None or (actor is not None and actor.agent and actor.name != known.name):
            return actor
        return Actor(name, known.name, known.country, known.agent, known.org, known.code)

    def _apposition_actors(self, head: Token, day: str | None) -> list[Actor]:
        found = []
        for appos in appositions(head):
            nested = [c for c in appos.children if c.dep_ in ("conj", "appos")]
            for part in [appos, *nested]:
                extra = self.resolve_tokens(phrase_tokens(part), part, day)
                if extra is not None:
                    found.append(extra)
        return sorted(found, key=lambda a: (a.org is None, a.agent is None))

    def _with_apposition(self, head: Token, actor: Actor | None, day: str | None) -> Actor | None:
        """Fill what the head left unknown from an apposition ("Ned Price, State Department
        spokesperson"); an organisation named there ("the secretary of ALBA") wins."""
        extras = self._apposition_actors(head, day)
        if not extras:
            return actor
        best = extras[0]
        text = " ".join(t.text for t in phrase_tokens(head))
        own = " ".join(t.text for t in self.name_tokens(head))
        name = actor.name if actor and actor.name else (own or best.name)
        if actor is None or best.org:
            return Actor(text, name, best.country, best.agent, best.org, best.code)
        country, agent = actor.country or best.country, actor.agent or best.agent
        return Actor(actor.text, actor.name, country, agent, actor.org,
                     actor.code if actor.org else _code(country, agent))


def _region_country(head: Token) -> str | None:
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


def _channel(token: Token) -> bool:
    """"wrote on Twitter", "said in a post on Telegram": where a statement was made, not who made it."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in _CHANNEL_PREPS and prep.head.lemma_.lower() in settings.REPORT_VERBS


def _own_subject(pronoun: Token) -> set[int]:
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


def _prefer(match: _Match, countries: Counter) -> _Match:
    """The match with its readings ordered by how often the document names their country
    ("Georgia" next to Tbilisi is the country; next to Atlanta, the US state)."""
    if len(match.entries) < 2:
        return match
    ranked = sorted(match.entries, key=lambda e: -countries.get(e.country, 0))
    return _Match(match.start, match.end, tuple(ranked))


_STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "SPY"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_PLACE_KINDS = ("country", "demonym", "capital", "breakaway")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _breakaway(entry: Entry) -> bool:
    """A breakaway region's name, capital or demonym (``breakaways.csv``)."""
    return entry.kind == "breakaway" or entry.kind == "demonym" and entry.agent == "REB"


def _held(entry: Entry, day: str | None) -> bool:
    """True when the breakaway region is held by its separatist authorities on ``day``."""
    return _breakaway(entry) and entry.role_on(day) is not None


def _sponsor(tokens: list[Token], match: _Match) -> bool:
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


def _bare_name(token: Token) -> bool:
    """A capitalised name with no other name joined to it: "Congress", not "Trinamool Congress"
    or "Congress Party"."""
    if not token.text[:1].isupper() or token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
        return False
    return not any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in token.children)


def _outside_noun(head: Token) -> bool:
    """"opponents", "critics", "supporters": people outside what they oppose or support."""
    outside = load_rules().outside_of
    return head.pos_ == "NOUN" and (head.lemma_.lower() in outside or head.lower_ in outside)
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official", "source",
                     "envoy", "delegate"})


def _former(head: Token, actor: Actor | None) -> Actor | None:
    """"a former Venezuelan oil minister", "the ex-president": a former official (ELI)."""
    if actor is None or actor.org or actor.agent not in _STATE_SECTORS | {"COP", "OPP", "PTY", None}:
        return actor
    if actor.agent is None and actor.country is None:
        return actor
    return _eli(actor) if _says_former([*head.lefts, head]) else actor


def _says_former(tokens: list[Token]) -> bool:
    """True when the words call the actor former: "former", "ex-", "ousted", "late"."""
    return any(t.lower_ in _FORMER or t.lower_.startswith("ex-") for t in tokens)


def _eli(actor: Actor) -> Actor:
    """The actor as a former official (ELI) of its country."""
    return Actor(actor.text, actor.name, actor.country, "ELI", None, _code(actor.country, "ELI"))


def _in_country(actor: Actor | None, country: str | None) -> Actor | None:
    """A state sector without a country ("the government", "the president") belongs to the
    document's main country."""
    if actor is None or country is None or actor.country or actor.org or actor.agent not in _STATE_SECTORS:
        return actor
    return Actor(actor.text, actor.name, country, actor.agent, None, country + actor.agent)


_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})
_GROUP = frozenset({"it", "its", "they", "them", "their"})
_NAMED_ENTITIES = frozenset({"PERSON", "ORG"})
_FORMER = frozenset({"former", "ex", "ousted", "deposed", "late"})

_INSTRUMENTS = frozenset({"strike", "airstrike", "attack", "missile", "rocket", "bomb", "shell",
                          "raid", "shelling", "bombardment", "drone", "warplane", "jet", "sanction"})


def _phrase_text(head: Token) -> str:
    """The words of the phrase a pronoun stands for, without its relative clauses: the name an
    unnamed group goes by ("they" → "Striking teachers in Gaza")."""
    tokens = [t for t in phrase_tokens(head) if not any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.i > head.i)]
    return " ".join(t.text for t in tokens) if tokens else head.text


def _named(head: Token, actor: Actor | None) -> Actor | None:
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


def _other_forename(tokens: list[Token], match: "_Match") -> bool:
    """True when the names just before a surname match are not the known person's: "Jorge
    Alberto Bolanos" is not Enrique Bolaños, though "Bolanos" alone may be."""
    known = {w.lower() for e in match.entries for w in e.name.split()}
    before = []
    for token in reversed(tokens[: match.start]):
        if token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
            break
        before.append(token.lower_)
    return bool(before) and not known.intersection(before)


def _one_of(head: Token, coordinated: list[Token], own: Token) -> str:
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
