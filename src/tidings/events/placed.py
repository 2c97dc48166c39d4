"""Targets that a text names through a place rather than an actor.

An act aimed at a place is aimed at the state it lies in ("shelled a market in Idlib" → SYR);
an act imposed on a whole population (curfews, states of emergency) is aimed at the people of
the place it covers ("a curfew in parts of Kashmir" → IND CVL). The actor keeps the words the
text uses for the place, so a reader (or a benchmark) sees which mention was coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.resolve import phrase_tokens
from tidings.events.syntax import direct_object, prep_objects
from tidings.nlp.tree import clause_head
from tidings.record import Actor, Location
from tidings.timeplace.places import names_place

__all__ = ["state_of", "population"]

#: Prepositions whose object is the place a population measure covers ("a curfew in Srinagar").
_COVER_PREPS = ("in", "across", "throughout", "on", "over")


def state_of(place: Location, text: str | None = None) -> Actor:
    """The country of a place as an actor with no sector: the target of an act aimed at the place,
    the doer of a passive act done there by the state. ``text`` is how the text names the place."""
    return Actor(text or place.name, place.name, place.country, None, None, place.country)


def _covered(predicate: Token) -> Token | None:
    """The place phrase an act covers: a locative object of its verb or of its object noun
    ("imposed a curfew in the town", "declared a state of siege across the region")."""
    head = clause_head(predicate)
    holders = dict.fromkeys(t for t in (predicate, head, direct_object(head)) if t is not None)
    found = [o for t in holders for o in prep_objects(t, _COVER_PREPS) if names_place(o)]
    return min(found, key=lambda o: o.i) if found else None


def population(predicate: Token, country: str) -> Actor:
    """The civilians of ``country`` an act on a whole population is aimed at, named by the place
    it covers when the clause names one ("the population of parts of Kashmir")."""
    place = _covered(predicate)
    words = phrase_tokens(place) if place is not None else []
    where = place.doc[words[0].i: words[-1].i + 1].text if words else None
    text = f"the population of {where}" if where else "the population"
    return Actor(text, None, country, "CVL", None, f"{country}CVL")
