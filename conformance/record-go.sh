#!/usr/bin/env bash
# Record what real Go (the `go` command, 1.19 on this machine) gives a program,
# in the corpus's format: NAME.out (stdout), NAME.err1 (first stderr line),
# NAME.code (exit status of the compiled binary), NAME.stderr (whole stderr,
# only when the program exits 0 but writes to stderr).
# Usage: conformance/record-go.sh conformance/programs/NAME.go [...]
set -eu
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for src in "$@"; do
  base="${src%.go}"
  go build -o "$tmp/prog" "$src"
  set +e
  "$tmp/prog" >"$base.out" 2>"$tmp/err" </dev/null
  code=$?
  set -e
  echo "$code" >"$base.code"
  head -n 1 "$tmp/err" >"$base.err1"
  rm -f "$base.stderr"
  if [ "$code" -eq 0 ] && [ -s "$tmp/err" ]; then cp "$tmp/err" "$base.stderr"; fi
  echo "$(basename "$base"): exit $code, $(wc -l <"$base.out") stdout lines"
done
