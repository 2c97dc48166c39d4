"""CLI: Typer commands, each a thin wrapper over the library function of the same name."""
