"""``tidings kb import-wikidata``: a sample dump in the Wikidata JSON format becomes actor tables."""

import gzip
import shutil
from pathlib import Path

import pytest

import tidings
from tidings.actors.kb import load_kb
from tidings.actors.wikidata import import_wikidata, position_sector
from tidings.errors import InputError
from tidings.nlp import load_nlp

from conftest import run_cli

SAMPLE = Path(__file__).parent / "data" / "wikidata" / "sample.json"


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wikidata")
    import_wikidata(SAMPLE, out)
    return out


def test_report_counts_people_roles_and_bad_lines(tmp_path):
    errors = []
    report = import_wikidata(SAMPLE, tmp_path, on_error=errors.append)
    assert (report.people, report.roles, report.organizations, report.media) == (3, 5, 2, 1)
    assert report.skipped_positions == 1 and report.bad_lines == 1
    assert errors[0].line == 10


def test_people_table_has_dated_roles_with_sectors(imported):
    rows = (imported / "people.csv").read_text().splitlines()
    assert rows[0] == "name,aliases,country,agent,title,start,end"
    assert "Ebrahim Raisi,Raisi,IRN,JUD,Chief Justice of Iran,2019-03-07,2021-07-01" in rows
    assert "Julio Arana Soto,,PER,GOV,Minister of Foreign Affairs of Peru,2024-03," in rows
    assert any(r.startswith("Julio Arana Soto,,,IGO,Secretary General") for r in rows)


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Marta Villalobos", "2018-06-01", "VENLEG"),
    ("Villalobos", "2022-06-01", "VENELI"),
    ("Raisi", "2020-06-01", "IRNJUD"),
    ("Andean Community", None, "IGOCAN"),
    ("Movimiento Patria Nueva", None, "VENPTY"),
])
def test_imported_tables_are_used_like_shipped_ones(imported, text, date, expected):
    assert tidings.actor(text, date, actors=[imported])["code"] == expected


def test_imported_outlet_is_named_as_reporter(imported):
    events = tidings.code_text("Peru expelled the Venezuelan ambassador, Agencia Andina de Noticias reported.",
                               "2024-05-02", actors=[imported])
    assert events and events[0].attribution.reporter == "Agencia Andina de Noticias"


def test_environment_variable_adds_actor_folders(imported, monkeypatch):
    monkeypatch.setenv("TIDINGS_ACTORS", str(imported))
    assert tidings.actor("Villalobos", "2018-06-01")["code"] == "VENLEG"


def test_gzipped_dump_from_the_command_line(tmp_path):
    dump = tmp_path / "dump.json.gz"
    with SAMPLE.open("rb") as raw, gzip.open(dump, "wb") as packed:
        shutil.copyfileobj(raw, packed)
    out = run_cli("kb", "import-wikidata", str(dump), "--out", str(tmp_path / "tables"))
    assert out.returncode == 1  # the sample has one broken line, reported with its number
    assert f"{dump}:10:" in out.stderr.decode() and "3 people with 5 dated roles" in out.stderr.decode()
    assert (tmp_path / "tables" / "people.csv").exists()


def test_missing_dump_is_one_line():
    with pytest.raises(InputError):
        import_wikidata("no-such-dump.json", "unused")
    out = run_cli("kb", "import-wikidata", "no-such-dump.json")
    assert out.returncode == 1 and "no such Wikidata dump" in out.stderr.decode()
    assert "Traceback" not in out.stderr.decode()


@pytest.mark.parametrize(("label", "expected"), [
    ("President of the Supreme Court of Chile", "JUD"),
    ("member of the State Duma", "LEG"),
    ("Minister of Defence of Brazil", "GOV"),
    ("Chief of the General Staff of the Armed Forces of Colombia", "MIL"),
    ("Secretary-General of the United Nations", "IGO"),
])
def test_position_sectors(label, expected):
    assert position_sector(label, load_kb(), load_nlp().tokenizer)[0] == expected
