"""The tidings exception tree.

Every error a user can cause derives from :class:`TidingsError`; it carries a short code
(``E001``...), the file (and line) it concerns and a one-line message, so the CLI can print
one line and carry on instead of a traceback.

    TidingsError
    ├── InputError          a document or line that cannot be read (E1xx)
    ├── DataError           a shipped or user table that breaks its format (E2xx)
    ├── StoreError          the database cannot be opened or written (E3xx)
    └── UsageError          a bad option value (E4xx)
"""

from __future__ import annotations

__all__ = ["TidingsError", "InputError", "DataError", "StoreError", "UsageError"]


class TidingsError(Exception):
    """Base class: a user-facing error with a code, a location and a one-line reason."""

    code = "E000"
    exit_status = 1

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.line = line

    @property
    def where(self) -> str:
        """``file:line`` (or just the file) the error concerns, or an empty string."""
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def one_line(self) -> str:
        """The message printed by the CLI: ``file:line: reason [code]``."""
        where = f"{self.where}: " if self.where else ""
        return f"{where}{self.reason} [{self.code}]"

    def __str__(self) -> str:
        return self.one_line()


class InputError(TidingsError):
    """A document, file or JSONL line that cannot be read."""

    code = "E100"


class DataError(TidingsError):
    """A lexicon or actor table that does not follow docs/data-formats.md."""

    code = "E200"


class StoreError(TidingsError):
    """The database file cannot be opened, migrated or written."""

    code = "E300"


class UsageError(TidingsError):
    """An option value the command cannot use (a bad date, an unknown format)."""

    code = "E400"
    exit_status = 2
