"""Actors: the knowledge base of countries, bodies, organisations, outlets and people, and the
resolver that turns a mention into country, sector, organisation and canonical name."""

from tidings.actors.kb import KnowledgeBase, load_kb
from tidings.actors.resolve import ActorResolver

__all__ = ["KnowledgeBase", "load_kb", "ActorResolver"]
