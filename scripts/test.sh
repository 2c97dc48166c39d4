#!/usr/bin/env bash
# Create or update .venv with the test dependencies and run the whole test suite.
# Extra arguments go to pytest (e.g. scripts/test.sh -k dates).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
exec .venv/bin/python -m pytest -q "$@"
