"""Countries an actor phrase takes from around it when it names none itself: a place in or after
it ("a court in Ecuador", "the Uttar Pradesh government"), an origin ("dissidents from Egypt"),
the seat of a bare legislature ("Congress"), the state an opponent opposes, a nationality shared
with a coordinated noun, a breakaway region held by another state, the half of a divided
country ("the North").

`PlacedActors` is mixed into `ActorResolver` (`actors/resolve.py`): its methods use the
resolver's tables and ``resolve_tokens``.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.coref import DocMemory
from tidings.actors.phrases import (MODIFIER_DEPS, PLACE_KINDS, STATE_SECTORS, actor_code, held_on, is_bare_name,
                                    is_breakaway, phrase_tokens, region_country)
from tidings.actors.rules import load_rules
from tidings.record import Actor
from tidings.timeplace.gazetteer import load_gazetteer

__all__ = ["PlacedActors"]


class PlacedActors:
    """The resolver's readers of countries around a phrase (a mixin of `ActorResolver`)."""


    def _shared_nationality(self, head: Token, actor: Actor | None, day: str | None) -> Actor | None:
        """A bare noun coordinated after one with a nationality shares it: "Israeli women and
        children" are all Israeli, whatever place the phrase names, and "the government and people
        of Saudi Arabia" are both Saudi (the parser hangs the "of" phrase after them on the first)."""
        if head.dep_ != "conj" or head.pos_ != "NOUN" or any(c.dep_ in MODIFIER_DEPS for c in head.children):
            return actor
        first = head.head
        modifiers = [c for c in first.children if c.dep_ in ("amod", "compound") and c.i < first.i]
        if any(p.dep_ == "prep" and p.lower_ == "of" and p.i > head.i for p in first.children):
            modifiers = [t for t in phrase_tokens(first) if t != first]
        found = self.resolve_tokens(sorted(modifiers + [first], key=lambda t: t.i), first, day) if modifiers else None
        if found is None or not found.country or found.org or actor is not None and actor.org:
            return actor
        agent = actor.agent if actor is not None and actor.agent else found.agent
        return Actor(head.text, found.name, found.country, agent, None, actor_code(found.country, agent))

    def _elided_head(self, head: Token, actor: Actor | None, day: str | None) -> Actor | None:
        """A nationality adjective standing alone before a coordinated noun phrase shares its head
        noun: "Japanese and the Australian armies" are Japanese armies too."""
        nouns = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        entry = self._modifier_entry(head) if actor is None and head.pos_ == "ADJ" and nouns else None
        if entry is None or entry.kind not in PLACE_KINDS:
            return actor
        shared = self.resolve_tokens(phrase_tokens(nouns[0]), nouns[0], day)
        agent = shared.agent if shared is not None and not shared.org else None
        name = self.kb.country_names.get(entry.country, entry.country)
        return Actor(head.text, name, entry.country, agent, None, actor_code(entry.country, agent))

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
        if country is not None and placed.agent == "REB" and agent in STATE_SECTORS - {"MIL"}:
            agent = "REB"  # "the authorities in Abkhazia": the separatist authorities
        country = country or region_country(head) or self._placed_in(head, day)
        if country is None:
            return actor
        return Actor(actor.text, actor.name, country, agent, None, actor_code(country, agent))

    def _held_place(self, head: Token, actor: Actor, day: str | None) -> Actor:
        """Rebels "in" a breakaway region belong to its recognised state, whatever their
        nationality ("Armenian separatists in Karabakh" are AZE REB)."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = self._place_country(obj, day)
                if found is not None and found[1]:
                    return Actor(actor.text, self.kb.country_names.get(found[0]), found[0], "REB", None,
                                 actor_code(found[0], "REB"))
        return actor

    def _opposed_state(self, head: Token, actor: Actor, day: str | None, memory: DocMemory) -> Actor:
        """Opponents or supporters "of the government", "of the president": the country of the
        state body the document means ("the government" of its main country)."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                inner = self.resolve(obj, day, memory)
                if inner is not None and inner.country and inner.agent in STATE_SECTORS and not inner.org:
                    return Actor(actor.text, self.kb.country_names.get(inner.country), inner.country,
                                 actor.agent, None, actor_code(inner.country, actor.agent))
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
                    agent = "REB" if held and actor.agent in STATE_SECTORS else actor.agent
                    return Actor(actor.text, actor.name, country, agent, None, actor_code(country, agent))
        return actor

    def _from_body(self, obj: Token, actor: Actor, day: str | None) -> Actor | None:
        """A state, armed or political group noun "from" a named body or national organisation is
        that body ("officials from the State Department", "fighters from Hezbollah"); civilians
        and refugees "from" an armed group fled it, and only an origin country counts for them."""
        if actor.agent not in STATE_SECTORS | {"COP", "REB", "INS", "PTY", "OPP"}:
            return None
        entry = self._modifier_entry(obj)
        if entry is None or entry.kind not in ("body", "org") or not entry.country:
            return None
        return self._entity_actor(actor.text, entry, day)

    def _place_country(self, obj: Token, day: str | None) -> tuple[str, bool] | None:
        """The country a place phrase names (a country, demonym, capital, breakaway region, or
        a city or region the gazetteer knows in one country), and whether it is a breakaway
        region held by its separatist authorities on ``day``."""
        tokens = [t for t in phrase_tokens(obj) if t.dep_ not in ("det", "case")]
        matches = self.scan(tokens)
        if len(matches) == 1 and obj in tokens[matches[0].start: matches[0].end]:
            entry = matches[0].entries[0]
            if entry.kind in PLACE_KINDS and entry.country:
                return entry.country, is_breakaway(entry) and held_on(entry, day)
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
        words = {t.lower_ for t in tokens if t.lower_ != "congress" or is_bare_name(t)}
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
        agent = "LEG" if actor is None or actor.agent in STATE_SECTORS | {None} else actor.agent
        text = actor.text if actor is not None else " ".join(t.text for t in tokens)
        name = f"{self.kb.country_names.get(country, country)} {body}"  # the two chambers are two actors
        return Actor(text, name, country, agent, None, actor_code(country, agent))

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
        if not agent:
            return actor
        return Actor(actor.text, actor.name, actor.country, agent, None, actor_code(actor.country, agent))

    def _divided(self, head: Token, actor: Actor | None, memory: DocMemory | None) -> Actor | None:
        """"the North", "the South" and what they possess ("the North's leader"): that half of a
        divided country (``rules.yaml`` halves) in a story naming either half. Elsewhere "the
        North" alone stays no actor, and its leader is kept uncoded rather than given the
        story's main country."""
        half = head if _is_half(head) else next((c for c in head.children if c.dep_ == "poss" and _is_half(c)), None)
        if half is None:
            return actor
        counts = memory.countries if memory is not None else {}
        pair = next((p for p in load_rules().halves if counts.get(p[0]) or counts.get(p[1])), None)
        text = actor.text if actor is not None else " ".join(t.text for t in phrase_tokens(head))
        if pair is None:
            return actor if half is head else Actor(text, text)
        country = pair[0] if half.lower_ == "north" else pair[1]
        agent = actor.agent if actor is not None and half is not head else None
        return Actor(text, self.kb.country_names.get(country), country, agent, None, actor_code(country, agent))


def _is_half(token: Token) -> bool:
    """True for a capitalised "the North" or "the South" with no modifier and not "of" a place
    ("the South of France")."""
    if token.text not in ("North", "South") or not any(c.lower_ == "the" for c in token.children):
        return False
    if any(c.dep_ in MODIFIER_DEPS for c in token.children):
        return False
    return not any(o.ent_type_ in ("GPE", "LOC") for p in token.children if p.lower_ == "of" for o in p.children)
