#!/usr/bin/env bash
# Creates the project-local Python environment (.venv/) with the pinned packages of ray/requirements.txt.
# Exit 3 (and one line on stderr) when no python3 ≥ 3.9 is found: callers that can do without it
# (make test) go on and the Python-side tests skip; make dataset-ray stops.
# pip's index: where pip is configured with extra index URLs (machines that reach only a local index),
# the first one is passed as --index-url, read here at run time; elsewhere pip's default index.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null 2>&1 || ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' 2>/dev/null; then
  echo "ray/venv.sh: no python3 >= 3.9 on PATH: the Python environment (.venv/) is not created" >&2
  exit 3
fi
if [ -f "$VENV/.installed" ] && [ "$VENV/.installed" -nt ray/requirements.txt ]; then exit 0; fi
rm -rf "$VENV"
"$PY" -m venv "$VENV"
index=()
first=$("$VENV/bin/pip" config get global.extra-index-url 2>/dev/null | tr ' ' '\n' | sed -n '/./{p;q}' || true)
if [ -n "$first" ]; then index=(--index-url "$first"); fi
# -qq: errors only (an extra index that lacks a package is warned about once per package).
"$VENV/bin/pip" install -qq --disable-pip-version-check --no-input "${index[@]}" -r ray/requirements.txt
touch "$VENV/.installed"
echo "ray/venv.sh: Python environment ready in $VENV/"
