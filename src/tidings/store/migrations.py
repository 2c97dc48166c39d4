"""Schema migrations as registered functions, applied in order and recorded in the database.

A migration is a function of a DuckDB connection decorated with :func:`migration`; each runs once
per database, inside a transaction, and its number is recorded in ``schema_migrations``.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

__all__ = ["MIGRATIONS", "migration", "migrate"]

Migration = Callable[[duckdb.DuckDBPyConnection], None]
MIGRATIONS: list[tuple[int, str, Migration]] = []


def migration(number: int) -> Callable[[Migration], Migration]:
    """Register ``fn`` as migration ``number``."""
    def register(fn: Migration) -> Migration:
        MIGRATIONS.append((number, fn.__name__, fn))
        MIGRATIONS.sort(key=lambda m: m[0])
        return fn
    return register


@migration(1)
def create_core_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Documents, actors (one row per distinct identity) and events pointing at both."""
    con.execute("""
        CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, origin VARCHAR, title VARCHAR, date DATE,
            date_source VARCHAR, url VARCHAR, source VARCHAR, author VARCHAR,
            metadata VARCHAR, text VARCHAR, added_at TIMESTAMP DEFAULT current_timestamp)""")
    con.execute("""
        CREATE TABLE actors (
            actor_id VARCHAR PRIMARY KEY, name VARCHAR, country VARCHAR, agent VARCHAR,
            org VARCHAR, code VARCHAR)""")
    con.execute("""
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, event_type VARCHAR NOT NULL,
            mode VARCHAR, cameo VARCHAR NOT NULL, goldstein DOUBLE, quad_class INTEGER,
            source_actor VARCHAR NOT NULL, source_text VARCHAR, target_actor VARCHAR,
            target_text VARCHAR, date DATE, date_precision VARCHAR, date_source VARCHAR,
            location VARCHAR, factuality VARCHAR, attribution VARCHAR, sentence VARCHAR,
            span_start INTEGER, span_end INTEGER, rule VARCHAR, confidence DOUBLE)""")


@migration(2)
def index_events(con: duckdb.DuckDBPyConnection) -> None:
    """Indexes for the common filters: by document, date and type."""
    con.execute("CREATE INDEX events_doc ON events (doc_id)")
    con.execute("CREATE INDEX events_date ON events (date)")
    con.execute("CREATE INDEX events_type ON events (event_type)")


@migration(3)
def reported_is_asserted(con: duckdb.DuckDBPyConnection) -> None:
    """Attribution is not factuality: rows coded ``reported`` by earlier versions become
    ``asserted`` (their reporter and speaker stay in ``attribution``)."""
    con.execute("UPDATE events SET factuality = 'asserted' WHERE factuality = 'reported'")


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every migration the database lacks; returns the numbers applied."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, "
                "name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
    done = {row[0] for row in con.execute("SELECT number FROM schema_migrations").fetchall()}
    applied = []
    for number, name, fn in MIGRATIONS:
        if number in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            con.execute("INSERT INTO schema_migrations (number, name) VALUES (?, ?)", [number, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
