#!/usr/bin/env bash
# Run all checks and tests: ./test.sh [pytest arguments]
#   1. scripts/setup.sh --tests   (system packages, .venv, pinned Python packages)
#   2. ruff check                 (lint)
#   3. mypy cramp_timer           (types, strict on the package; also --platform win32, darwin)
#   4. pytest [arguments]         (settings in pyproject.toml)
# All steps run even when one fails; the exit status is pytest's when pytest failed,
# otherwise 1 if ruff or mypy failed. pytest collecting no test at all is a failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")" || exit 1
start=$SECONDS

scripts/setup.sh --tests || { echo "test.sh: FAILED: scripts/setup.sh --tests did not finish" >&2; exit 1; }

BIN=.venv/bin
lint_paths=()
for d in cramp_timer tests bench scripts; do [[ -d $d ]] && lint_paths+=("$d"); done

echo "== ruff check ${lint_paths[*]}"
"$BIN/ruff" check "${lint_paths[@]}"
ruff_rc=$?

echo "== mypy cramp_timer"
"$BIN/mypy" cramp_timer
mypy_rc=$?
# The Windows and macOS code paths are type-checked here too (they run nowhere in CI).
for platform in win32 darwin; do
    echo "== mypy --platform $platform cramp_timer"
    "$BIN/mypy" --platform "$platform" --cache-dir ".mypy_cache/$platform" cramp_timer || mypy_rc=1
done

echo "== pytest $*"
pytest_log="$(mktemp -t cramp-pytest.XXXXXX)"
trap 'rm -f "$pytest_log"' EXIT
"$BIN/python" -m pytest "$@" 2>&1 | tee "$pytest_log"
pytest_rc=${PIPESTATUS[0]}
# pytest's closing line, e.g. "=== 70 passed, 2 skipped, 1 failed in 3.1s ===".
closing="$(grep -E '(passed|failed|error|skipped|deselected|no tests ran).* in [0-9.]+s' "$pytest_log" | tail -n 1)"
count() { grep -oE "[0-9]+ $1" <<<"$closing" | awk '{n += $1} END {print n + 0}'; }
n_passed=$(count passed)
n_failed=$(($(count failed) + $(count 'errors?')))
n_skipped=$(count skipped)

word() { if (($1 == 0)); then echo ok; else echo "FAILED (exit $1)"; fi; }
pytest_word="$(word "$pytest_rc")"
if ((pytest_rc == 5)); then
    echo "test.sh: pytest collected no tests; that counts as a failure" >&2
    pytest_word="FAILED (no tests collected)"
    pytest_rc=1
fi

rc=$pytest_rc
((rc == 0 && (ruff_rc != 0 || mypy_rc != 0))) && rc=1
if ((rc == 0)); then verdict=OK; else verdict=FAILED; fi
echo "test.sh: $verdict in $((SECONDS - start)) s: ruff $(word "$ruff_rc"), mypy $(word "$mypy_rc"), pytest $pytest_word"
if ((n_passed + n_failed > 0)); then
    line="tests: $n_passed passed, $n_failed failed"
    ((n_skipped > 0)) && line+=", $n_skipped skipped"
    echo "$line"
fi
exit "$rc"
