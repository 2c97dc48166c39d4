#!/usr/bin/env bash
# Set up tidings in .venv (idempotent) and run the main job: code the bundled examples into the
# embedded DuckDB file (tidings.duckdb) and print the events and the dyads.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv
echo "Installing tidings into .venv ..."
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
.venv/bin/tidings code examples/ --db tidings.duckdb --format table
.venv/bin/tidings dyads --db tidings.duckdb
echo "Stored in tidings.duckdb. Try: .venv/bin/tidings events --actor IRN"
