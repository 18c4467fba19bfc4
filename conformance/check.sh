#!/usr/bin/env bash
# gmpscope's own conformance programs (a copy of ../shared/corpus/check.sh that
# takes any NAME.go in programs/, not just NN-name.go).
#
# Held-out acceptance check for a Go-subset interpreter.
#
# Runs every programs/NN-name.go through a command prefix and compares the
# result with what real Go produced (see README.md):
#   - stdout must match NN-name.out byte for byte;
#   - the exit status must match NN-name.code;
#   - when NN-name.err1 is non-empty, the first line of stderr must equal it
#     (goroutine traces after that line are not compared);
#   - when NN-name.stderr exists (a program that exits 0 but writes to
#     stderr through println/print), the whole stderr must match it.
#
# Usage: ./check.sh [PREFIX...]        default: gmpscope run --headless
#   ./check.sh                        # gmpscope run --headless FILE
#   ./check.sh go run                 # go run FILE (see README: exit status)
#   ./check.sh ./run-real-go.sh       # real Go with real exit status
#   ./check.sh "my tool --flag"       # a single argument is split on spaces
# Environment:
#   TIMEOUT=30     seconds allowed per program
#   ONLY=REGEX     run only programs whose name matches (grep -E)
#   VERBOSE=1      show a diff of stdout / stderr for failures
# Prints one PASS/FAIL line per program and ends with "N passed, M failed".
# Exit status: 0 when nothing failed, 1 otherwise.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
progdir="$here/programs"

if [ $# -eq 0 ]; then
  prefix=(gmpscope run --headless)
elif [ $# -eq 1 ]; then
  read -r -a prefix <<<"$1"
else
  prefix=("$@")
fi
limit="${TIMEOUT:-30}"
only="${ONLY:-}"
verbose="${VERBOSE:-0}"

tmp="$(mktemp -d -t heldout-check.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

# run_limited OUT ERR CMD... : run CMD with stdin closed, a time limit, and
# stdout/stderr captured; returns the command's exit status (124 on timeout).
run_limited() {
  local out="$1" err="$2"
  shift 2
  if command -v timeout >/dev/null 2>&1; then
    timeout -k 5 "$limit" "$@" >"$out" 2>"$err" </dev/null
    return $?
  fi
  # Fallback for systems without coreutils timeout: run the command in its
  # own process group (set -m) so that the whole group can be killed.
  set -m
  "$@" >"$out" 2>"$err" </dev/null &
  local pid=$!
  set +m
  (
    sleep "$limit" &
    sp=$!
    trap 'kill "$sp" 2>/dev/null; exit 0' TERM
    wait "$sp"
    kill -TERM -- "-$pid" 2>/dev/null
    sleep 5 &
    sp=$!
    wait "$sp"
    kill -KILL -- "-$pid" 2>/dev/null
  ) 2>/dev/null &
  local watchdog=$!
  wait "$pid"
  local rc=$?
  kill -TERM "$watchdog" 2>/dev/null
  wait "$watchdog" 2>/dev/null
  if [ "$rc" -eq 143 ] || [ "$rc" -eq 137 ]; then rc=124; fi
  return "$rc"
}

passed=0
failed=0
shopt -s nullglob
for src in "$progdir"/*.go; do
  name="$(basename "$src" .go)"
  if [ -n "$only" ] && ! printf '%s\n' "$name" | grep -Eq -- "$only"; then
    continue
  fi
  exp="$progdir/$name"
  out="$tmp/$name.out"
  err="$tmp/$name.err"

  run_limited "$out" "$err" "${prefix[@]}" "$src"
  code=$?

  reasons=()
  want_code="$(cat "$exp.code" 2>/dev/null || echo missing)"
  if [ "$code" -eq 124 ] && [ "$want_code" != 124 ]; then
    reasons+=("timed out after ${limit}s")
  elif [ "$code" != "$want_code" ]; then
    reasons+=("exit status $code, want $want_code")
  fi
  if ! cmp -s "$out" "$exp.out"; then
    reasons+=("stdout differs")
  fi
  want_err1="$(cat "$exp.err1" 2>/dev/null)"
  if [ -n "$want_err1" ]; then
    got_err1="$(head -n 1 "$err")"
    if [ "$got_err1" != "$want_err1" ]; then
      reasons+=("stderr line 1 is \"$got_err1\", want \"$want_err1\"")
    fi
  fi
  if [ -f "$exp.stderr" ] && ! cmp -s "$err" "$exp.stderr"; then
    reasons+=("stderr differs")
  fi

  if [ ${#reasons[@]} -eq 0 ]; then
    passed=$((passed + 1))
    echo "PASS $name"
  else
    failed=$((failed + 1))
    msg="${reasons[0]}"
    for r in "${reasons[@]:1}"; do msg="$msg; $r"; done
    echo "FAIL $name: $msg"
    if [ "$verbose" = 1 ]; then
      diff "$exp.out" "$out" | sed 's/^/    stdout: /' | head -n 40
      if [ -f "$exp.stderr" ]; then
        diff "$exp.stderr" "$err" | sed 's/^/    stderr: /' | head -n 20
      elif [ "$code" != "$want_code" ] || [ -n "$want_err1" ]; then
        head -n 5 "$err" | sed 's/^/    stderr| /'
      fi
    fi
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
