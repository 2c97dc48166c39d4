"""tidings: news in, dated, sourced and explainable political events out.

The public interface is listed in ``__all__``; modules not named here are private.
"""

from tidings.api import actor, code, code_text, dyads, events, explain
from tidings.errors import DataError, InputError, StoreError, TidingsError, UsageError
from tidings.output import serialize
from tidings.record import Actor, Attribution, Document, Event, Location

__version__ = "0.1.0"

__all__ = [
    "code", "code_text", "explain", "actor", "events", "dyads", "serialize",
    "Document", "Event", "Actor", "Location", "Attribution",
    "TidingsError", "InputError", "DataError", "StoreError", "UsageError",
    "__version__",
]
