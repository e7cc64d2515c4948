#!/usr/bin/env bash
# Run all checks and tests: ./test.sh [pytest arguments]
#   1. scripts/setup.sh --tests   (system packages, .venv, pinned Python packages)
#   2. ruff check                 (lint)
#   3. mypy cramp_timer           (types, strict on the package)
#   4. pytest [arguments]         (settings in pyproject.toml)
# All steps run even when one fails; the exit status is pytest's when pytest failed,
# otherwise 1 if ruff or mypy failed. pytest collecting no test at all is a failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
start=$SECONDS

scripts/setup.sh --tests || { echo "test.sh: FAILED: scripts/setup.sh --tests did not finish" >&2; exit 1; }

BIN=.venv/bin
lint_paths=()
for d in cramp_timer tests bench; do [[ -d $d ]] && lint_paths+=("$d"); done

echo "== ruff check ${lint_paths[*]}"
"$BIN/ruff" check "${lint_paths[@]}"
ruff_rc=$?

echo "== mypy cramp_timer"
"$BIN/mypy" cramp_timer
mypy_rc=$?

echo "== pytest $*"
"$BIN/python" -m pytest "$@"
pytest_rc=$?

word() { if (($1 == 0)); then echo ok; else echo "FAILED (exit $1)"; fi; }
pytest_word="$(word $pytest_rc)"
if ((pytest_rc == 5)); then
    echo "test.sh: pytest collected no tests; that counts as a failure" >&2
    pytest_word="FAILED (no tests collected)"
    pytest_rc=1
fi

rc=$pytest_rc
((rc == 0 && (ruff_rc != 0 || mypy_rc != 0))) && rc=1
if ((rc == 0)); then verdict=OK; else verdict=FAILED; fi
echo "test.sh: $verdict in $((SECONDS - start)) s: ruff $(word $ruff_rc), mypy $(word $mypy_rc), pytest $pytest_word"
exit $rc
