"""The DuckDB store: registered migrations, idempotent writes, queries."""

from tidings.record import Actor, Document, Event
from tidings.store import MIGRATIONS, open_store
from tidings.store.database import EventFilter


def _event(doc_id: str, event_id: str, date: str) -> Event:
    return Event(event_id, doc_id, "CONSULT", None, "040", 1.0, 1,
                 Actor("Iran", "Iran", "IRN", None, None, "IRN"),
                 Actor("Venezuela's president", None, "VEN", "GOV", None, "VENGOV"),
                 date, "day", "text", None, "asserted", None, "Iran met Venezuela's president.",
                 (0, 30), "consult.meet/active", 0.8)


def test_migrations_are_registered_in_order():
    numbers = [m[0] for m in MIGRATIONS]
    assert numbers == sorted(numbers) and numbers[0] == 1


def test_write_twice_adds_nothing(tmp_path):
    doc = Document("d1", "Iran met Venezuela's president.", "x.txt", date="2022-06-11",
                   events=[_event("d1", "e1", "2022-06-11")])
    with open_store(tmp_path / "s.duckdb") as store:
        assert store.write([doc]) == 1
        assert store.write([doc]) == 0
        assert (store.count("documents"), store.count("actors")) == (1, 2)
        [back] = store.events()
        assert back.to_dict() == doc.events[0].to_dict()


def test_reopening_applies_no_migration_twice(tmp_path):
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    with open_store(path) as store:
        applied = store.con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
    assert applied == len(MIGRATIONS)


def test_migration_rewrites_reported_rows_as_asserted(tmp_path):
    """A database written by a version with the ``reported`` class is rewritten on opening."""
    import duckdb

    from tidings.store.migrations import migrate

    path = tmp_path / "old.duckdb"
    with open_store(path) as store:
        store.write([Document("d1", "Iran met Venezuela's president.", "x.txt", events=[_event("d1", "e1", "2022-06-11")])])
        store.con.execute("UPDATE events SET factuality = 'reported'")
        store.con.execute("DELETE FROM schema_migrations WHERE number = 3")
    con = duckdb.connect(str(path))
    assert migrate(con) == [3]
    assert con.execute("SELECT factuality FROM events").fetchall() == [("asserted",)]
    con.close()


def test_filters_and_dyads(tmp_path):
    doc = Document("d1", "text", "x.txt", events=[_event("d1", "e1", "2022-06-11"), _event("d1", "e2", "2023-01-02")])
    with open_store(tmp_path / "s.duckdb") as store:
        store.write([doc])
        assert len(store.events(EventFilter(date_from="2023-01-01"))) == 1
        assert len(store.events(EventFilter(actor="VENGOV"))) == 2
        assert store.events(EventFilter(actor="CUB")) == []
        [dyad] = store.dyads()
        assert (dyad["source"], dyad["target"], dyad["q1"], dyad["events"]) == ("IRN", "VEN", 2, 2)
