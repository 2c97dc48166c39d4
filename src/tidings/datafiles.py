"""Reading the YAML mappings shipped as data (actor rules, evaluation words): one reader, so
every such file fails the same way, with a :class:`~tidings.errors.DataError` naming the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tidings.errors import DataError

__all__ = ["read_mapping"]


def read_mapping(path: Path, what: str, shape: str = "a mapping") -> dict[str, Any]:
    """The YAML mapping in ``path``; ``what`` names the file's kind in errors ("actor rules"),
    ``shape`` says what the mapping should hold."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"cannot read {what} ({exc})", path=str(path)) from None
    if not isinstance(data, dict):
        raise DataError(f"{what} must be {shape}", path=str(path))
    return data
