"""Store: the embedded DuckDB database of documents, actors and events."""

from tidings.store.database import Store, open_store
from tidings.store.migrations import MIGRATIONS

__all__ = ["Store", "open_store", "MIGRATIONS"]
