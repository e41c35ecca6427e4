#!/usr/bin/env bash
# run-fuzzer.sh FUZZER SEED_CORPUS WORK_DIR SECONDS
# Runs a libFuzzer target for SECONDS on a scratch corpus seeded from the committed one. New
# inputs stay in WORK_DIR; a crash leaves crash-* there and fails the test (copy it into the
# seed corpus once the bug is fixed: it then stays a regression input).
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
mkdir -p "$work/corpus"
rm -f "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*
# Every committed input first, alone: a regression input that crashes again fails here.
"$fuzzer" -runs=0 "$seeds"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus" "$seeds"
