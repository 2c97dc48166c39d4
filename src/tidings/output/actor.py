"""Text rendering of ``tidings actor``: the resolution and the entry and role behind it."""

from __future__ import annotations

from typing import Any

from rich.console import Console

__all__ = ["print_actor", "render_actor"]


def _role(role: dict[str, Any] | None) -> str:
    if not role:
        return "no dated role"
    where = " ".join(v for v in (role.get("country"), role.get("agent")) if v)
    span = f"{role.get('start') or '…'} – {role.get('end') or 'now'}"
    return f"{role.get('title') or 'role'} ({where}), {span}"


def render_actor(found: dict[str, Any]) -> list[str]:
    """The lines printed for one resolution."""
    code = found.get("code") or "not coded"
    lines = [f"{found['text']}  →  {code}" + (f"  ({found['name']})" if found.get("name") else "")]
    lines.append(f"  country: {found.get('country') or '-'}   agent: {found.get('agent') or '-'}   "
                 f"org: {found.get('org') or '-'}   date: {found.get('date') or 'none (current roles)'}")
    if found.get("via") == "context":
        lines.append("  resolved through the context (an earlier mention or the document's country)")
    entry = found.get("entry")
    if entry:
        extra = f"; role: {_role(entry.get('role'))}" if entry["kind"] == "person" else ""
        lines.append(f"  entry: {entry['kind']} \"{entry['name']}\"{extra}")
    for match in found.get("matched") or []:
        lines.append(f"  matched: \"{match['text']}\" → {match['kind']} {match['entry']}")
    return lines


def print_actor(found: dict[str, Any], console: Console | None = None) -> None:
    """Print :func:`render_actor` lines without markup."""
    console = console or Console(highlight=False, soft_wrap=True)
    for line in render_actor(found):
        console.print(line, markup=False)
