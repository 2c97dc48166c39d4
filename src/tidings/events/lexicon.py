"""The event-pattern lexicon: YAML data (``data/lexicon/*.yaml``, one file per PLOVER type),
validated when loaded.

The format is documented in docs/data-formats.md. Patterns are indexed by the lemma of their
predicate (verb or noun) so the extractor does one dictionary lookup per token.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import re

import yaml

from tidings.codes import PLOVER_MODES, PLOVER_TYPES, cameo_code
from tidings.errors import DataError

__all__ = ["Pattern", "Lexicon", "load_lexicon", "parse_lexicon", "read_lexicon", "StrictBoolLoader", "rule_pattern"]

class StrictBoolLoader(yaml.SafeLoader):
    """YAML loader where only true/false are booleans: "on", "off", "yes" and "no" stay words
    (YAML 1.1 would turn the preposition ``on`` into True)."""


StrictBoolLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictBoolLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

_KEYS = {"id", "verb", "noun", "object", "target", "cameo", "event", "mode", "symmetric", "reverse",
         "one_sided", "one_way", "transitive", "intransitive", "to_clause", "ergative", "unless_modifier",
         "unless_object", "example", "note", "subject"}
_SLOTS = {"dobj", "dative", "xcomp-dobj", "ccomp-subj", "between"}


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry: a predicate, its target slots and its codes."""

    id: str
    lemma: str
    pos: str  # "verb" or "noun"
    particle: str | None
    modifiers: tuple[str, ...]
    objects: tuple[str, ...]
    target: tuple[str, ...]
    cameo: str
    event: str
    mode: str | None
    symmetric: bool
    reverse: bool
    example: str | None
    one_sided: bool = False  # coded even when no target resolves ("Iran denied sending drones")
    transitive: bool = False  # the verb needs a direct object ("returned the paintings to Peru", not "returned to Lima")
    intransitive: bool = False  # the verb takes no direct object here (the parser's "solidarity with and [support] for X")
    to_clause: bool = False  # the verb needs a to-clause ("told Washington to stop", not "told reporters")
    ergative: bool = False  # the subject of the verb with no object is its object ("peacekeepers deployed")
    unless_modifier: tuple[str, ...] = ()  # object or noun modifiers that rule the pattern out ("a rescue operation")
    unless_object: tuple[str, ...] = ()  # a verb's objects that rule it out ("fight the pandemic" is no attack)
    one_way: bool = False  # symmetric ASSAULT whose named target is only the victim ("violated the truce with X")
    subjects: tuple[str, ...] = ()  # head lemmas the verb's subject must have ("troops left Kabul", not "the president left")


def rule_pattern(pid: str, event: str, cameo: str, target: str) -> Pattern:
    """A pattern for events found by a construction rather than a lexicon word (conditional
    threats, reported demands, evaluations): it carries their id, codes and target slot."""
    return Pattern(id=pid, lemma="", pos="verb", particle=None, modifiers=(), objects=(), target=(target,),
                   cameo=cameo, event=event, mode=None, symmetric=False, reverse=False, example=None)


@dataclass
class Lexicon:
    """Patterns indexed by (pos, lemma)."""

    patterns: list[Pattern] = field(default_factory=list)
    index: dict[tuple[str, str], list[Pattern]] = field(default_factory=lambda: defaultdict(list))

    def add(self, pattern: Pattern) -> None:
        self.patterns.append(pattern)
        self.index[(pattern.pos, pattern.lemma)].append(pattern)

    def verbs(self, lemma: str) -> list[Pattern]:
        return self.index.get(("verb", lemma), [])

    def nouns(self, lemma: str) -> list[Pattern]:
        return self.index.get(("noun", lemma), [])


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip().lower(),)
    return tuple(str(v).strip().lower() for v in value)


def _check(entry: dict[str, Any], where: str) -> None:
    unknown = set(entry) - _KEYS
    if unknown:
        raise DataError(f"unknown keys {sorted(unknown)}", path=where)
    if bool(entry.get("verb")) == bool(entry.get("noun")):
        raise DataError("needs exactly one of 'verb' and 'noun'", path=where)
    if entry.get("event") not in PLOVER_TYPES:
        raise DataError(f"event {entry.get('event')!r} is not a PLOVER type", path=where)
    code = str(entry.get("cameo", ""))
    if cameo_code(code) is None:
        raise DataError(f"cameo {code!r} is not a CAMEO code", path=where)
    mode = entry.get("mode")
    if mode is not None and mode not in PLOVER_MODES.get(entry["event"], ()):
        raise DataError(f"mode {mode!r} is not a mode of {entry['event']}", path=where)
    if entry.get("unless_modifier") is not None and not (entry.get("object") or entry.get("noun")):
        raise DataError("unless_modifier needs an object or a noun to modify", path=where)
    if entry.get("ergative") and not (entry.get("verb") and entry.get("object")):
        raise DataError("ergative needs a verb and an object", path=where)
    if entry.get("one_way") and not (entry.get("symmetric") and entry.get("event") == "ASSAULT"):
        raise DataError("one_way needs a symmetric ASSAULT", path=where)
    if entry.get("unless_object") is not None and not entry.get("verb"):
        raise DataError("unless_object needs a verb", path=where)
    for slot in _as_list(entry.get("target")):
        if slot not in _SLOTS and not slot.replace(" ", "").isalpha():
            raise DataError(f"target slot {slot!r} is not dobj, dative, xcomp-dobj or a preposition", path=where)


def _pattern(entry: dict[str, Any]) -> Pattern:
    words = str(entry.get("verb") or entry.get("noun")).strip().lower().split()
    is_verb = bool(entry.get("verb"))
    # "carry out" → verb carry + particle out; "drone strike" → noun strike + modifier drone
    return Pattern(
        id=str(entry["id"]), lemma=words[0] if is_verb else words[-1], pos="verb" if is_verb else "noun",
        particle=" ".join(words[1:]) or None if is_verb else None,
        modifiers=() if is_verb else tuple(words[:-1]), objects=_as_list(entry.get("object")),
        target=_as_list(entry.get("target")) or ("dobj",), cameo=str(entry["cameo"]),
        event=entry["event"], mode=entry.get("mode"), symmetric=bool(entry.get("symmetric", False)),
        reverse=bool(entry.get("reverse", False)), example=entry.get("example"),
        one_sided=bool(entry.get("one_sided", False)), transitive=bool(entry.get("transitive", False)),
        intransitive=bool(entry.get("intransitive", False)),
        to_clause=bool(entry.get("to_clause", False)), ergative=bool(entry.get("ergative", False)),
        unless_modifier=_as_list(entry.get("unless_modifier")),
        unless_object=_as_list(entry.get("unless_object")), one_way=bool(entry.get("one_way", False)),
        subjects=_as_list(entry.get("subject")))


def parse_lexicon(data: Any, origin: str, into: Lexicon | None = None) -> Lexicon:
    """Validate a loaded YAML document and add its entries to ``into`` (a new lexicon by
    default); errors name the file and entry, and an id already in the lexicon is refused."""
    if not isinstance(data, list):
        raise DataError("the lexicon must be a YAML list of entries", path=origin)
    lexicon = into if into is not None else Lexicon()
    seen = {p.id for p in lexicon.patterns}
    for number, entry in enumerate(data, start=1):
        where = f"{origin} entry {number} ({entry.get('id') if isinstance(entry, dict) else '?'})"
        if not isinstance(entry, dict) or not entry.get("id"):
            raise DataError("entry must be a mapping with an 'id'", path=where)
        _check(entry, where)
        if entry["id"] in seen:
            raise DataError(f"duplicate id {entry['id']!r}", path=where)
        seen.add(entry["id"])
        lexicon.add(_pattern(entry))
    return lexicon


def read_lexicon(path: Path) -> Lexicon:
    """Load and validate a lexicon file, or every ``*.yaml`` file of a folder in name order."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    lexicon = Lexicon()
    for file in files:
        try:
            data = yaml.load(file.read_text(encoding="utf-8"), Loader=StrictBoolLoader)  # noqa: S506 - safe subclass
        except (OSError, yaml.YAMLError) as exc:
            raise DataError(f"cannot read lexicon ({exc})", path=str(file)) from None
        parse_lexicon(data, str(file), lexicon)
    return lexicon


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    return read_lexicon(Path(str(resources.files("tidings.events").joinpath("data/lexicon"))))
