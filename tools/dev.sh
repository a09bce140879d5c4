#!/usr/bin/env bash
# The README's two commands:
#   bash tools/dev.sh serve   build all five editions and serve them at http://127.0.0.1:8000/
#   bash tools/dev.sh test    install everything the tests need, then run every test
# Both create .venv/ (Python 3.11 or newer) and install requirements.txt into it.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  for py in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$py" ] || continue
    if command -v "$py" >/dev/null 2>&1 &&
       "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  echo "error: Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)" >&2
  return 1
}

venv() {
  if [ ! -x .venv/bin/python ]; then
    "$(find_python)" -m venv .venv
  fi
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
}

chromium_path() {
  for c in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -n "$c" ] && [ -x "$c" ] && { echo "$c"; return 0; }
  done
  return 1
}

system_packages() {
  # The browser tests drive Debian's Chromium (nothing downloads a browser of its own); the task
  # queue snippets talk to a real redis-server that the test run starts on 127.0.0.1.
  local missing=()
  chromium_path >/dev/null || missing+=(chromium)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian packages: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: install ${missing[*]} (set CHROMIUM=/path/to/chromium for a browser elsewhere)" >&2
    return 1
  fi
}

node_packages() {
  # axe-core for the accessibility tests, lighthouse for the benchmark (package-lock.json pins both).
  if ! command -v npm >/dev/null 2>&1; then
    echo "error: Node.js 18+ with npm is needed for the browser tests (axe-core)" >&2
    return 1
  fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --silent
  fi
}

case "${1:-}" in
  serve)
    venv
    exec .venv/bin/python -m tools.site serve "${@:2}"
    ;;
  test)
    system_packages
    venv
    node_packages
    export CHROMIUM="$(chromium_path)"
    exec .venv/bin/python -m pytest "${@:2}"
    ;;
  *)
    echo "usage: bash tools/dev.sh serve | test [pytest arguments]" >&2
    exit 2
    ;;
esac
