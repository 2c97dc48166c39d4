"""``tidings actor`` and ``--actors``: resolving mentions from the command line and user files."""

import json
from pathlib import Path

import pytest

import tidings
from tidings.errors import DataError, UsageError

from conftest import run_cli

FILES = Path(__file__).parent / "data" / "actor_files"


def test_actor_text_output_names_entry_and_role():
    out = run_cli("actor", "Ebrahim Raisi", "--date", "2020-05-01")
    assert out.returncode == 0
    text = out.stdout.decode()
    assert "IRNJUD" in text and "head of the judiciary" in text


def test_actor_json_has_the_documented_fields():
    out = run_cli("actor", "Iran's foreign minister", "--date", "2023-05-01", "--format", "json")
    found = json.loads(out.stdout)
    assert {"name", "country", "agent", "org", "code", "entry", "matched"} <= set(found)
    assert (found["country"], found["agent"]) == ("IRN", "GOV")


def test_actor_uses_the_context_for_coreference():
    context = ("Colombian President Gustavo Petro reshuffled his cabinet on Wednesday. "
               "Announcing the changes, the president said he wanted an emergency government.")
    found = tidings.actor("the president", "2023-04-26", context)
    assert (found["name"], found["code"], found["via"]) == ("Gustavo Petro", "COLGOV", "context")


def test_actor_file_keeps_input_order_and_reports_bad_lines(tmp_path):
    lines = [json.dumps({"id": "a", "text": "Raisi", "date": "2023-05-01"}), "{oops",
             json.dumps({"id": "c", "text": "the Pentagon"})]
    path = tmp_path / "names.jsonl"
    path.write_text("\n".join(lines) + "\n")
    out = run_cli("actor", "--file", str(path), "--format", "jsonl")
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c"]
    assert rows[0]["code"] == "IRNGOV" and "error" in rows[1] and rows[2]["code"] == "USAMIL"
    assert out.returncode == 1 and f"{path}:2:" in out.stderr.decode()
    assert "Traceback" not in out.stderr.decode()


def test_actor_needs_text_or_file():
    out = run_cli("actor")
    assert out.returncode == 2 and "TEXT or --file" in out.stderr.decode()


def test_mention_missing_from_context_is_a_usage_error():
    with pytest.raises(UsageError):
        tidings.actor("Raisi", "2023-05-01", "Nothing about him here.")


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Ana Quispe Torres", "2018-01-01", "PERLEG"),
    ("Ana Quispe Torres", "2022-01-01", "PERGOV"),
    ("the NVF", "2022-01-01", "COLREB"),
])
def test_yaml_actor_file_adds_dated_roles(text, date, expected):
    assert tidings.actor(text, date, actors=[FILES / "fictional.yaml"])["code"] == expected


def test_csv_actor_file_overrides_a_shipped_person():
    shipped = tidings.actor("Raisi", "2020-05-01")
    mine = tidings.actor("Raisi", "2020-05-01", actors=[FILES / "fictional.csv"])
    assert shipped["code"] == "IRNJUD" and mine["agent"] is None
    assert tidings.actor("Raisi", "2022-05-01", actors=[FILES / "fictional.csv"])["entry"]["role"]["title"] \
        == "president (user override)"


def test_a_folder_of_actor_files(tmp_path):
    for name in ("fictional.yaml", "fictional.csv"):
        (tmp_path / name).write_text((FILES / name).read_text())
    assert tidings.actor("Ferreyra", "2024-01-01", actors=[tmp_path])["code"] == "ARGGOV"
    assert tidings.actor("Quispe", "2024-01-01", actors=[tmp_path])["code"] == "PERGOV"


def test_bad_actor_file_names_file_and_line():
    with pytest.raises(DataError) as caught:
        tidings.actor("Raisi", actors=[FILES / "bad.csv"])
    assert caught.value.line == 3 and "alpha-3" in caught.value.reason
    out = run_cli("actor", "Raisi", "--actors", str(FILES / "bad.csv"))
    assert out.returncode == 1 and "bad.csv:3:" in out.stderr.decode() and "Traceback" not in out.stderr.decode()


def test_code_and_explain_take_actor_files():
    text = "The Northern Valley Front attacked a Colombian army post in Cauca on Monday."
    events = tidings.code_text(text, "2024-03-05", actors=[FILES / "fictional.yaml"])
    assert ("ASSAULT", "COLREB", "COLMIL") in {(e.event_type, e.source.code, e.target.code) for e in events}
    assert all(e.source.code is None for e in tidings.code_text(text, "2024-03-05"))  # named, not coded
    out = run_cli("explain", text, "--date", "2024-03-05", "--format", "json",
                  "--actors", str(FILES / "fictional.yaml"))
    assert json.loads(out.stdout)["events"][0]["source"]["code"] == "COLREB"
    out = run_cli("code", "-", "--date", "2024-03-05", "--no-db", "--format", "jsonl",
                  "--actors", str(FILES / "fictional.yaml"), stdin=text.encode())
    assert json.loads(out.stdout.decode().splitlines()[0])["source"]["code"] == "COLREB"


@pytest.mark.parametrize(("context", "expected"), [
    ("Voters in Atlanta, Georgia, queued for hours on Tuesday. Georgia certified the result.", "USA"),
    ("Russian troops advanced toward Tbilisi. Georgia asked the EU for help.", "GEO"),
    (None, "GEO"),
])
def test_context_decides_between_readings(context, expected):
    found = tidings.actor("Georgia", "2020-11-20", context)
    assert found["country"] == expected and found["entry"]["name"] == "Georgia"
