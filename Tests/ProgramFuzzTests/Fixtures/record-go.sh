#!/bin/sh
# Records what real Go prints for the generated fuzz programs (Go 1.19 on the
# project machine). Usage, from the package root:
#   GMPSCOPE_FUZZ_WRITE=/tmp/fuzzprogs GMPSCOPE_FUZZ_SEEDS=30 \
#     swift test --scratch-path .build-fuzz --filter writeGeneratedPrograms
#   Tests/ProgramFuzzTests/Fixtures/record-go.sh /tmp/fuzzprogs Tests/ProgramFuzzTests/Fixtures
# Each seed-N.go is copied to the fixtures folder with seed-N.out (its stdout);
# a program that does not exit 0 with an empty stderr is reported and skipped.
set -u
src=${1:?program folder}
dst=${2:?fixtures folder}
go version
for f in "$src"/seed-*.go; do
    b=$(basename "$f" .go)
    tmp=$(mktemp -d)
    cp "$f" "$tmp/main.go"
    if (cd "$tmp" && GOFLAGS=-mod=mod GO111MODULE=off go run main.go >"$tmp/out" 2>"$tmp/err"); then
        if [ -s "$tmp/err" ]; then echo "$b: stderr not empty:"; head -3 "$tmp/err"; rm -rf "$tmp"; continue; fi
        cp "$f" "$dst/$b.go"
        cp "$tmp/out" "$dst/$b.out"
        echo "$b: ok ($(wc -l <"$tmp/out") lines)"
    else
        echo "$b: FAILED"; head -5 "$tmp/err"
    fi
    rm -rf "$tmp"
done
