"""The ``tidings`` command line.

Errors a user can cause are :class:`~tidings.errors.TidingsError`; the single handler in
:func:`main` prints them as one line on stderr and sets the exit status, never a traceback.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Optional

import typer
from rich.console import Console

from tidings import api, settings
from tidings.errors import TidingsError, UsageError
from tidings.output import serialize
from tidings.output.table import print_dyads

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Code political events from news: who did what to whom, when, where, "
                       "according to whom.")
_err = Console(stderr=True, highlight=False)
kb_app = typer.Typer(no_args_is_help=True, help="Build actor tables for --actors.")
app.add_typer(kb_app, name="kb")

FORMAT_HELP = "Output format: " + ", ".join(settings.FORMATS) + " (default: table on a terminal, else jsonl)."


class _Errors:
    """Counts and prints per-document errors as one line each."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: TidingsError) -> None:
        self.count += 1
        _err.print(f"error: {error.one_line()}", soft_wrap=True, markup=False)


def _format(fmt: Optional[str], out: Optional[Path]) -> str:
    if fmt is None:
        return "table" if out is None and sys.stdout.isatty() else "jsonl"
    if fmt not in settings.FORMATS:
        raise UsageError(f"--format {fmt!r} is not one of {', '.join(settings.FORMATS)}")
    return fmt


def _open_out(stack: ExitStack, out: Optional[Path], fmt: str) -> IO[str] | None:
    if out is None:
        if fmt == "parquet":
            raise UsageError("Parquet is binary: give a file with --out")
        return sys.stdout
    if fmt == "parquet":
        return None
    try:
        return stack.enter_context(out.open("w", encoding="utf-8", newline=""))
    except OSError as exc:
        raise UsageError(f"cannot write output file ({exc.strerror})", path=str(out)) from None


def _progress(stack: ExitStack, show: bool):  # noqa: ANN202 - rich Progress or None
    if not show:
        return None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("{task.completed} documents"),
                        TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(),
                        console=_err, transient=True)
    stack.enter_context(progress)
    return progress


def _tracked(documents, progress):  # noqa: ANN001, ANN202 - generator of documents
    task = progress.add_task("coding", total=None, rate="0.0") if progress else None
    for doc in documents:
        if progress is not None:
            progress.advance(task)
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = progress.tasks[0].completed / elapsed if elapsed else 0.0
            progress.update(task, rate=f"{rate:.1f}")
        yield doc


@app.command()
def code(
    paths: list[str] = typer.Argument(..., help="Files (.txt .md .html .htm .jsonl), folders, or - for stdin."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for documents without one."),
    fmt: Optional[str] = typer.Option(None, "--format", help=FORMAT_HELP),
    out: Optional[Path] = typer.Option(None, "--out", help="Write events to this file instead of stdout."),
    db: Path = typer.Option(Path(settings.DEFAULT_DB), "--db", help="DuckDB file to store documents and events in."),
    no_db: bool = typer.Option(False, "--no-db", help="Do not store anything."),
    actors: list[Path] = typer.Option([], "--actors", help="User actor file or folder (CSV or YAML); repeatable."),
) -> None:
    """Code events from news documents; print them and store them in the database."""
    fmt = _format(fmt, out)
    errors = _Errors()
    with ExitStack() as stack:
        stream = _open_out(stack, out, fmt)
        show = _err.is_terminal and (out is not None or sys.stdout.isatty())
        progress = _progress(stack, show)
        documents = api.code(paths, date=date, db=None if no_db else db, on_error=errors, actors=actors)
        events = (e for doc in _tracked(documents, progress) for e in doc.events)
        serialize(events, fmt, stream, str(out) if out else None)
    if errors.count:
        _err.print(f"{errors.count} document(s) or line(s) failed; the rest were coded.", highlight=False)
        raise typer.Exit(1)




@app.command()
def events(
    actor: Optional[str] = typer.Option(None, "--actor", help="ISO3 country, actor code, acronym or name."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Earliest event date (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Latest event date (YYYY-MM-DD)."),
    fmt: Optional[str] = typer.Option(None, "--format", help=FORMAT_HELP),
    out: Optional[Path] = typer.Option(None, "--out", help="Write to this file instead of stdout."),
    db: Path = typer.Option(Path(settings.DEFAULT_DB), "--db", help="DuckDB file to read."),
) -> None:
    """List stored events."""
    fmt = _format(fmt, out)
    _require_db(db)
    found = api.events(db, actor, event_type, date_from, date_to)
    with ExitStack() as stack:
        serialize(found, fmt, _open_out(stack, out, fmt), str(out) if out else None)


@app.command()
def dyads(
    actor: Optional[str] = typer.Option(None, "--actor", help="Only dyads involving this actor."),
    event_type: Optional[str] = typer.Option(None, "--type", help="Only events of this PLOVER type."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Earliest event date (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Latest event date (YYYY-MM-DD)."),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    db: Path = typer.Option(Path(settings.DEFAULT_DB), "--db", help="DuckDB file to read."),
) -> None:
    """Event counts per directed dyad and QuadClass, with the mean Goldstein score."""
    _require_db(db)
    rows = api.dyads(db, actor, event_type, date_from, date_to)
    if fmt == "table":
        print_dyads(rows)
    elif fmt in ("jsonl", "csv"):
        _dump_rows(rows, fmt)
    else:
        raise UsageError(f"--format {fmt!r} is not one of table, jsonl, csv")


@app.command()
def explain(
    sentence: str = typer.Argument(..., help="The sentence (or short text) to explain."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD)."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    actors: list[Path] = typer.Option([], "--actors", help="User actor file or folder (CSV or YAML); repeatable."),
) -> None:
    """Show the parse, each candidate predicate, the patterns tried, the actors and the events."""
    from tidings.output.explain import print_explanation

    report = api.explain(sentence, date, actors)
    if fmt == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "text":
        print_explanation(report)
    else:
        raise UsageError(f"--format {fmt!r} is not one of text, json")


@app.command()
def actor(
    text: Optional[str] = typer.Argument(None, help="The mention to resolve, e.g. \"Iran's foreign minister\"."),
    date: Optional[str] = typer.Option(None, "--date", help="Date of the event (YYYY-MM-DD); decides dated roles."),
    context: Optional[str] = typer.Option(None, "--context", help="Text around the mention (it must contain TEXT)."),
    file: Optional[Path] = typer.Option(None, "--file", help="JSONL of {id, text, date, context}, one per line."),
    fmt: str = typer.Option("text", "--format", help="text, json or jsonl."),
    actors: list[Path] = typer.Option([], "--actors", help="User actor file or folder (CSV or YAML); repeatable."),
) -> None:
    """Resolve an actor mention: name, country, agent, org, code, and the entry and role that matched."""
    from tidings.output.actor import print_actor

    if fmt not in ("text", "json", "jsonl"):
        raise UsageError(f"--format {fmt!r} is not one of text, json, jsonl")
    if (text is None) == (file is None):
        raise UsageError("give either TEXT or --file")
    if file is not None:
        errors = _Errors()
        for row in api.actor_file(file, actors, on_error=errors):
            _write_result(row, "jsonl" if fmt == "text" else fmt)
        if errors.count:
            raise typer.Exit(1)
        return
    found = api.actor(text, date, context, actors)
    if fmt == "text":
        print_actor(found)
    else:
        _write_result(found, fmt)


@kb_app.command("import-wikidata")
def import_wikidata(
    dump: Path = typer.Argument(..., help="Wikidata JSON dump (.json or .json.gz)."),
    out: Path = typer.Option(Path("wikidata-actors"), "--out", help="Folder to write the tables into."),
) -> None:
    """Stream a Wikidata dump into people, organisations and media tables (use with --actors)."""
    from tidings.actors.wikidata import import_wikidata as run

    errors = _Errors()
    report = run(dump, out, on_error=errors)
    _err.print(f"{report.people} people with {report.roles} dated roles, {report.organizations} "
               f"organisations, {report.media} outlets; {report.skipped_positions} positions without a "
               f"sector skipped; {report.bad_lines} bad lines. Use: --actors {out}", highlight=False,
               soft_wrap=True)
    if errors.count:
        raise typer.Exit(1)


def _write_result(row: dict, fmt: str) -> None:
    indent = 2 if fmt == "json" else None
    sys.stdout.write(json.dumps(row, ensure_ascii=False, indent=indent) + "\n")


def _dump_rows(rows: list[dict], fmt: str) -> None:
    import csv
    import json

    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row) + "\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["source", "target"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _require_db(db: Path) -> None:
    if not db.exists():
        raise UsageError("no such database; run `tidings code` first or pass --db", path=str(db))


def main() -> None:
    """Entry point: run the app, turning user errors into one line and an exit status."""
    try:
        status = app(standalone_mode=False)  # click returns the code of typer.Exit here
    except TidingsError as exc:
        _err.print(f"error: {exc.one_line()}", soft_wrap=True, markup=False)
        sys.exit(exc.exit_status)
    except (typer.Exit, SystemExit) as exc:
        sys.exit(getattr(exc, "exit_code", getattr(exc, "code", 0)))
    except KeyboardInterrupt:
        _err.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(1)
        raise
    sys.exit(status if isinstance(status, int) else 0)
