# Shared by install.sh and test.sh: make sure .venv exists, with a working pip.
# On Debian/Ubuntu, python3 may come without the venv module; it is installed when we can.
ensure_venv() {
  local py="${PYTHON:-python3}"
  if ! command -v "$py" >/dev/null 2>&1; then
    echo "error: $py not found; install Python 3.11 or newer" >&2; exit 1
  fi
  if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "error: tidings needs Python 3.11 or newer ($("$py" --version) found)" >&2; exit 1
  fi
  if [ -x .venv/bin/python ] && .venv/bin/python -m pip --version >/dev/null 2>&1; then
    return
  fi
  rm -rf .venv
  if ! "$py" -m venv .venv 2>/dev/null; then
    local pkg="python3-venv"
    local ver; ver=$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    if command -v apt-get >/dev/null 2>&1; then
      echo "Installing $pkg (the venv module) with apt-get ..."
      local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
      $sudo apt-get update -qq && { $sudo apt-get install -y -qq "python${ver}-venv" || $sudo apt-get install -y -qq "$pkg"; }
      rm -rf .venv
      "$py" -m venv .venv
    else
      echo "error: '$py -m venv' failed; install the Python venv module" >&2; exit 1
    fi
  fi
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
}
