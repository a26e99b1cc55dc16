#!/usr/bin/env bash
# Runs .ci/run on a fresh clone of a branch (default: main) while two processes keep both cores
# busy, as on a shared CI runner or a contributor's busy laptop, and prints the outcome and the
# time. Usage: scripts/ci-under-load.sh [branch] [busy-processes]   (busy-processes 0 = quiet run)
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
branch="${1:-main}"
busy="${2:-2}"
work="$(mktemp -d "${TMPDIR:-/tmp}/lsh-ci-load.XXXXXX")"
log="$work/ci.log"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work/clone"
}
trap cleanup EXIT INT TERM
git clone -q --branch "$branch" "$repo" "$work/clone" || exit 1
for ((i = 0; i < busy; i++)); do
  # A busy loop on one core each, at normal priority, for as long as the run takes.
  node -e 'for (;;) {}' &
  pids+=("$!")
done
start=$(date +%s)
(cd "$work/clone" && bash .ci/run) >"$log" 2>&1
rc=$?
secs=$(( $(date +%s) - start ))
if [ "$rc" -eq 0 ]; then outcome=passed; else outcome="FAILED (exit $rc)"; fi
echo "ci-under-load: branch $branch, $busy busy processes: .ci/run $outcome in ${secs} s (log: $log)"
[ "$rc" -eq 0 ] || { grep -E 'FAIL|Failed:|ERR_|error TS' "$log" | head -20; }
exit "$rc"
