"""Typed records that flow through the pipeline.

A :class:`Document` enters from ingest, is parsed, gets its :class:`Event` list from the event
stage, and leaves through output and store. Every record turns into plain JSON with ``to_dict``;
that dictionary is the documented event schema (docs/schema.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Actor", "Location", "Attribution", "Event", "Document", "EVENT_FIELDS", "FACTUALITY"]

#: Factuality classes an event can carry.
FACTUALITY = ("asserted", "alleged", "planned", "negated", "hypothetical", "conditional")


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon: surface text plus the resolved identity."""

    text: str
    name: str | None = None
    country: str | None = None
    agent: str | None = None
    org: str | None = None
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def known(self) -> bool:
        """True when the actor has a country, a sector, an organisation or a name."""
        return bool(self.country or self.agent or self.org or self.name)


@dataclass(frozen=True)
class Location:
    """Where an event happened, with coordinates from the gazetteer."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Attribution:
    """Who reports the event: an outlet (reporter) and/or a person or body (speaker)."""

    reporter: str | None = None
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """One coded event; the fields are the public event record."""

    event_id: str
    doc_id: str
    event_type: str
    mode: str | None
    cameo: str
    goldstein: float | None
    quad_class: int | None
    source: Actor
    target: Actor | None
    date: str | None
    date_precision: str | None
    date_source: str | None
    location: Location | None
    factuality: str
    attribution: Attribution | None
    sentence: str
    span: tuple[int, int]
    rule: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        """The event as the JSON object documented in docs/schema.md."""
        out = {name: getattr(self, name) for name in EVENT_FIELDS}
        out["source"] = self.source.to_dict()
        out["target"] = self.target.to_dict() if self.target else None
        out["location"] = self.location.to_dict() if self.location else None
        out["attribution"] = self.attribution.to_dict() if self.attribution else None
        out["span"] = list(self.span)
        return out


#: Field order of the event record in every output format.
EVENT_FIELDS = (
    "event_id", "doc_id", "event_type", "mode", "cameo", "goldstein", "quad_class",
    "source", "target", "date", "date_precision", "date_source", "location",
    "factuality", "attribution", "sentence", "span", "rule", "confidence",
)


@dataclass
class Document:
    """A news document and, once coded, its events.

    ``origin`` names where it came from (``path`` or ``path:line``) for messages; ``metadata``
    keeps JSONL fields that have no column of their own.
    """

    doc_id: str
    text: str
    origin: str
    title: str | None = None
    date: str | None = None
    date_source: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The document without its events, as stored in the ``documents`` table."""
        out = asdict(self)
        out.pop("events")
        return out
