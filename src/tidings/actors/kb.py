"""The actor knowledge base: every name tidings knows, indexed by its tokens.

Names are tokenised with the same spaCy tokenizer as the text, so a mention is found by looking
up token n-grams. All-capital names of up to four letters ("US", "UN", "ALBA") match only in
capitals, so that "us" or "un" in running text never resolve.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tidings.actors.tables import Row, header_kind, read_table

__all__ = ["Role", "Entry", "KnowledgeBase", "load_kb", "build_kb", "add_table", "table_kind", "norm"]

Key = tuple[str, ...]


#: Entries whose names are often common words ("Bush", "Guardian", "Apple"): a text all in lower
#: case never names them (armed groups and parties are still found in lower case: "the taliban").
def _proper_only(entry: "Entry") -> bool:
    return entry.kind in ("media", "person") or entry.kind == "org" and entry.agent == "BUS"


#: A hyphen joining two words of a name.
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


@dataclass(frozen=True)
class Role:
    """A dated role of a person: who they act for between ``start`` and ``end``."""

    country: str | None
    agent: str
    title: str
    start: str
    end: str | None

    def valid_on(self, day: str) -> bool:
        """True when the role covers ``day`` (YYYY-MM-DD); partial dates compare by prefix."""
        if day[: len(self.start)] < self.start:
            return False
        return not self.end or day[: len(self.end)] <= self.end


@dataclass(frozen=True)
class Entry:
    """One thing a name can refer to."""

    kind: str  # country, capital, demonym, body, org, media, person, region, breakaway
    name: str
    country: str | None = None
    agent: str | None = None
    org: str | None = None
    code: str | None = None
    roles: tuple[Role, ...] = ()

    def role_on(self, day: str | None, former: bool = False) -> Role | None:
        """The dated role that holds on ``day`` (the latest valid one); with no day, the
        open-ended (current) role, else the last; ``former`` falls back to the last role begun
        before ``day`` (a former official)."""
        if not self.roles:
            return None
        if day is None:
            return ([r for r in self.roles if not r.end] or list(self.roles))[-1]
        valid = [r for r in self.roles if r.valid_on(day)]
        before = [r for r in self.roles if r.start <= day] if former else []
        return (valid or before or [None])[-1]


def norm(text: str) -> str:
    """Matching form of a token: lower case, straight apostrophes."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def _case_sensitive(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


@dataclass
class KnowledgeBase:
    """Indexes from token n-grams to entries, plus sector nouns and country names."""

    phrases: dict[Key, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    exact: dict[Key, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    sectors: dict[Key, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, Entry] = field(default_factory=dict)
    replaced: dict[Entry, Entry] = field(default_factory=dict)
    org_roles: dict[str, tuple[Role, ...]] = field(default_factory=dict)  # dated roles of organisations
    lower_names: set[Key] = field(default_factory=set)  # names written in lower case ("dpa")
    max_len: int = 1
    prepend: bool = False  # overlays put their entries first, so that they win

    def overlay(self) -> "KnowledgeBase":
        """A copy whose new entries take precedence over the ones already indexed (for
        user actor files); the original is not changed."""
        return KnowledgeBase(phrases=defaultdict(list, self.phrases), exact=defaultdict(list, self.exact),
                             sectors=dict(self.sectors), country_names=dict(self.country_names),
                             by_name=dict(self.by_name), replaced=dict(self.replaced),
                             org_roles=dict(self.org_roles), lower_names=set(self.lower_names),
                             max_len=self.max_len, prepend=True)

    def add(self, names: Iterable[str], entry: Entry, tokenize) -> None:  # noqa: ANN001
        """Index ``entry`` under every name (tokenised with ``tokenize``)."""
        old = self.by_name.get(entry.name)
        if self.prepend and old is not None and old != entry:
            self.replaced[old] = entry  # a user entry of the same name replaces it under every alias
        if self.prepend or old is None:
            self.by_name[entry.name] = entry
        names = {n.strip() for n in names if n and n.strip()}
        names |= {_HYPHEN.sub(" ", n) for n in names}  # "al-Shabaab" is also written "Al Shabaab"
        for name in names:
            tokens = tuple(t.text for t in tokenize(name))
            if _case_sensitive(name):
                self._put(self.exact, tokens, entry)
            else:
                self._put(self.phrases, tuple(norm(t) for t in tokens), entry)
                if name.islower():
                    self.lower_names.add(tuple(norm(t) for t in tokens))

    def _put(self, index: dict[Key, list[Entry]], key: Key, entry: Entry) -> None:
        if self.prepend:  # a new list: the base index shares the old one
            index[key] = [entry, *(e for e in index.get(key, ()) if e != entry)]
        elif entry not in index[key]:
            index[key].append(entry)
        self.max_len = max(self.max_len, len(key))

    def lookup(self, tokens: list[str]) -> list[Entry]:
        """Entries named exactly by these token texts (case-sensitive index first)."""
        key = tuple(tokens)
        found = self.exact.get(key) or self.phrases.get(tuple(norm(t) for t in key), [])
        if not found and len(key) == 1 and 3 <= len(key[0]) <= 4 and key[0].istitle():
            found = self.exact.get((key[0].upper(),), [])  # "Nato", "Farc", "Opec" in British style
        if self.replaced and found:
            found = list(dict.fromkeys(self.replaced.get(e, e) for e in found))
        if found and all(t.islower() for t in key) and tuple(norm(t) for t in key) not in self.lower_names:
            found = [e for e in found if not _proper_only(e)]  # "a bush fire", "an apple farmer"
        return found

    def sector(self, tokens: list[str]) -> str | None:
        """The sector code of a common noun phrase ("foreign minister" → GOV), or None."""
        return self.sectors.get(tuple(norm(t) for t in tokens))


def _country_rows(kb: KnowledgeBase, rows: Iterable[Row], tok) -> None:  # noqa: ANN001
    for row in rows:
        iso, name = row.get("iso3"), row.get("name")
        kb.country_names[iso] = name
        kb.add([name, *row.many("short_names"), *row.many("former_names")],
               Entry("country", name, country=iso), tok)
        kb.add(row.many("demonyms"), Entry("demonym", name, country=iso), tok)
        kb.add(row.many("capitals"), Entry("capital", name, country=iso, agent="GOV"), tok)


def _org_code(row: Row) -> str | None:
    if row.get("code"):
        return row.get("code")
    if row.get("country"):
        return row.get("country") + row.get("agent")
    letters = "".join(ch for ch in (row.get("acronym") or row.get("name")) if ch.isalpha())
    return row.get("agent") + letters.upper()[:4]


def _other_rows(kb: KnowledgeBase, kind: str, rows: Iterable[Row], tok) -> None:  # noqa: ANN001
    for row in rows:
        if kind == "bodies.csv":
            entry = Entry("body", row.get("name") or row.get("text"), country=row.get("country"),
                          agent=row.get("agent"), code=row.get("country") + row.get("agent"))
            kb.add([row.get("text"), row.get("name")], entry, tok)
        elif kind == "organizations.csv":
            entry = Entry("org", row.get("name"), country=row.get("country") or None,
                          agent=row.get("agent"), org=row.get("acronym") or None, code=_org_code(row),
                          roles=kb.org_roles.get(row.get("name"), ()))
            kb.add([row.get("name"), row.get("acronym"), *row.many("aliases")], entry, tok)
        elif kind == "media.csv":
            country = row.get("country") or None
            entry = Entry("media", row.get("name"), country=country, agent="MED",
                          code=(country or "") + "MED")
            kb.add([row.get("name"), *row.many("aliases")], entry, tok)
        elif kind == "regions.csv":  # "Latin American" is a region, never USA through "American"
            kb.add([row.get("name"), *row.many("aliases")],
                   Entry("region", row.get("name"), country=row.get("country") or None), tok)
        elif kind == "sectors.csv":
            for noun in (row.get("noun"), row.get("plural")):
                if noun:
                    kb.sectors[tuple(norm(t.text) for t in tok(noun))] = row.get("agent")


def _breakaway_rows(kb: KnowledgeBase, rows: Iterable[Row], tok) -> None:  # noqa: ANN001
    """Breakaway regions: the internationally recognised state's country, and a dated role
    (REB: the separatist authorities) while the region is held by them. Names and de facto
    capitals are ``breakaway`` entries; demonyms are demonyms of that country marked REB."""
    for row in rows:
        country = row.get("country")
        role = Role(country, "REB", "separatist authorities", row.get("start") or "0000", row.get("end") or None)
        kb.add([row.get("name"), *row.many("aliases"), *row.many("capitals")],
               Entry("breakaway", row.get("name"), country=country, agent="REB", roles=(role,)), tok)
        kb.add(row.many("demonyms"), Entry("demonym", row.get("name"), country=country, agent="REB",
                                           roles=(role,)), tok)


def _org_role_rows(kb: KnowledgeBase, rows: Iterable[Row]) -> None:
    """Dated roles of organisations ("Taliban": REB until 2021-08-15, then GOV), attached to the
    organisation of that name when ``organizations.csv`` is read after this table."""
    found: dict[str, list[Role]] = {}
    for row in rows:
        found.setdefault(row.get("name"), []).append(
            Role(row.get("country") or None, row.get("agent"), row.get("title"), row.get("start"), row.get("end") or None))
    kb.org_roles.update({name: tuple(sorted(roles, key=lambda r: r.start)) for name, roles in found.items()})


def _people_rows(kb: KnowledgeBase, rows: Iterable[Row], tok) -> None:  # noqa: ANN001
    grouped: dict[str, tuple[list[str], list[Role]]] = {}
    for row in rows:
        names, roles = grouped.setdefault(row.get("name"), ([row.get("name")], []))
        names.extend(row.many("aliases"))
        roles.append(Role(row.get("country") or None, row.get("agent"), row.get("title"),
                          row.get("start"), row.get("end") or None))
    for name, (names, roles) in grouped.items():
        roles.sort(key=lambda r: r.start)
        kb.add(names, Entry("person", name, roles=tuple(roles)), tok)


_ORDER = ("countries.csv", "bodies.csv", "org_roles.csv", "organizations.csv", "media.csv", "sectors.csv", "people.csv",
          "regions.csv", "breakaways.csv")


def add_table(kb: KnowledgeBase, kind: str, path: Path, tok) -> None:  # noqa: ANN001
    """Index every row of the table at ``path``, read as the shipped table ``kind``."""
    rows = read_table(path, kind)
    if kind == "org_roles.csv":
        _org_role_rows(kb, rows)
    elif kind == "countries.csv":
        _country_rows(kb, rows, tok)
    elif kind == "people.csv":
        _people_rows(kb, rows, tok)
    elif kind == "breakaways.csv":
        _breakaway_rows(kb, rows, tok)
    else:
        _other_rows(kb, kind, rows, tok)


def table_kind(path: Path) -> str | None:
    """The shipped table a CSV file has the header of (for imported tables), or None."""
    if path.suffix.lower() != ".csv":
        return None
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError):
        return None
    return header_kind(tuple(h.strip() for h in next(csv.reader([first]), [])))


def build_kb(paths: dict[str, Path], tok) -> KnowledgeBase:  # noqa: ANN001
    """A knowledge base from the tables at ``paths`` (file name → path); missing ones are skipped."""
    kb = KnowledgeBase()
    for kind in _ORDER:
        if kind in paths:
            add_table(kb, kind, paths[kind], tok)
    return kb


def shipped_tables() -> dict[str, Path]:
    """The tables shipped in the package (``tidings/actors/data``)."""
    folder = Path(str(resources.files("tidings.actors").joinpath("data")))
    return {name: folder / name for name in _ORDER if (folder / name).exists()}


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base, built once per process."""
    from tidings.nlp import load_nlp

    return build_kb(shipped_tables(), load_nlp().tokenizer)
