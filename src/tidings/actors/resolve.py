"""Resolving an actor mention (a noun phrase in a parse) to an :class:`Actor`.

The resolver looks up every token n-gram of the phrase in the knowledge base, then decides:
a named person takes the role valid on the event date; a named organisation, body or outlet is
itself the actor; otherwise the country comes from the nearest country name, demonym, capital or
possessive, and the sector from the common noun that heads the phrase ("Iranian warships" →
IRN MIL). Persons resolved once in a document are remembered under their surname.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from tidings.actors.coref import DocMemory, request_title, summit_body, title_antecedent
from tidings.actors.kb import Entry, KnowledgeBase
from tidings.actors.phrases import (COMMUNITIES, GROUP_PRONOUNS, INSTRUMENTS, LEADERS, MEETINGS, Match, NAMED_ENTITIES,
                                    OFFICES, PERSONAL_PRONOUNS, PLACE_KINDS, STATE_GROUPS, STATE_SECTORS, VOICES,
                                    actor_code, appositions, as_former, effective_head, former, held_by, held_on,
                                    in_country, is_breakaway, is_channel, is_outside_noun, is_sponsor, is_surname,
                                    named_by_apposition, one_of, other_forename, own_subject, person_on, phrase_text,
                                    phrase_tokens, prefer, says_former, such_as, unknown_person)
from tidings.actors.placement import PlacedActors
from tidings.actors.rules import load_rules
from tidings.nlp.tree import coordinated as coordinated_tokens, coordinated_modifiers
from tidings.timeplace.gazetteer import load_gazetteer

__all__ = ["ActorResolver", "DocMemory", "phrase_tokens", "effective_head"]

from tidings.record import Actor


#: Words that make a group of states ones named before ("the two countries", "these nations").
_POINTING_BACK = frozenset({"two", "both", "these", "those", "such"})


def _voice(name: Token) -> bool:
    """True for a person named with a title that makes them speak for a body ("Taliban spokesman
    Zabihullah Mujahid", "the coalition spokesperson, Colonel Turki al-Malki")."""
    titles = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
    return any(t.lemma_.lower() in VOICES for t in phrase_tokens(name) + titles)


class ActorResolver(PlacedActors):
    """Callable that resolves a head token to an :class:`Actor` (or None when unknown)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def scan(self, tokens: list[Token]) -> list[Match]:
        """Longest knowledge-base matches over the token texts, left to right."""
        texts = [t.text for t in tokens]
        found: list[Match] = []
        i = 0
        while i < len(texts):
            for n in range(min(self.kb.max_len, len(texts) - i), 0, -1):
                entries = self.kb.lookup(texts[i: i + n])
                if entries:
                    found.append(Match(i, i + n, tuple(entries)))
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

    def _led_sector(self, tokens: list[Token], head: Token) -> str | None:
        """The sector of the body a leader's title is "of": "the leader of the opposition party"
        is OPP, "the president of the teachers union" LAB, "the chairman of the Senate" LEG; the
        title alone ("the leader", "the president of France") is left to the sector table."""
        if head.lemma_.lower() not in LEADERS:
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c in tokens):
                agent = self.sector(tokens, tokens.index(obj))
                if agent is None and obj.pos_ != "PROPN":  # a name's inner words ("National") are no sector
                    agent = self._any_sector([t for t in tokens if t in obj.subtree])
                if agent:
                    return agent
        return None

    def _office_sector(self, tokens: list[Token], head: Token) -> str | None:
        """The sector of the title that owns an office: "the prime minister's office" is GOV
        like the prime minister (the office acts for its holder)."""
        if head.lemma_.lower() not in OFFICES:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c in tokens), None)
        return self.sector(tokens, tokens.index(owner)) if owner is not None else None

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
            country, agent = person_on(entry, day)
            return Actor(text, entry.name, country, agent, None, actor_code(country, agent))
        if entry.kind in ("country", "demonym"):
            agent = agent_hint
            return Actor(text, entry.name, entry.country, agent, None, actor_code(entry.country, agent))
        role = entry.role_on(day) if entry.roles else None
        if role is not None and (day or not role.end):  # an organisation whose role changed (the Taliban)
            return Actor(text, entry.name, role.country, role.agent, entry.org, actor_code(role.country, role.agent))
        code = entry.code or actor_code(entry.country, entry.agent)
        return Actor(text, entry.name, entry.country, entry.agent, entry.org, code)

    @staticmethod
    def _other_country(matches: list[Match], body: Match) -> str | None:
        """A country named before a state body's name that is not the body's own: the same
        generic name ("Foreign Office", "Supreme Court") belongs to that country's state."""
        before = [m.entries[0] for m in matches if m.end <= body.start and m.entries[0].kind in PLACE_KINDS]
        country = before[-1].country if before else None
        return country if country and country != body.entries[0].country else None

    def _country(self, matches: list[Match], head_index: int) -> Entry | None:
        """The country entry closest to the head, preferring modifiers left of it."""
        states = [m for m in matches if m.entries[0].kind in PLACE_KINDS]
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
        matches = [prefer(m, countries) for m in self.scan(tokens)] if countries else self.scan(tokens)
        matches = [m for m in matches if not is_sponsor(tokens, m)  # "pro-Russian", "Iran-backed"
                   and not is_surname(tokens, m)]  # "the Lima clan"
        covering = next((m for m in matches if m.start <= h < m.end), None)
        if covering is not None and covering.entries[0].kind == "person" and other_forename(tokens, covering):
            covering, matches = None, [m for m in matches if m is not covering]  # "Jorge Alberto Bolanos"
        if covering is not None and covering.entries[0].kind == "person":
            return self._person(text, covering, tokens, day)
        if covering is not None and covering.entries[0].kind == "breakaway":
            entry = covering.entries[0]  # "Abkhazia", "Tiraspol": the separatist authorities
            agent = "REB" if held_on(entry, day) else None
            return Actor(text, entry.name, entry.country, agent, None, actor_code(entry.country, agent))
        if covering is None and is_outside_noun(head):
            found = self._outside(text, tokens, head, h, matches, day)
            if found is not None:
                return found
        if covering is not None:
            entry = covering.entries[0]
            owner = self._other_country(matches, covering) if entry.kind == "body" else None
            if owner is not None:  # "Pakistan's Foreign Office" is no British body
                return Actor(text, self.kb.country_names.get(owner), owner, entry.agent, None,
                             actor_code(owner, entry.agent))
            hint = self._any_sector(tokens) if entry.kind == "country" and head.pos_ != "PROPN" else None
            if entry.kind != "demonym" or head.pos_ in ("NOUN", "PROPN"):
                return self._entity_actor(text, entry, day, hint)
        return self._composed(text, tokens, head, matches, day, loose)

    def _composed(self, text: str, tokens: list[Token], head: Token, matches: list[Match], day: str | None,
                  loose: bool) -> Actor | None:
        """The actor a phrase composes when no one entry covers its head: a sector word ("opposition
        leader"), an organisation or person named inside it, a country with a sector ("Ukrainian
        troops"), a breakaway region its forces hold, or a name the knowledge base does not know."""
        h = tokens.index(head)
        named = frozenset(i for m in matches for i in range(m.start, m.end) if m.entries[0].kind != "sector")
        agent = self._led_sector(tokens, head) or self.sector(tokens, h) or self._of_sector(tokens, h) or \
            self._office_sector(tokens, head) or \
            (self._any_sector(tokens, named) if head.pos_ == "PROPN" or loose and head.lemma_ not in MEETINGS
             or head.lemma_ in COMMUNITIES else None)
        country = self._country(matches, h)
        orgs = [m.entries[0] for m in matches if m.entries[0].kind in ("org", "body", "media", "person")]
        if orgs and (country is None or orgs[0].kind == "person"):
            base = self._entity_actor(text, orgs[0], day)
            if orgs[0].kind == "person":
                agent = agent or base.agent
                return Actor(text, None, base.country, agent, None, actor_code(base.country, agent))
            return base
        if country is None:
            named = self._named(text, head)
            if agent:  # "opposition leader Rahul Gandhi": the sector, and the name when there is one
                return Actor(text, named.name if named else None, None, agent, None, agent)
            return named
        if agent is None and not (loose or self._instrument(tokens) or head.ent_type_ == "PERSON"):
            return None  # a nationality alone names a person ("American reporter Evan Gershkovich"), not a crowd
        agent = agent or self._any_sector(tokens, named)
        held = next((m.entries[0] for m in matches if is_breakaway(m.entries[0]) and held_on(m.entries[0], day)), None)
        if held is not None and (agent == "REB" or country == held):  # "Armenian separatists in Karabakh"
            country = held
            agent = "REB" if agent in STATE_SECTORS or agent is None else agent
        name = head.text if head.ent_type_ == "PERSON" else self.kb.country_names.get(country.country, country.name)
        return Actor(text, name, country.country, agent, None, actor_code(country.country, agent))

    def _outside(self, text: str, tokens: list[Token], head: Token, h: int, matches: list[Match],
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
                country = person_on(entry, day)[0]
            else:
                country = entry.country
            if country:
                break
        name = self.kb.country_names.get(country) if country else None
        return Actor(text, name, country, agent, None, actor_code(country, agent))

    def _person(self, text: str, match: Match, tokens: list[Token], day: str | None) -> Actor:
        """A named person: the role valid on ``day``; a title in the phrase fills a gap
        ("Foreign Minister X" before the table's role starts), and "former" makes an ELI."""
        actor = self._entity_actor(text, match.entries[0], day)
        others = tokens[: match.start] + tokens[match.end:]
        if says_former(others):
            return as_former(actor)
        title = self._any_sector(others) if others else None
        if title and actor.agent in (None, "ELI"):
            return Actor(text, actor.name, actor.country, title, None, actor_code(actor.country, title))
        return actor

    @staticmethod
    def _named(text: str, head: Token) -> Actor | None:
        """A person or organisation the knowledge base does not know: kept by name, uncoded,
        so the event is not lost (an actor list can code it later). A place the gazetteer
        knows ("California", "South Ossetia", "Barcelona") stands for its country. A group of
        states with no one country ("European countries", "some 70 nations", "its allies") is
        kept by its words, uncoded; "the two countries", "both nations" point back to states
        named before, which coreference resolves or nothing does."""
        if head.tag_ == "NNS" and head.lemma_.lower() in STATE_GROUPS:
            pointing = {c.lower_ for c in head.children} & _POINTING_BACK
            return None if pointing else Actor(text, text)
        if head.pos_ != "PROPN":
            return None
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        name = ent.text if ent is not None else head.text
        if head.ent_type_ == "GPE":
            country = load_gazetteer().country_of(name)
            if country is not None:
                return Actor(text, name, country, None, None, country)
        if head.ent_type_ in NAMED_ENTITIES or head.ent_type_ in ("", "GPE") and unknown_person(head):
            return Actor(text, name)
        return None

    @staticmethod
    def _instrument(tokens: list[Token]) -> bool:
        """True for phrases whose nationality alone names the actor ("a U.S. drone strike")."""
        return any(t.lemma_ in INSTRUMENTS for t in tokens)

    def resolve(self, head: Token, day: str | None = None, memory: DocMemory | None = None,
                loose: bool = False) -> Actor | None:
        """The actor named by the phrase headed by ``head``, completed by appositions."""
        head = effective_head(head)
        if head.pos_ == "PRON":
            found = self._antecedent(head, day, memory)
            return Actor(head.text, found.name, found.country, found.agent, found.org, found.code) if found else None
        owned = self._owned(head, day, memory)  # "its embassy", "their troops", "his country"
        if owned is not None:
            return owned
        if memory is not None:
            earlier = title_antecedent(head, memory, self.kb)  # "the president", "the group"
            if earlier is not None:
                return former(head, earlier)
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
        stateless = actor is not None and actor.country is None and not actor.org
        if memory is not None and stateless and is_outside_noun(head):
            actor = self._opposed_state(head, actor, day, memory)  # "opponents of the government"
        actor = self._voice_of(head, day, actor) or actor
        if head.dep_ == "appos" and (actor is None or not (actor.country or actor.agent or actor.org)):
            actor = self._described(head, actor, day)  # "Iran's ambassador to Venezuela, Hojjatollah Soltani,"
        if memory is not None:
            actor = self._remember(head, actor, memory)
        if actor is None or actor.agent is None or actor.country is None and not actor.org:
            actor = self._with_apposition(head, actor, day)
        if memory is not None and request_title(head) is not None:  # "the government", "the president"
            actor = summit_body(head, memory) or in_country(actor, memory.main_country) \
                or self._the_country(head, memory)
        actor = self._elided_head(head, actor, day)  # "Japanese and the Australian armies"
        actor = self._shared_sector(head, self._shared_nationality(head, actor, day))
        return named_by_apposition(head, former(head, self._divided(head, actor, memory)))

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
        text = " ".join(t.text for t in phrase_tokens(head))
        if head.lemma_.lower() in ("country", "nation"):  # "his country": the antecedent's state
            return Actor(text, self.kb.country_names.get(found.country), found.country, None, None, found.country)
        if agent is None and not self.sector([head], 0):
            return None
        named = found.name in self.kb.by_name  # "Hezbollah said its fighters": Hezbollah's
        name = found.name if named else self.kb.country_names.get(found.country)  # "their forces": Turkey's
        return Actor(text, name, found.country, agent, None, actor_code(found.country, agent))

    def owner_named_before(self, head: Token, day: str | None, start: int = 0) -> Actor | None:
        """The owner a bare definite act noun ("the plan", "the deal") had at its latest earlier
        mention from token ``start`` on: "Beijing unveiled Xi's peace plan … Kyiv rejected the plan"
        rejects Xi."""
        if head.pos_ != "NOUN" or [c.lower_ for c in head.children if c.dep_ != "prep"] != ["the"]:
            return None
        earlier = next((t for t in reversed(head.doc[start:head.i]) if t.lemma_ == head.lemma_ and t.pos_ == "NOUN"),
                       None)
        owners = [c for c in earlier.children if c.dep_ == "poss" and c.pos_ != "PRON"] if earlier is not None else []
        if not owners:
            return None
        found = self.resolve_tokens(phrase_tokens(owners[0]), owners[0], day)
        if found is None or not found.known:
            return None
        return Actor(f"{head.text} of {found.text}", found.name, found.country, found.agent, found.org, found.code)

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

    def _voice_of(self, head: Token, day: str | None, actor: Actor | None) -> Actor | None:
        """"a spokesman for the Israeli military", "an official of Hamas", "the Senate President's
        aide": the body spoken for; a state named as the possessor of a voice with no sector of
        its own speaks through its government ("France's representative to the UN")."""
        if head.lemma_.lower() not in VOICES:
            return None
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        spoken_for = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "from")
                      for o in p.children if o.dep_ == "pobj"]
        text = " ".join(t.text for t in phrase_tokens(head))
        for obj in owners + spoken_for:
            body = self.resolve_tokens(phrase_tokens(obj), obj, day)
            if body is not None and (body.agent or body.org):
                return Actor(text, body.name, body.country, body.agent, body.org, body.code)
            if body is not None and body.country and obj in owners and (actor is None or actor.agent is None):
                return Actor(text, body.name, body.country, "GOV", None, actor_code(body.country, "GOV"))
        return None

    def _antecedent(self, pronoun: Token, day: str | None, memory: DocMemory | None) -> Actor | None:
        """What a personal pronoun stands for: "he"/"she" the nearest person named before it
        (within two sentences), "it"/"they" the nearest earlier subject naming a group or state;
        an object pronoun ("accusing them") may also stand for an earlier object of its sentence,
        never for the subject of its own clause."""
        word = pronoun.lower_
        if word not in PERSONAL_PRONOUNS and word not in GROUP_PRONOUNS:
            return None
        doc, start = pronoun.doc, pronoun.sent.start
        for _ in range(2):
            if start > 0:
                start = doc[start - 1].sent.start
        people = {m.index: m.actor for m in memory.mentions if m.person} if memory is not None else {}
        subject_side = own_subject(pronoun)
        for token in reversed(doc[start: pronoun.i]):
            if token.i in subject_side or is_channel(token):
                continue  # "accusing them": not the accuser; "wrote on Twitter": a channel
            found = self._person_antecedent(token, people, day, memory) if word in PERSONAL_PRONOUNS \
                else self._group_antecedent(pronoun, token, day, memory)
            if found is not None:
                return found
        return None

    def _person_antecedent(self, token: Token, people: dict[int, Actor], day: str | None,
                           memory: DocMemory | None) -> Actor | None:
        if token.i in people:  # a person the document named ("Hojjatollah Soltani")
            return people[token.i]
        if token.tag_ == "NN" and token.dep_ == "nsubj" and self.sector([token], 0) in STATE_SECTORS:
            found = self.resolve(token, day, memory)  # "Turkey's president said his country …"
            return found if found is not None and found.country else None
        if token.ent_type_ != "PERSON" or token.dep_ in ("compound", "flat"):
            return None
        found = self.resolve_tokens(phrase_tokens(token), token, day)
        return found if found is not None or memory is None else memory.people.get(token.text)

    def _group_antecedent(self, pronoun: Token, token: Token, day: str | None,
                          memory: DocMemory | None) -> Actor | None:
        """An earlier subject naming a group or state; a person only as the voice of one
        ("a Taliban spokesman, Zabihullah Mujahid, said they would …": the Taliban)."""
        if token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ == "PERSON" and not _voice(token):
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
        if found.name and found.name != self.kb.country_names.get(found.country or ""):
            return found  # a named body, group or person keeps its name
        return replace(found, name=phrase_text(token))  # "they" → "the teachers", "it" → "the Israeli army"


    def resolve_all(self, head: Token, day: str | None = None, memory: DocMemory | None = None,
                    loose: bool = False) -> list[Actor]:
        """Like :meth:`resolve`, but a coordination inside the phrase gives one actor per
        country: "the foreign ministers of Saudi Arabia and Iran", "Thai and Cambodian troops"."""
        holders = coordinated_tokens(held_by(head)) if held_by(head) is not None else []
        if len(holders) > 1:  # "Hezbollah and Hamas targets": each holder
            return [a for t in holders for a in self.resolve_all(t, day, memory, loose)]
        head = effective_head(head)
        examples = [a for t in such_as(head) for a in self.resolve_all(t, day, memory, loose) if a.code]
        if examples:  # "countries such as Iran and Syria": the states named
            return examples
        actor = self.resolve(head, day, memory, loose)
        if actor is None or actor.org:
            return [actor] if actor else []
        for modifier in self._country_modifiers(head):
            coordinated = coordinated_modifiers(modifier)
            parts = [self._modifier_actor(one_of(head, coordinated, t), t, actor, day) for t in coordinated]
            if len(coordinated) > 1 and all(parts):
                return list({(a.code, a.name): a for a in parts}.values())
        return [actor]

    def _modifier_actor(self, text: str, token: Token, actor: Actor, day: str | None) -> Actor | None:
        """The actor of one of coordinated names before a head noun: a country keeps the head's
        sector ("Thai and Cambodian troops"), a named organisation or body is itself the actor ("UK
        and EU negotiators"), and a chamber is its part of the legislature ("House and Senate
        negotiators"); None for any other word."""
        entry = self._modifier_entry(token)
        if entry is not None and entry.kind in PLACE_KINDS:
            return Actor(text, self.kb.country_names.get(entry.country, entry.country), entry.country, actor.agent,
                         None, actor_code(entry.country, actor.agent))
        if entry is not None and entry.kind in ("org", "body"):
            return self._entity_actor(text, entry, day)
        if token.lower_ in load_rules().house_and_senate.words and token.text[:1].isupper() and actor.country:
            name = f"{self.kb.country_names.get(actor.country, actor.country)} {token.text.title()}"
            return Actor(text, name, actor.country, actor.agent, None, actor.code)
        return None

    @staticmethod
    def _country_modifiers(head: Token) -> list[Token]:
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        mods += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                 for o in p.children if o.dep_ == "pobj"]
        return mods

    def _modifier_entry(self, token: Token) -> Entry | None:
        """The entry a single modifier names ("Thai", "Iran", "Saudi Arabia", "EU"), or None."""
        tokens = [t for t in phrase_tokens(token) if t.dep_ not in ("det", "case")]
        matches = self.scan(tokens)
        if len(matches) != 1 or token not in tokens[matches[0].start: matches[0].end]:
            return None  # the modifier itself must be the name ("Latin American countries" is not USA)
        return matches[0].entries[0]

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
                     actor.code if actor.org else actor_code(country, agent))


