"""Events: the pattern lexicon and the extractor that codes events from the dependency parse."""

from tidings.events.lexicon import Lexicon, Pattern, load_lexicon
from tidings.events.stage import EventStage

__all__ = ["Lexicon", "Pattern", "load_lexicon", "EventStage"]
