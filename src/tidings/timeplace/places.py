"""Where an event happened: the place named in its clause, resolved through the gazetteer.

A place is found where English puts one: the object of a locative preposition ("in Caracas",
"near Baghdad International Airport", "off the coast of Yemen", "in Ukraine's Donetsk region",
"in the state of Zulia"), the antecedent of a "where" clause ("flew to Havana, where he met …"),
and a city or region taken or entered ("captured Mekelle"). Generic heads (city, region, coast,
outskirts …) lead to the name they qualify; facility names fall back to the place inside them
("Baghdad International Airport" → Baghdad). Countries named next to a place ("Marawi,
Philippines", "Tripoli, in northern Lebanon", "Russia's Kursk region") decide ambiguous names
first, then the document's countries, then population. A city or region wins over a country.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tidings.nlp.tree import participle_adjective, tree_distance
from tidings.record import Location
from tidings.timeplace.gazetteer import Gazetteer, Place, load_gazetteer

__all__ = ["PLACE_PREPS", "Gazetteer", "load_gazetteer", "locate", "locate_named", "locate_heads", "names_place", "place_of_sentence",
           "Location"]

PLACE_PREPS = frozenset({"in", "at", "near", "off", "outside", "inside", "across", "around", "into",
                          "on", "throughout", "within", "along", "towards", "toward"})
#: Nouns that stand for a part of a place named by their modifier or "of" phrase.
_GENERIC = frozenset({"city", "town", "village", "province", "region", "state", "capital", "outskirts",
                      "suburb", "suburbs", "coast", "border", "side", "area", "district", "port",
                      "island", "part", "parts", "north", "south", "east", "west", "centre", "center",
                      "streets", "street", "heart", "governorate", "oblast", "county", "territory",
                      "waters", "shores", "shore", "enclave", "strip", "neighbourhood", "neighborhood", "most",
                      "much", "all", "rest", "mountain", "outskirt", "lawn", "grounds", "compound", "headquarters",
                      "gate", "steps", "crossing", "base", "zone", "hometown", "birthplace", "township",
                      "municipality", "prefecture"})
#: Place nouns that a nationality word alone makes a country's ("Syrian territory", "Ukrainian soil").
_NATIONAL_GROUNDS = ("territory", "soil", "airspace")
#: Compass words after a generic place noun that lead to the place it lies by ("villages west of Bakhmut").
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})
#: Entity labels of words that are never a place ("on March 29", "in 2019").
_NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Entity labels that are never places ("attacked Kim Jong-nam").
_NOT_PLACES = frozenset({"PERSON", "ORG", "NORP"})
#: Prepositions after which a country is a target, not a place ("sanctions on Iran").
_NOT_COUNTRY_PREPS = frozenset({"on", "towards", "toward", "along"})
#: Words of facility names that are no place by themselves ("Airport", "International").
_FACILITY_WORDS = frozenset({"airport", "international", "air", "base", "gate", "square", "palace", "hotel",
                             "street", "bridge", "station", "port", "stadium", "university", "hospital",
                             "camp", "prison", "embassy", "consulate", "hall", "house", "building", "center",
                             "centre", "tower", "plaza", "park", "market", "mosque", "church", "temple", "field"})
#: Nouns whose "from" phrase is where they happen ("a televised address from Seoul").
_FROM_NOUNS = frozenset({"address", "speech", "statement", "broadcast", "message", "remarks", "briefing"})
#: Verbs and nouns of movement whose destination ("to") is where the event happens.
_TO_HEADS = frozenset({"deploy", "send", "dispatch", "travel", "fly", "return", "move", "redeploy", "sail",
                       "march", "visit", "trip", "journey", "arrive", "head"})
#: Verbs whose object is where the event happens when it names a city or region.
_PLACE_OBJECT_VERBS = frozenset({"capture", "seize", "enter", "take", "visit", "storm", "encircle",
                                 "besiege", "occupy", "retake", "recapture", "liberate", "bomb", "shell",
                                 "raid", "surround", "tour", "reach", "overrun", "strike", "hit", "attack",
                                 "invade", "pound", "target"})


def _chain(token: Token) -> list[Token]:
    """The token with the proper-noun and adjectival words before it ("Baghdad International Airport")."""
    parts = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod", "flat") and c.pos_ in ("PROPN", "ADJ")
             and c.i >= token.i - 4]
    hyphens = [c for c in token.lefts if c.text == "-" and not c.whitespace_]
    return sorted([*parts, *hyphens, token], key=lambda t: t.i)


def _names(token: Token) -> list[tuple[str, bool]]:
    """Candidate names of the place at ``token``: the whole name, then each proper-noun part,
    longest first ("Baghdad International Airport", …, "Baghdad"); none for common nouns."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ in ("GPE", "LOC", "FAC")), None)
    words = [w for w in (list(ent) if ent is not None else _chain(token)) if w.lower_ != "the"]
    if token.pos_ != "PROPN" and ent is None:
        return []
    out = []
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            part = words[start: start + size]
            if size == len(words) or all(w.pos_ == "PROPN" or w.text == "-" for w in part) \
                    and not all(w.lower_ in _FACILITY_WORDS for w in part):
                out.append((token.doc[part[0].i: part[-1].i + 1].text, size == len(words)))
    return out


def _generic(token: Token) -> bool:
    return token.lower_ in _GENERIC or token.lemma_.lower() in _GENERIC


def names_place(token: Token) -> bool:
    """True for a noun that names a place: a tagged place name or a generic place noun ("the
    town", "parts of Kashmir"), not a time or a thing ("in the evening", "in response")."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or _generic(token)


def _qualified(token: Token) -> list[Token]:
    """For a generic head ("the state of Zulia", "Donetsk region"), the words naming the place."""
    if not _generic(token):  # "Kabul airport's Abbey Gate", "Istanbul's Dolmabahce Palace"
        owner = [c for c in token.children if c.dep_ == "poss" and (c.pos_ == "NOUN" or token.pos_ == "PROPN")]
        return [token, *owner]
    holders = [token, *(c for c in token.children if c.dep_ in ("amod", "advmod") and c.lower_ in _COMPASS)]
    inner = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of"  # "towns south of Tripoli"
             for o in p.children if o.dep_ == "pobj"]
    named = [c for c in token.lefts if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN"]
    named += [c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]  # "the capital Tripoli"
    found = [*named[-1:], *[q for o in inner for q in _qualified(o)]]
    owner = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"]  # "Japan's economic zone"
    if token.lower_ in ("capital", *_NATIONAL_GROUNDS) and not found:
        return [token]  # "the Iranian capital", "Syrian territory": resolved to the city, the country
    return found or owner


def _directional(prep: Token) -> bool:
    """"to" after a movement ("deployed to Michoacán", "his return to Moscow"); "from" after a
    speech ("an address from Seoul")."""
    lemma = prep.head.lemma_.lower()
    return prep.lower_ == "to" and lemma in _TO_HEADS or prep.lower_ == "from" and lemma in _FROM_NOUNS


def _anchors(tokens: list[Token]) -> list[Token]:
    """Tokens of a clause that name where it happens, the closest to the clause's verb first."""
    ids = {t.i for t in tokens}
    out: list[Token] = []
    for t in tokens:
        head = t.head
        if t.dep_ == "pobj" and head.i in ids and (head.lower_ in PLACE_PREPS or _directional(head)):
            out.extend(_qualified(t))
        elif t.dep_ == "dobj" and participle_adjective(head) and head.doc[head.i - 1].lower_ in PLACE_PREPS:
            out.extend(_qualified(t))  # the parser's "in [occupied] Karabakh"
        elif t.dep_ == "dobj" and head.lemma_.lower() in _PLACE_OBJECT_VERBS:
            out.extend(q for q in _qualified(t) if q.pos_ == "PROPN" and (_generic(t) or q.ent_type_ not in _NOT_PLACES))
        elif t.lower_ == "where" and t.dep_ == "advmod" and head.dep_ == "relcl":
            out.extend(_qualified(head.head))
    out = [a for a in out if a.ent_type_ not in _NOT_PLACE_ENTS]  # "on March 29" is a day, not March, England
    root = tokens[0] if tokens else None
    return sorted(dict.fromkeys(out), key=lambda a: tree_distance(a, root)) if root is not None else out


def _near(anchor: Token) -> list[Token]:
    """Words next to a place that may name its country: "Marawi, Philippines", "Russia's
    Kursk region", "Hyderabad, in India's Andhra Pradesh state"."""
    near = [c for c in anchor.children if c.dep_ in ("appos", "conj", "npadvmod", "poss")]
    near += [o for p in anchor.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if _generic(anchor.head):
        near += [c for c in anchor.head.children if c.dep_ == "poss"]
    out = []
    for token in near:
        out.extend(q for q in _qualified(token) if q.pos_ == "PROPN")
        out.extend(c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN")
    return out


def _side_countries(anchor: Token, gaz: Gazetteer) -> set[str]:
    found = set()
    for token in _near(anchor):
        for name, _ in _names(token)[:1]:
            place = gaz.lookup(name)
            if place is not None and place.country:
                found.add(place.country)
    return found


def _capital(anchor: Token, gaz: Gazetteer) -> Place | None:
    """"the Iranian capital", "Argentina's capital": the capital city of that country."""
    if anchor.lower_ != "capital":
        return None
    for mod in (c for c in anchor.children if c.dep_ in ("amod", "poss", "compound")):
        city = gaz.capital_of(mod.text)
        if city is not None:
            return city
    return None


def _national(anchor: Token, gaz: Gazetteer) -> Place | None:
    """"Syrian territory", "on Ukrainian soil", "Bosnian Serb territory": the country its first
    nationality word names."""
    if anchor.lemma_.lower() not in _NATIONAL_GROUNDS:
        return None
    mods = sorted((c for c in anchor.children if c.dep_ in ("amod", "compound", "nmod")), key=lambda c: c.i)
    return next((p for p in (gaz.nation_place(m.text) for m in mods) if p is not None), None)


def _resolve(anchor: Token, countries: set[str], nearby: set[str], gaz: Gazetteer,
             weak: set[str] = frozenset()) -> Place | None:
    """The place an anchor names; only its whole name may match an alternate name, and a
    country after "on" is a target, not a place."""
    capital = _capital(anchor, gaz) or _national(anchor, gaz)
    if capital is not None:
        return capital
    named = [c for c in anchor.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if anchor.pos_ == "NOUN" and named:  # "the Casa Rosada presidential palace"; not "the US mission"
        words = anchor.doc[named[0].left_edge.i: named[-1].i + 1].text
        place = gaz.lookup(words, countries, nearby, weak, alternates=False)
        if place is not None and place.kind != "country":
            return place
    spelled = anchor.ent_type_ in ("GPE", "LOC", "FAC")  # alternate spellings only for tagged places
    for name, whole in _names(anchor):
        alternates = whole and spelled and not all(w in _FACILITY_WORDS for w in name.lower().split())
        place = gaz.lookup(name, countries, nearby | _side_countries(anchor, gaz), weak, alternates=alternates)
        if place is not None and place.kind == "country" and anchor.dep_ == "pobj" \
                and anchor.head.lower_ in _NOT_COUNTRY_PREPS:
            return None
        if place is not None and place.kind == "city" and place.population < 500_000 \
                and any(c.lower_ == "the" for c in anchor.children):
            return None  # "across the Andes" is a range, not the small town of Andes
        if place is not None:
            return place
    return None


def _best(anchors: list[Token], countries: Iterable[str], gaz: Gazetteer,
          weak: set[str]) -> tuple[Token, Place] | None:
    """The place a clause names and the anchor that names it."""
    context = set(countries)
    first = [_resolve(a, context, set(), gaz, weak) for a in anchors]
    nearby = {p.country for p in first if p is not None and p.kind in ("country", "region") and p.country}
    again = [_resolve(a, context, nearby, gaz, weak) for a in anchors] if nearby else first  # "Tripoli, Lebanon"
    found = [(a, p) for a, p in zip(anchors, again, strict=True) if p is not None]
    if not found:
        return None
    first = found[0][1]  # the closest to the verb, unless a place inside that country is named too
    inside = [(a, p) for a, p in found if p.kind != "country" and p.country == first.country]
    return inside[0] if first.kind == "country" and inside else found[0]


def _surface(anchor: Token) -> str:
    """The words that name a place in the text ("Digha", "the Iranian capital" → "Iranian
    capital"), which may differ from its gazetteer name ("Dighwāra")."""
    names = _names(anchor)
    return names[0][0] if names else " ".join(t.text for t in _chain(anchor))


def locate_named(tokens: list[Token], countries: Iterable[str], gazetteer: Gazetteer | None = None,
                 weak: Iterable[str] = ()) -> tuple[Location, str] | None:
    """The location named in a clause, resolved with the document's countries as context (and
    the actors' countries as ``weak`` context), with the words that name it in the text."""
    return _named(_anchors(tokens), countries, gazetteer, weak)


def locate_heads(heads: Iterable[Token], countries: Iterable[str], gazetteer: Gazetteer | None = None,
                 weak: Iterable[str] = ()) -> tuple[Location, str] | None:
    """The place that phrases headed by ``heads`` name, whatever their preposition: the slot an
    act is aimed at ("withdrew its peacekeepers from the Golan Heights")."""
    anchors = [q for h in heads for q in _qualified(h) if q.ent_type_ not in _NOT_PLACE_ENTS]
    return _named(list(dict.fromkeys(anchors)), countries, gazetteer, weak)


def _named(anchors: list[Token], countries: Iterable[str], gazetteer: Gazetteer | None,
           weak: Iterable[str]) -> tuple[Location, str] | None:
    found = _best(anchors, countries, gazetteer or load_gazetteer(), set(weak))
    if found is None:
        return None
    anchor, place = found
    return Location(place.name, place.country, place.lat, place.lon), _surface(anchor)


def locate(tokens: list[Token], countries: Iterable[str], gazetteer: Gazetteer | None = None,
           weak: Iterable[str] = ()) -> Location | None:
    """The location named in a clause (see ``locate_named``)."""
    found = locate_named(tokens, countries, gazetteer, weak)
    return found[0] if found is not None else None


def place_of_sentence(tokens: list[Token], countries: Iterable[str], gazetteer: Gazetteer | None = None,
                      weak: Iterable[str] = ()) -> Location | None:
    """The sentence's place when all the places it names are in one country (a fallback for
    clauses that name none: "police attacked students protesting in Managua")."""
    gaz = gazetteer or load_gazetteer()
    places = [p for p in (_resolve(a, set(countries), set(), gaz, set(weak)) for a in _anchors(tokens))
              if p is not None]
    if not places or len({p.country for p in places}) != 1:
        return None
    place = next((p for p in places if p.kind != "country"), places[0])
    return Location(place.name, place.country, place.lat, place.lon)
