"""The command line as a user meets it: every command and format, the store, bad input."""

import csv
import io
import json

import duckdb
import pyarrow.parquet as pq
import pytest
from conftest import EXAMPLES, run_cli
from test_schema import check_event

from tidings.output.serialize import GDELT_COLUMNS

SEED_LIKE = ("Iranian President Ebrahim Raisi met with Venezuelan Foreign Minister Felix Plasencia "
             "in Tehran on August 4, 2021, the Iranian government announced.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A database holding the coded examples (coded once for the module)."""
    path = tmp_path_factory.mktemp("db") / "t.duckdb"
    result = run_cli("code", str(EXAMPLES), "--db", str(path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    return path


def _jsonl(result):
    return [json.loads(line) for line in result.stdout.decode().splitlines() if line.strip()]


def test_code_jsonl_emits_the_event_record(tmp_path):
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": SEED_LIKE, "date": "2021-09-07"}) + "\n")
    result = run_cli("code", str(path), "--format", "jsonl", "--no-db")
    assert result.returncode == 0
    [event] = _jsonl(result)
    check_event(event)
    assert (event["event_type"], event["source"]["code"], event["target"]["code"]) == ("CONSULT", "IRNGOV", "VENGOV")
    assert (event["date"], event["date_source"], event["factuality"]) == ("2021-08-04", "text", "asserted")
    assert event["doc_id"] == "d1" and event["location"]["country"] == "IRN"


def test_piped_output_defaults_to_jsonl_without_progress_bar(tmp_path):
    result = run_cli("code", "-", "--no-db", "--date", "2021-09-07", stdin=SEED_LIKE.encode())
    assert result.returncode == 0
    assert _jsonl(result)[0]["event_type"] == "CONSULT"
    assert b"docs/s" not in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "table", "plover", "gdelt"])
def test_text_formats(fmt):
    result = run_cli("code", str(EXAMPLES / "maduro-tehran-2022-06-11.txt"), "--no-db", "--format", fmt)
    assert result.returncode == 0
    out = result.stdout.decode()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and json.loads(rows[0]["source"])["country"]
    elif fmt == "table":
        assert "events" in out and "CONSULT" in out
    elif fmt == "plover":
        record = json.loads(out.splitlines()[0])
        assert {"id", "date", "actor", "recipient", "event"} <= set(record)
    else:
        lines = out.splitlines()
        assert lines[0].split("\t") == list(GDELT_COLUMNS) and len(lines) > 1


def test_parquet_needs_out_and_round_trips(tmp_path):
    example = str(EXAMPLES / "maduro-tehran-2022-06-11.txt")
    refused = run_cli("code", example, "--no-db", "--format", "parquet")
    assert refused.returncode == 2 and b"--out" in refused.stderr
    out = tmp_path / "events.parquet"
    assert run_cli("code", example, "--no-db", "--format", "parquet", "--out", str(out)).returncode == 0
    table = pq.read_table(out)
    assert table.num_rows > 0 and table.column_names[:3] == ["event_id", "doc_id", "event_type"]


def test_out_file(tmp_path):
    out = tmp_path / "e.jsonl"
    result = run_cli("code", str(EXAMPLES / "wire.jsonl"), "--no-db", "--out", str(out))
    assert result.returncode == 0 and not result.stdout
    assert [json.loads(line) for line in out.read_text().splitlines()]


def test_store_is_idempotent(db):
    con = duckdb.connect(str(db), read_only=True)
    before = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "actors")]
    con.close()
    assert before[0] == 12 and before[1] > 0
    assert run_cli("code", str(EXAMPLES), "--db", str(db), "--format", "jsonl").returncode == 0
    con = duckdb.connect(str(db), read_only=True)
    after = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "actors")]
    assert after == before
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] >= 1


def test_events_filters(db):
    everything = _jsonl(run_cli("events", "--db", str(db), "--format", "jsonl"))
    iran = _jsonl(run_cli("events", "--db", str(db), "--actor", "IRN", "--format", "jsonl"))
    assert 0 < len(iran) < len(everything)
    assert all("IRN" in (e["source"]["country"], (e["target"] or {}).get("country")) for e in iran)
    consult = _jsonl(run_cli("events", "--db", str(db), "--type", "consult", "--format", "jsonl"))
    assert consult and {e["event_type"] for e in consult} == {"CONSULT"}
    dated = _jsonl(run_cli("events", "--db", str(db), "--from", "2023-01-01", "--to", "2023-12-31",
                           "--format", "jsonl"))
    assert dated and all("2023-01-01" <= e["date"] <= "2023-12-31" for e in dated)
    by_name = _jsonl(run_cli("events", "--db", str(db), "--actor", "Amnesty International", "--format", "jsonl"))
    assert by_name


def test_dyads(db):
    rows = _jsonl(run_cli("dyads", "--db", str(db), "--format", "jsonl"))
    assert rows and set(rows[0]) == {"source", "target", "q1", "q2", "q3", "q4", "events", "mean_goldstein"}
    assert all(r["events"] == r["q1"] + r["q2"] + r["q3"] + r["q4"] for r in rows)
    table = run_cli("dyads", "--db", str(db)).stdout.decode()
    assert "directed dyads" in table and "Goldstein" in table


def test_bad_input_does_not_stop_the_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (folder / "good.txt").write_text(SEED_LIKE)
    (folder / "mixed.jsonl").write_text(json.dumps({"id": "ok", "text": SEED_LIKE}) + "\n{broken\n")
    db = tmp_path / "b.duckdb"
    result = run_cli("code", str(folder), "--db", str(db), "--date", "2021-09-07", "--format", "jsonl")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "Traceback" not in err
    for name in ("empty.txt", "binary.txt", "latin1.txt", "mixed.jsonl:2"):
        assert sum(name in line for line in err.splitlines()) == 1, (name, err)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert len(_jsonl(result)) == 2


@pytest.mark.parametrize(("args", "status", "message"), [
    (["code", "missing.txt", "--no-db"], 1, "no such file"),
    (["code", "-", "--no-db", "--date", "yesterday"], 2, "--date"),
    (["code", "-", "--no-db", "--format", "xml"], 2, "--format"),
    (["events", "--db", "missing.duckdb"], 2, "no such database"),
    (["events", "--db", "{db}", "--from", "May"], 2, "--from"),
])
def test_usage_errors_are_one_line(db, args, status, message):
    result = run_cli(*[a.replace("{db}", str(db)) for a in args], stdin=SEED_LIKE.encode())
    err = result.stderr.decode()
    assert result.returncode == status, err
    assert message in err and "Traceback" not in err


def test_not_a_database(tmp_path):
    bogus = tmp_path / "x.duckdb"
    bogus.write_text("not a database")
    result = run_cli("code", "-", "--db", str(bogus), stdin=SEED_LIKE.encode())
    assert result.returncode != 0 and "Traceback" not in result.stderr.decode()
    assert "cannot open database" in result.stderr.decode()


def test_help_lists_commands():
    out = run_cli("--help").stdout.decode()
    for command in ("code", "events", "dyads"):
        assert command in out


def test_explain_shows_parse_patterns_and_events():
    text = run_cli("explain", "Venezuelan police arrested two opposition activists in Caracas.",
                   "--date", "2024-01-10").stdout.decode()
    assert "predicate 'arrested'" in text and "coerce.arrest" in text and "COERCE 173 VENCOP -> VENOPP" in text
    report = json.loads(run_cli("explain", "Iran held talks.", "--format", "json").stdout)
    assert report["sentences"][0]["tokens"][0]["text"] == "Iran"
    tried = report["sentences"][0]["predicates"][0]["patterns"]
    assert any(not p["matched"] and p["why"] for p in tried)


def test_explain_says_why_nothing_fired():
    report = json.loads(run_cli("explain", "The weather was warm in Caracas.", "--format", "json").stdout)
    assert report["events"] == [] and report["sentences"][0]["predicates"] == []
    assert "no word of this sentence is a predicate" in run_cli("explain", "The weather was warm.").stdout.decode()
